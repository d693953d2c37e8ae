// HyperFormula's figures for the same model (hfWorkbook.ts), timed in the same process: build (parse, graph and
// first evaluation: buildFromArray), a full recompute and the same single-input edit, timed alternately with the
// engine's edit (measure.ts, timeAlternately). Before any figure counts, HyperFormula's values must equal the
// engine's on a sample of cells, before and after the edits.
// HyperFormula is GPL-3.0: it is a dev dependency of this benchmark only and is never imported by the app.
import { HyperFormula } from 'hyperformula';
import type { BuiltLines } from '../../shared/domain';
import type { Engine } from '../../shared/engine';
import { buildWorkbook, type Workbook } from './hfWorkbook';
import { describeRuns, heapOf, smallRuns, timeAlternately, timeRuns, type RunOptions, type Timing } from './measure';

export interface HfFigures {
  buildMs: number;
  fullMs: number;
  editMs: number;
  /** The engine's same edit, timed in blocks alternating with HyperFormula's (the ratio's numerator). */
  oursEditMs: number;
  /** How many sampled cells were compared with the engine (all equal, or the run fails). */
  checkedCells: number;
  formulaCells: number;
  /** Heap used by HyperFormula's workbook of the model, MB (the sheet it is built from not counted). */
  heapMb: number | null;
  reduced: Record<string, string>;
  cpu: Record<string, number>;
}

export class HfMismatch extends Error {}

const CONFIG = { licenseKey: 'gpl-v3', maxRows: 1_000_000, maxColumns: 100 };

/** Relative tolerance: HyperFormula rounds results to 14 significant digits. */
function same(a: number, b: number): boolean {
  return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
}

/** Every `stride`-th row plus the rows in `always`, in every year. Throws HfMismatch on the first difference. */
function check(hf: HyperFormula, wb: Workbook, engine: Engine, years: number, always: readonly string[], stride: number): number {
  let n = 0;
  const keys = [...wb.rowOf.keys()].filter((_, i) => i % stride === 0).concat(always.filter((k) => wb.rowOf.has(k)));
  for (const key of keys) {
    const row = wb.rowOf.get(key)!;
    for (let y = 0; y < years; y++) {
      const ours = engine.value(key, y);
      const raw = hf.getCellValue({ sheet: 0, row, col: y });
      const theirs = raw === null ? 0 : raw;
      if (typeof theirs !== 'number' || !same(ours, theirs)) {
        throw new HfMismatch(`HyperFormula differs at ${key} year ${y}: ours ${ours}, HyperFormula ${JSON.stringify(raw)} (${hf.getCellFormula({ sheet: 0, row, col: y }) ?? 'input'})`);
      }
      n++;
    }
  }
  return n;
}

/** The key lines every check includes: the totals that everything flows into. */
export const CHECK_KEYS = [
  'resultat.sum_rammer',
  'resultat.netto_driftsresultat',
  'resultat.resultatgrad',
  'fond.saldo',
  'fond.avvik',
  'tiltak.sum_innsparing',
  'tiltak.gap_risikojustert',
  'finans.avdrag_nye_lan',
  'gjeld.brutto',
];

/** `engine` holds the built lines, computed; `editKey` is the single-input edit (year 0), which is applied to both
 *  and taken back. */
export function benchHf(built: BuiltLines, engine: Engine, editKey: string, opts: RunOptions): HfFigures {
  const years = engine.years;
  const wb = buildWorkbook(built, engine.firstYear, years, (k, y) => engine.value(k, y));
  if (wb.untranslated > 0) throw new HfMismatch(`${wb.untranslated} formula cells could not be translated for HyperFormula`);

  const reduced: Record<string, string> = {};
  const cpu: Record<string, number> = {};
  const note = (name: string, t: Timing) => {
    const d = describeRuns(t);
    if (d) reduced[name] = d;
    cpu[name] = t.cpuMedian;
    return t.median;
  };
  let hf: HyperFormula | undefined;
  const buildMs = note('hf.build', timeRuns(
    opts,
    () => {
      hf = HyperFormula.buildFromArray(wb.sheet, CONFIG);
    },
    () => {
      hf?.destroy();
      hf = undefined;
    },
  ));
  const sheet = hf!;
  const stride = Math.max(1, Math.floor(wb.rowOf.size / 2000));
  const editRow = wb.rowOf.get(editKey)!;
  const always = [...CHECK_KEYS, editKey, ...engine.dependents(editKey)];
  let checkedCells = check(sheet, wb, engine, years, always, stride);

  // Full recompute: HyperFormula has no public "recompute everything" without a rebuild (rebuildAndRecalculate
  // parses again); its evaluator's run() is the evaluation pass of buildFromArray (topological sort + every formula),
  // reached through the @internal `evaluator` getter.
  const fullMs = note('hf.full', timeRuns(opts, () => sheet.evaluator.run()));

  // Each side's timed call is the set of one input and the recompute of what reads it, nothing else; both are given
  // the same values in the same order, so both end at the same last value.
  const base = engine.value(editKey, 0);
  const small = smallRuns(opts);
  const [ours, theirs] = timeAlternately(
    { ...small, runs: Math.max(2000, small.runs) },
    (i) => engine.setInput(editKey, 0, base + 1 + (i & 7)),
    (i) => {
      sheet.setCellContents({ sheet: 0, row: editRow, col: 0 }, base + 1 + (i & 7));
    },
  );
  const editMs = note('hf.edit', theirs);
  const oursEditMs = note('edit.paired', ours);
  // Compare what the last edit reached in both.
  if (engine.value(editKey, 0) !== sheet.getCellValue({ sheet: 0, row: editRow, col: 0 })) throw new HfMismatch(`the last edit's value differs at ${editKey}`);
  checkedCells += check(sheet, wb, engine, years, always, stride * 4);
  engine.setInput(editKey, 0, base);
  sheet.destroy();
  const held = heapOf(() => HyperFormula.buildFromArray(wb.sheet, CONFIG));
  held.value.destroy();
  return { buildMs, fullMs, editMs, oursEditMs, checkedCells, formulaCells: wb.formulaCells, heapMb: held.mb, reduced, cpu };
}
