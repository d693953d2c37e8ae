import type { BuildOptions } from 'esbuild';

export const unbundled: string[];
export const bundles: (BuildOptions & { outfile: string })[];
