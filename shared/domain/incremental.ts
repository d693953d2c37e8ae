// Rebuilding only what an edit touched. Patches (shared/patch) copy just the containers along their paths, so a
// document after an edit shares every untouched part with the one before it. When the only parts that differ are
// measures that are still there, in the same place in the list, the lines of every other measure and section are
// exactly what they were (nothing else reads a measure's fields; the totals read only how many there are), and the
// changed measures' lines can be built on their own, in the places they had. That is the common structural edit
// (a measure switched on or off, its status, area or start changed) and it then costs a handful of lines instead of
// the whole scenario.
import type { Lang } from '../i18n/index';
import type { Measure } from '../model/measure';
import type { Scenario } from '../model/scenario';
import type { BuildOptions } from './buildLines';
import { LineBuilder, ORDER_STEP } from './builder';
import { type BuildContext } from './context';
import { addMeasure } from './measures';
import { measureRanges, rememberRanges } from './ranges';
import type { DomainLine } from './types';

export interface Rebuilt {
  /** All lines of `next`, in buildLines' order: the previous line objects except those of the changed measures. */
  lines: DomainLine[];
  /** The new lines of the changed measures (some may be equal to what they replace). */
  changed: DomainLine[];
}

/** The lines of `next`, when it differs from `prev.doc` only inside measures that keep their id and place;
 *  null otherwise (the caller builds everything with buildLines). `prev.lines` must be buildLines(prev.doc) with the
 *  same options (or an earlier result of this function); their `problems` are not recomputed. */
export function rebuildMeasures(prev: { doc: Scenario; lines: readonly DomainLine[] }, next: Scenario, opts: BuildOptions = {}): Rebuilt | null {
  const before = prev.doc;
  if (!sameExceptMeasures(before, next)) return null;
  const changedAt: number[] = [];
  if (before.measures !== next.measures) {
    if (before.measures.length !== next.measures.length) return null;
    for (let i = 0; i < next.measures.length; i++) {
      const a = before.measures[i];
      const b = next.measures[i];
      if (a === b) continue;
      if (a.id !== b.id) return null;
      changedAt.push(i);
    }
  }
  const ranges = measureRanges(prev.lines);
  if (ranges === null) return null;
  const lines = prev.lines.slice();
  const changed: DomainLine[] = [];
  const areas = new Map(next.areas.map((a) => [a.id, a]));
  for (const i of changedAt) {
    const m: Measure = next.measures[i];
    const range = ranges.get(m.id);
    if (range === undefined) return null;
    const [start, end] = range;
    const fresh = linesOf(next, areas, opts.lang ?? 'nb', m, prev.lines[start].meta.order - ORDER_STEP);
    // Same keys in the same places (and so the same order numbers), same groups: nothing outside the measure can
    // tell the difference (user lines placed after a measure line, or at the end of its group, stay put).
    if (fresh === null || fresh.length !== end - start) return null;
    for (let k = 0; k < fresh.length; k++) {
      const old = prev.lines[start + k];
      if (fresh[k].key !== old.key || fresh[k].meta.group !== old.meta.group || fresh[k].meta.order !== old.meta.order) return null;
      lines[start + k] = fresh[k];
      changed.push(fresh[k]);
    }
  }
  rememberRanges(lines, ranges);
  return { lines, changed };
}

/** Every field but `measures` is the same object (or value) in both documents. */
function sameExceptMeasures(a: Scenario, b: Scenario): boolean {
  const ra = a as unknown as Record<string, unknown>;
  const rb = b as unknown as Record<string, unknown>;
  for (const k of Object.keys(ra)) if (k !== 'measures' && ra[k] !== rb[k]) return false;
  for (const k of Object.keys(rb)) if (k !== 'measures' && !(k in ra)) return false;
  return true;
}

/** One measure's lines, numbered on from `after` in view tiltak; null when the measure reports a problem. */
function linesOf(s: Scenario, areas: BuildContext['areas'], lang: Lang, m: Measure, after: number): DomainLine[] | null {
  const b = new LineBuilder(s.firstYear, s.years, lang);
  b.continueAfter('tiltak', after);
  addMeasure({ s, b, areas }, m);
  return b.problems.length > 0 ? null : b.lines;
}
