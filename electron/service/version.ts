// The app's name and version, from package.json (bundled into main by esbuild, read by tsx in the web mode).
import pkg from '../../package.json';

export const APP_NAME: string = pkg.productName;
export const APP_VERSION: string = pkg.version;
