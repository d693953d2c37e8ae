// The benchmark's output: the JSON object of issue 7 (`{"sizes":{…}}`), the table, the ratios against
// HyperFormula and the goals, met or missed by how much.
import type { ExportFigures } from './exportBench';
import { LARGEST_VALID, type SizeName } from './sizes';

export interface HfResult {
  buildMs: number;
  fullMs: number;
  editMs: number;
}

/** The analyses of issue 10 (analysisBench.ts), medians in ms: each on a private copy made beforehand, and that
 *  copy, which the analysis panel makes before each analysis. */
export interface AnalysisResult {
  copyMs: number;
  goalSeekMs: number;
  savingsNeededMs: number;
  sensitivityMs: number;
  monteCarloMs: number;
}

/** One size's figures. The seven medians and `hf` are the issue's; `ratios` (ours / HyperFormula), `analysis`
 *  (issue 10) and `detail` are additions. A figure that was not measured (XL beyond the store, HyperFormula on
 *  XL, the analyses on XL without --xl-analysis or with --no-analysis) is null. */
export interface SizeResult {
  buildMs: number;
  fullMs: number;
  editMs: number;
  globalEditMs: number;
  openMs: number | null;
  saveMs: number | null;
  compareMs: number | null;
  /** Heap used by the live scenario (engineBench.ts) and by HyperFormula's workbook of the same model, MB. */
  heapMb: number | null;
  hfHeapMb: number | null;
  hf: HfResult | null;
  ratios: HfResult | null;
  analysis: AnalysisResult | null;
  detail: Record<string, number | string | null>;
}

export type Results = Partial<Record<SizeName, SizeResult>>;

export function ratios(ours: HfResult, hf: HfResult | null): HfResult | null {
  if (!hf) return null;
  return { buildMs: ours.buildMs / hf.buildMs, fullMs: ours.fullMs / hf.fullMs, editMs: ours.editMs / hf.editMs };
}

/** Milliseconds to three significant digits. */
export function ms(v: number | null | undefined): string {
  if (v === null || v === undefined || !Number.isFinite(v)) return '–';
  const a = Math.abs(v);
  const digits = a >= 100 ? 0 : a >= 10 ? 1 : a >= 1 ? 2 : 3;
  return v.toFixed(digits);
}

function times(r: number | null | undefined): string {
  if (r === null || r === undefined || !Number.isFinite(r)) return '–';
  return r <= 1 ? `${(1 / r).toFixed(1)}× faster` : `${r.toFixed(1)}× slower`;
}

function table(head: string[], rows: string[][]): string {
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
  return [line(head), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

export interface Goal {
  text: string;
  value: number | null;
  limit: number;
  /** 'max': value ≤ limit; 'ratio': ours / HF ≤ limit. */
  met: boolean | null;
}

/** How `key` grows with the model: the least-squares slope of log(ms) against log(line-years) over M, L and XL
 *  (1: linear). Null unless all three were measured. */
export function slope(results: Results, key: 'buildMs' | 'fullMs'): number | null {
  const points = (['M', 'L', 'XL'] as const).map((s) => results[s]).filter((r): r is SizeResult => r !== undefined && typeof r.detail.cells === 'number');
  if (points.length < 3) return null;
  const xs = points.map((r) => Math.log(r.detail.cells as number));
  const ys = points.map((r) => Math.log(r[key]));
  const mx = xs.reduce((a, b) => a + b, 0) / xs.length;
  const my = ys.reduce((a, b) => a + b, 0) / ys.length;
  let num = 0;
  let den = 0;
  for (let i = 0; i < xs.length; i++) {
    num += (xs[i] - mx) * (ys[i] - my);
    den += (xs[i] - mx) ** 2;
  }
  return num / den;
}

export function goals(results: Results): Goal[] {
  const L = results.L;
  const XL = results.XL;
  const g = (text: string, value: number | null | undefined, limit: number): Goal => ({
    text,
    value: value ?? null,
    limit,
    met: value === null || value === undefined || !Number.isFinite(value) ? null : value <= limit,
  });
  return [
    g('full recompute grows linearly with line-years, M to XL (log–log slope ≤ 1.1)', slope(results, 'fullMs'), 1.1),
    g('build grows linearly with line-years, M to XL (log–log slope ≤ 1.1)', slope(results, 'buildMs'), 1.1),
    g('XL full recompute ≤ 100 ms', XL?.fullMs, 100),
    g('XL build ≤ 2 s', XL?.buildMs, 2000),
    g('L full recompute ≤ 8 ms', L?.fullMs, 8),
    g('L single-input edit ≤ 1 ms', L?.editMs, 1),
    g('L build ≥ 20× faster than HyperFormula (ours/HF ≤ 0.05)', L?.ratios?.buildMs, 0.05),
    g('L full recompute ≥ 20× faster than HyperFormula', L?.ratios?.fullMs, 0.05),
    g('L single edit ≥ 20× faster than HyperFormula', L?.ratios?.editMs, 0.05),
    g('open L from SQLite ≤ 100 ms', L?.openMs, 100),
    g('compare 4 L scenarios ≤ 300 ms', L?.compareMs, 300),
    g('save one edit ≤ 5 ms (L)', L?.saveMs, 5),
    g('L goal seek ≤ 100 ms', L?.analysis?.goalSeekMs, 100),
    g('L sensitivity (default assumptions) ≤ 1 s', L?.analysis?.sensitivityMs, 1000),
    g('L Monte Carlo (2 000 draws) ≤ 1 s', L?.analysis?.monteCarloMs, 1000),
  ];
}

function goalLine(goal: Goal): string {
  if (goal.met === null) return `  –     ${goal.text}: not measured`;
  if (goal.text.includes('slope')) return `  ${goal.met ? 'met ' : 'MISS'}  ${goal.text}: ${goal.value!.toFixed(2)}`;
  const isRatio = goal.limit < 1 && goal.text.includes('HyperFormula');
  const shown = isRatio ? `${times(goal.value)} (ours/HF ${goal.value!.toFixed(3)})` : `${ms(goal.value)} ms`;
  const by = isRatio ? `${(goal.value! / goal.limit).toFixed(1)}× short of the goal` : `missed by ${ms(goal.value! - goal.limit)} ms (${(goal.value! / goal.limit).toFixed(1)}× the limit)`;
  return goal.met ? `  met   ${goal.text}: ${shown}` : `  MISS  ${goal.text}: ${shown}, ${by}`;
}

export function formatTable(results: Results, env: string): string {
  const sizes = Object.keys(results) as SizeName[];
  const main = table(
    ['size', 'build', 'full', 'edit', 'globalEdit', 'open', 'save', 'compare', 'heap MB', 'HF build', 'HF full', 'HF edit', 'HF heap MB', 'build ours/HF', 'full ours/HF', 'edit ours/HF'],
    sizes.map((s) => {
      const r = results[s]!;
      return [s, ms(r.buildMs), ms(r.fullMs), ms(r.editMs), ms(r.globalEditMs), ms(r.openMs), ms(r.saveMs), ms(r.compareMs), ms(r.heapMb), ms(r.hf?.buildMs), ms(r.hf?.fullMs), ms(r.hf?.editMs), ms(r.hfHeapMb), ...(['buildMs', 'fullMs', 'editMs'] as const).map((k) => (r.ratios ? `${r.ratios[k].toFixed(3)} (${times(r.ratios[k])})` : '–'))];
    }),
  );
  const analysed = sizes.filter((s) => results[s]!.analysis !== null);
  const analyses = table(
    ['analyses', 'goal seek', 'savings needed', 'sensitivity', 'Monte Carlo', 'private copy'],
    analysed.map((s) => {
      const a = results[s]!.analysis!;
      return [s, ms(a.goalSeekMs), ms(a.savingsNeededMs), ms(a.sensitivityMs), ms(a.monteCarloMs), ms(a.copyMs)];
    }),
  );
  const keys = [...new Set(sizes.flatMap((s) => Object.keys(results[s]!.detail)))];
  const detail = table(
    ['detail', ...sizes],
    keys.map((k) => [k, ...sizes.map((s) => {
      const v = results[s]!.detail[k];
      return typeof v === 'number' ? (Number.isInteger(v) ? String(v) : ms(v)) : (v ?? '–');
    })]),
  );
  return [`Medians in milliseconds. ${env}`, '', main, '', ...(analysed.length > 0 ? [analyses, ''] : []), detail, '', 'Goals:', ...goals(results).map(goalLine)].join('\n');
}

/** The JSON: one object, `sizes`, the slopes (issue 18; null without M, L and XL) and the export. */
export function formatJson(results: Results, exportFigures: ExportFigures | null = null): string {
  const slopes = { fullMs: slope(results, 'fullMs'), buildMs: slope(results, 'buildMs') };
  return JSON.stringify(exportFigures ? { sizes: results, slopes, export: exportFigures } : { sizes: results, slopes });
}

/** The xlsx export of the largest valid scenario, as a line under the tables. */
export function formatExport(e: ExportFigures): string {
  return `xlsx export of the largest valid scenario (${LARGEST_VALID.measures} measures × ${LARGEST_VALID.years} years, ${e.formulaCells} formula cells): ${(e.exportMs / 1000).toFixed(1)} s, peak memory ${Math.round(e.peakRssMb)} MB (${Math.round(e.baseRssMb)} MB before), file ${e.fileMb.toFixed(1)} MB, ${e.valueOnly} cells as values only.`;
}
