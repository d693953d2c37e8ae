// The readable side of a merge: each change of threeWay told as the comparison tells a change between two
// scenarios (shared/compare: the line with its programme area, the year, numbers as the line shows them). A side
// is described by applying that one change to the ancestor and comparing the two documents, so the review reads
// exactly like Sammenlign's change list. What the comparison does not cover (the name, the description) reads
// as the field and its values.
import { diffDocuments } from '../compare/diff';
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

/** What setting `value` at the change's path does to `base`, as the comparison lists it. */
function sideChanges(base: Scenario, c: MergeChange, value: unknown): Change[] {
  if (Object.is(value, c.base)) return [];
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
export function describeChanges(base: Scenario, changes: readonly MergeChange[]): DescribedChange[] {
  return changes.map((change) => {
    const mine = change.side === 'theirs' ? [] : sideChanges(base, change, change.mine);
    const theirs = change.side === 'mine' ? [] : sideChanges(base, change, change.theirs);
    const key = [...theirs, ...mine].find((x) => x.key !== null)?.key ?? null;
    return { change, mine, theirs, key };
  });
}
