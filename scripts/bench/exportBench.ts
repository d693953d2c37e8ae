// The xlsx export of the largest scenario the schema admits (10 000 measures × 60 years, on L's areas), timed and
// its peak memory measured in a process of its own (so the peak is the export's, not the rest of the benchmark's):
// `exportBench.ts --child` generates, validates, exports (the app's own path: the whole file, base64) and prints
// one JSON line; the parent runs it and reports. One run, no warm-up: at this size a run takes minutes. Before streaming, this export grew past 3.6 GB.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { exportXlsxWithStats } from '../../electron/files/xlsxExport';
import { validateScenario } from '../../electron/service/validate';
import { generateScenario } from './generate';
import { BENCH_SEED, LARGEST_VALID } from './sizes';

export interface ExportFigures {
  /** Wall time of the export (computing the scenario included), ms. */
  exportMs: number;
  /** Peak resident memory of the process that exported, MB. */
  peakRssMb: number;
  /** Resident memory before the export (the document generated and validated), MB. */
  baseRssMb: number;
  fileMb: number;
  formulaCells: number;
  valueOnly: number;
  helperRows: number;
}

async function child(): Promise<void> {
  const doc = generateScenario(LARGEST_VALID, BENCH_SEED);
  validateScenario(doc, 'nb');
  const baseRssMb = process.memoryUsage().rss / 2 ** 20;
  const t0 = performance.now();
  const { file, stats } = await exportXlsxWithStats(doc);
  const exportMs = performance.now() - t0;
  const figures: ExportFigures = {
    exportMs,
    peakRssMb: process.resourceUsage().maxRSS / 1024,
    baseRssMb,
    fileMb: (file.content.length * 3) / 4 / 2 ** 20,
    formulaCells: stats.formulaCells,
    valueOnly: stats.valueOnly,
    helperRows: stats.helperRows,
  };
  process.stdout.write(`${JSON.stringify(figures)}\n`);
}

/** This file from the repository's root: the same whether this runs from its source or from the benchmark's bundle
 *  (bench/output, see scripts/benchRun.mjs). */
const CHILD = path.resolve(import.meta.dirname, '../..', 'scripts/bench/exportBench.ts');

/** Runs the export in a child process with the given heap limit (MB) and answers its figures. */
export function benchExport(heapMb = 2048): ExportFigures {
  const r = spawnSync(process.execPath, [`--max-old-space-size=${heapMb}`, '--import', 'tsx', CHILD, '--child'], {
    encoding: 'utf8',
    maxBuffer: 1 << 20,
  });
  if (r.status !== 0) throw new Error(`export benchmark failed (${r.status ?? r.signal}): ${r.stderr.slice(-2000)}`);
  return JSON.parse(r.stdout.trim().split('\n').pop()!) as ExportFigures;
}

if (process.argv.includes('--child')) {
  child().catch((e: unknown) => {
    console.error(e);
    process.exit(1);
  });
}
