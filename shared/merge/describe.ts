// The readable side of a merge: each change of threeWay told as the comparison tells a change between two
// scenarios (shared/compare: the line with its programme area, the year, numbers as the line shows them). A side
// is described by applying that one change to the ancestor and comparing the two documents, so the review reads
// exactly like Sammenlign's change list. What the comparison does not cover (the name, the description) reads
// as the field and its values. A year of an input line (most changes) is told from the ancestor's lines directly,
// as the comparison would tell it, without building the lines again for each change.
import { diffDocuments } from '../compare/diff';
import { buildLines } from '../domain/buildLines';
import { areaCodeOfLine } from '../domain/lineArea';
import type { DomainLine } from '../domain/types';
import type { Change, ChangeParam } from '../compare/types';
import type { Scenario } from '../model/scenario';
import { applyPatches } from '../patch/apply';
import { formatPath } from '../patch/path';
import { patchTo, type MergeChange } from './threeWay';

export interface DescribedChange {
  change: MergeChange;
  /** What my side did to the ancestor (empty when mine did not move). */
  mine: Change[];
  /** What their side did. */
  theirs: Change[];
  /** The line the change leads to, when one shows it. */
  key: string | null;
}

/** Top-level fields the comparison does not list, named in review.field.*. */
const NAMED_FIELDS = new Set(['name', 'description', 'municipality', 'notes', 'basedOn']);
const MAX_TEXT = 80;
/** How many changes are told by building the lines again (tens of milliseconds each in a large model); those
 *  beyond read as their field and values, so that a review of thousands of differences opens in seconds. */
export const MAX_BUILT_DESCRIPTIONS = 200;

function valueParam(v: unknown): ChangeParam {
  if (v === undefined || v === null) return { value: null, display: 'number' };
  if (typeof v === 'number') return { value: v, display: 'number' };
  if (typeof v === 'string') return v.length > MAX_TEXT ? `«${v.slice(0, MAX_TEXT - 1)}…»` : `«${v}»`;
  if (typeof v === 'boolean') return { msg: { code: v ? 'review.value.yes' : 'review.value.no', params: {} } };
  return { msg: { code: 'review.value.structure', params: {} } };
}

function fieldChange(c: MergeChange, before: unknown, after: unknown): Change {
  const top = c.path[0];
  const field: ChangeParam =
    c.path.length === 1 && typeof top === 'string' && NAMED_FIELDS.has(top) ? { msg: { code: `review.field.${top}`, params: {} } } : formatPath(c.path);
  return { kind: 'entity.edited', key: null, code: 'review.change.field', params: { field, before: valueParam(before), after: valueParam(after) } };
}

/** The ancestor's input lines by the document path of their year values (series sources), measures excepted:
 *  the comparison tells those field by field. */
function seriesLines(base: Scenario): Map<string, DomainLine> {
  const out = new Map<string, DomainLine>();
  for (const l of buildLines(base).lines) {
    const src = l.meta.source;
    if (l.input && src?.kind === 'series' && l.meta.entity?.kind !== 'measure') out.set(JSON.stringify(src.path), l);
  }
  return out;
}

const yearValue = (v: unknown): number | null | undefined => (v === null ? null : typeof v === 'number' ? v : undefined);

/** A change of one year of an input line, as diffDocuments tells it; undefined for anything else. */
function yearChange(base: Scenario, lines: Map<string, DomainLine>, c: MergeChange, value: unknown): Change | undefined {
  const y = c.path[c.path.length - 1];
  const line = typeof y === 'number' && y < base.years ? lines.get(JSON.stringify(c.path.slice(0, -1))) : undefined;
  const before = yearValue(c.base);
  const after = yearValue(value);
  if (!line || before === undefined || after === undefined) return undefined;
  const assumption = line.meta.source!.path[0] === 'assumptions';
  return {
    kind: assumption ? 'assumption.changed' : 'input.changed',
    key: line.key,
    entity: line.meta.entity,
    display: line.meta.display,
    code: assumption ? 'compare.change.assumptionYears' : 'compare.change.inputYears',
    params: { label: { msg: line.meta.label, area: areaCodeOfLine(base.areas, line.meta) } },
    years: [{ year: base.firstYear + (y as number), before, after }],
  };
}

/** What setting `value` at the change's path does to `base`, as the comparison lists it. */
function sideChanges(base: Scenario, lines: Map<string, DomainLine>, c: MergeChange, value: unknown, budget: { left: number }): Change[] {
  if (Object.is(value, c.base)) return [];
  const fast = yearChange(base, lines, c, value);
  if (fast) return [fast];
  if (budget.left-- <= 0) return [fieldChange(c, c.base, value)];
  let changes: Change[] = [];
  try {
    const doc = applyPatches(base, [patchTo(c.path, c.base, value)]).doc;
    changes = diffDocuments(base, doc);
  } catch {
    // A side that the comparison cannot build is still a change: named by its path below.
  }
  return changes.length > 0 ? changes : [fieldChange(c, c.base, value)];
}

/** Each change with what each side did, against the ancestor (`base`; in a two-way review, mine). */
export function describeChanges(base: Scenario, changes: readonly MergeChange[], maxBuilt = MAX_BUILT_DESCRIPTIONS): DescribedChange[] {
  const lines = seriesLines(base);
  const budget = { left: maxBuilt };
  return changes.map((change) => {
    const mine = change.side === 'theirs' ? [] : sideChanges(base, lines, change, change.mine, budget);
    const theirs = change.side === 'mine' ? [] : sideChanges(base, lines, change, change.theirs, budget);
    const key = [...theirs, ...mine].find((x) => x.key !== null)?.key ?? null;
    return { change, mine, theirs, key };
  });
}
