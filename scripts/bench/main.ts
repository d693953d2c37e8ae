// `npm run bench -- [--json] [--xl] [--xl-analysis] [--sizes S,M] [--runs 5] [--budget 12] [--full-runs] [--detail]
// [--no-hf] [--no-analysis] [--no-export]` (and `--server`: the team server under load, serverBench.ts): the speed figures of issue 7 for S (the plan example), M and L (generated
// from a fixed seed), and XL behind --xl, with the analyses of issue 10 (analysisBench.ts) on S, M and L, and on XL
// only with --xl-analysis (23 000 sensitivity levers and Monte Carlo measures: minutes on a loaded machine).
// Each figure: one warm-up run, then the median of --runs timed runs, within a time budget per figure (see
// measure.ts; --full-runs lifts it). Progress goes to stderr, so that with --json stdout holds one JSON object.
import fs from 'node:fs';
import path from 'node:path';
import { parseScenarioFile, type Scenario } from '../../shared/model';
import { benchAnalysis } from './analysisBench';
import { benchCompare } from './compareBench';
import { benchEngine, editTarget, globalKey } from './engineBench';
import { generateScenario } from './generate';
import { benchHf } from './hfBench';
import { benchExport, type ExportFigures } from './exportBench';
import { describeRuns, gc, type RunOptions } from './measure';
import { formatExport, formatJson, formatTable, goals, ratios, type AnalysisResult, type Results, type SizeResult } from './report';
import { argsOr, benchSession } from './session';
import { BENCH_SEED, SIZES, type SizeName } from './sizes';
import { benchStore } from './storeBench';

const EXAMPLE = 'resources/examples/drammen-hop-2024-27.handlingsrom';
/** The plan example, found from this file (or, in a bundle made for profiling, from the working directory). */
export const EXAMPLE_FILE = [path.resolve(import.meta.dirname, '../..', EXAMPLE), path.resolve(EXAMPLE)].find((f) => fs.existsSync(f)) ?? EXAMPLE;

export interface BenchArgs {
  json: boolean;
  sizes: SizeName[];
  runs: number;
  hf: boolean;
  /** The analyses' figures (goal seek, savings needed, sensitivity, Monte Carlo). */
  analysis: boolean;
  /** The analyses on XL too (opt-in: they take minutes there, so `--xl` alone stays bounded). */
  xlAnalysis: boolean;
  /** Per figure, in ms; 0 = no budget. */
  budgetMs: number;
  /** The xlsx export of the largest valid scenario, in a child process (exportBench.ts). */
  export: boolean;
  /** Also the figures that cost much time and answer no goal (the fully checked save). */
  detail: boolean;
}

export function parseArgs(argv: readonly string[]): BenchArgs {
  const args: BenchArgs = { json: false, sizes: ['S', 'M', 'L'], runs: 5, hf: true, analysis: true, xlAnalysis: false, budgetMs: 12_000, detail: false, export: true };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--json') args.json = true;
    else if (a === '--xl') args.sizes = [...new Set([...args.sizes, 'XL' as const])];
    else if (a === '--no-hf') args.hf = false;
    else if (a === '--no-analysis') args.analysis = false;
    else if (a === '--xl-analysis') args.xlAnalysis = true;
    else if (a === '--no-export') args.export = false;
    else if (a === '--detail') args.detail = true;
    else if (a === '--full-runs') args.budgetMs = 0;
    else if (a === '--budget') {
      const s = Number(argv[++i]);
      if (!Number.isFinite(s) || s <= 0) throw new Error('--budget takes seconds > 0');
      args.budgetMs = s * 1000;
    }
    else if (a === '--sizes') {
      const list = (argv[++i] ?? '').split(',').map((s) => s.trim().toUpperCase());
      const bad = list.filter((s) => !['S', 'M', 'L', 'XL'].includes(s));
      if (bad.length > 0 || list.length === 0) throw new Error(`--sizes takes S, M, L, XL (got ${bad.join(', ')})`);
      args.sizes = list as SizeName[];
    } else if (a === '--runs') {
      const n = Number(argv[++i]);
      if (!Number.isInteger(n) || n < 5) throw new Error('--runs takes a whole number ≥ 5');
      args.runs = n;
    } else throw new Error(`unknown option ${a}`);
  }
  return args;
}

export function documentOf(size: SizeName): Scenario {
  if (size === 'S') {
    const read = parseScenarioFile(fs.readFileSync(EXAMPLE_FILE, 'utf8'));
    if (!read.ok) throw new Error(`${EXAMPLE_FILE}: ${JSON.stringify(read.issues[0])}`);
    return read.value.scenario;
  }
  return generateScenario(SIZES[size], BENCH_SEED);
}

async function benchSize(size: SizeName, args: BenchArgs, log: (s: string) => void): Promise<SizeResult> {
  const opts: RunOptions = { runs: args.runs, warmup: 1, budgetMs: args.budgetMs };
  const doc = documentOf(size);
  // XL is beyond the schema's limits (sizes.ts): engine figures and the analyses only (no store, no comparison);
  // HyperFormula would need minutes per build.
  const full = size !== 'XL';
  log(`${size}: engine`);
  const eng = benchEngine(doc, opts);
  const f = eng.figures;
  const reduced: Record<string, string> = { ...f.reduced };
  const cpu: Record<string, number> = { ...f.cpu };
  let hf = null;
  // With HyperFormula, our edit is the figure timed alternately with its edit (hfBench.ts), so that the ratio holds
  // both in the same minutes; the figure timed alone stays in the detail.
  let editMs = f.editMs;
  let hfChecked: number | null = null;
  let hfHeapMb: number | null = null;
  if (args.hf && full) {
    log(`${size}: HyperFormula`);
    const h = benchHf(eng.built, eng.engine, editTarget(doc).key, opts);
    hf = { buildMs: h.buildMs, fullMs: h.fullMs, editMs: h.editMs };
    editMs = h.oursEditMs;
    hfChecked = h.checkedCells;
    hfHeapMb = h.heapMb;
    Object.assign(reduced, h.reduced);
    Object.assign(cpu, h.cpu);
  }
  gc();
  let store = null;
  let compareMs: number | null = null;
  let compareTableMs: number | null = null;
  if (full) {
    log(`${size}: store`);
    store = await benchStore(doc, opts, args.detail);
    Object.assign(reduced, store.reduced);
    cpu.open = store.openCpuMs;
    cpu.openStore = store.openStoreCpuMs;
    cpu.openLines = store.openLinesCpuMs;
    log(`${size}: compare`);
    const { timing: c, tableMs } = benchCompare(doc, opts);
    compareTableMs = tableMs.median;
    compareMs = c.median;
    cpu.compare = c.cpuMedian;
    const d = describeRuns(c);
    if (d) reduced.compare = d;
  }
  let analysis: AnalysisResult | null = null;
  const analysisDetail: Record<string, number | string> = {};
  if (args.analysis && (full || args.xlAnalysis)) {
    gc();
    log(`${size}: analyses`);
    const a = benchAnalysis(doc, opts);
    analysis = { copyMs: a.copyMs, goalSeekMs: a.goalSeekMs, savingsNeededMs: a.savingsNeededMs, sensitivityMs: a.sensitivityMs, monteCarloMs: a.monteCarloMs };
    Object.assign(analysisDetail, a.detail);
    Object.assign(reduced, a.reduced);
    Object.assign(cpu, a.cpu);
  }
  return {
    buildMs: f.buildMs,
    fullMs: f.fullMs,
    editMs,
    globalEditMs: f.globalEditMs,
    openMs: store?.openMs ?? null,
    saveMs: store?.saveMs ?? null,
    compareMs,
    heapMb: f.heapMb,
    hfHeapMb,
    hf,
    ratios: ratios({ ...f, editMs }, hf),
    analysis,
    detail: {
      lines: f.lines,
      formulaLines: f.formulaLines,
      cells: f.cells,
      editKey: editTarget(doc).key,
      editLines: f.editLines,
      editAloneMs: f.editMs,
      globalEditKey: globalKey(doc),
      globalEditLines: f.globalEditLines,
      buildLinesMs: f.buildLinesMs,
      loadMs: f.loadMs,
      buildColdMs: f.buildColdMs,
      liveEditMs: store?.liveEditMs ?? null,
      openStoreMs: store?.openStoreMs ?? null,
      compareTableMs,
      saveNormalMs: store?.saveNormalMs ?? null,
      snapshotMs: store?.snapshotMs ?? null,
      importMs: store?.importMs ?? null,
      saveCheckedMs: store?.saveCheckedMs ?? null,
      hfCheckedCells: hfChecked,
      ...analysisDetail,
      // CPU time medians: on a shared machine the wall times above include waiting for a core.
      ...Object.fromEntries(Object.entries(cpu).map(([k, v]) => [`cpu.${k}Ms`, v])),
      reducedRuns: Object.entries(reduced).map(([k, v]) => `${k}: ${v}`).join('; ') || null,
    },
  };
}

export async function main(argv: readonly string[]): Promise<number> {
  // The team server's load (issue 21) is a bench of its own: loaded on demand (it starts PostgreSQL).
  if (argv.includes('--server')) return (await import('./serverBench')).mainServer(argv);
  const args = argsOr(() => parseArgs(argv));
  if (!args) return 2;
  const session = benchSession();
  const log = session.log;
  const results: Results = {};
  for (const size of args.sizes) {
    results[size] = await benchSize(size, args, log);
    gc();
  }
  let exportFigures: ExportFigures | null = null;
  if (args.export) {
    log('xlsx export of the largest valid scenario');
    exportFigures = benchExport();
  }
  const env = session.env();
  if (args.json) {
    console.log(formatJson(results, exportFigures));
    console.error(env);
    for (const g of goals(results)) if (g.met === false) console.error(`goal missed: ${g.text} (${g.value})`);
  } else {
    console.log(formatTable(results, env));
    if (exportFigures) console.log(formatExport(exportFigures));
  }
  return 0;
}
