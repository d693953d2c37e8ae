// The edits of the user's own lines (scenario.lines) as patches, each one undoable step: add, rename, remove and
// move. A line's key is `<section>.<name>` with `name` a readable slug of its label, unique among the keys of the
// section. A rename gives the line the slug of its new label and rewrites the formulas that read it in the same
// step; a removal is refused while formulas read the line, naming them.
import { rewriteReferences } from '../engine/refTokens';
import { customLineKey, type CustomLine, type View } from '../model/customLine';
import { blankSeries } from '../model/blank';
import type { Scenario } from '../model/scenario';
import { newSlugId, slugId } from '../model/slug';
import type { Patch } from '../patch/types';
import { formulasReading, isKey, type FormulaUse } from './whereUsed';

type Doc = Pick<Scenario, 'lines'> & Partial<Pick<Scenario, 'years'>>;

export interface NewLine {
  kind: 'input' | 'formula';
  view: View;
  section: string;
  label: string;
  unit: string;
  formula?: string;
  /** Place it after this line of its view (absent: at the end of its group). */
  after?: string;
  /** Insert it into scenario.lines at this index (absent: at the end). */
  index?: number;
}

/** Names already taken in a section: the segment after `<section>.` of every key (line keys and their prefixes). */
function namesIn(section: string, keys: Iterable<string>, except?: string): Set<string> {
  const prefix = `${section}.`;
  const out = new Set<string>();
  for (const k of keys) if (k.startsWith(prefix)) out.add(k.slice(prefix.length).split('.')[0]);
  if (except !== undefined) out.delete(except);
  return out;
}

/** A new line and the patch that adds it. `keys` are the keys the scenario's lines have now (the engine's). */
export function addLine(doc: Scenario, spec: NewLine, keys: Iterable<string>): { line: CustomLine; patch: Patch } {
  const label = spec.label.trim();
  const name = slugId(label, namesIn(spec.section, keys), 'linje');
  const common = { id: newSlugId(doc, label, 'linje'), section: spec.section, name, label, unit: spec.unit, view: spec.view, ...(spec.after ? { after: spec.after } : {}) };
  const line: CustomLine =
    spec.kind === 'formula' ? { ...common, kind: 'formula', formula: spec.formula ?? '0' } : { ...common, kind: 'input', values: blankSeries(doc.years) };
  return { line, patch: { op: 'insert', path: ['lines', { id: line.id }], value: line, ...(spec.index !== undefined ? { to: spec.index } : {}) } };
}

export type RenameResult =
  | { ok: true; patches: Patch[]; key: string; rewritten: FormulaUse[] }
  | { ok: false; code: 'lines.rewriteFailed'; params: { label: string; key: string } };

/** Give a line a new label, and the key of its slug: the formulas that read the old key (its own prev included)
 *  and the lines placed after it follow in the same patches. */
export function renameLine(doc: Doc, id: string, label: string, keys: Iterable<string>): RenameResult | null {
  const line = doc.lines.find((l) => l.id === id);
  const next = label.trim();
  if (!line || next === '') return null;
  const patches: Patch[] = [{ op: 'set', path: ['lines', { id }, 'label'], value: next }];
  const oldKey = customLineKey(line);
  const name = slugId(next, namesIn(line.section, keys, line.name), 'linje');
  if (name === line.name) return { ok: true, patches, key: oldKey, rewritten: [] };
  const newKey = customLineKey({ section: line.section, name });
  patches.push({ op: 'set', path: ['lines', { id }, 'name'], value: name });
  const uses = formulasReading(doc, isKey(oldKey));
  for (const use of uses) {
    const l = doc.lines.find((x) => x.id === use.id);
    if (l?.kind !== 'formula') continue;
    const formula = rewriteReferences(l.formula, (k) => (k === oldKey ? newKey : undefined));
    if (formula === null) return { ok: false, code: 'lines.rewriteFailed', params: { label: l.label, key: customLineKey(l) } };
    patches.push({ op: 'set', path: ['lines', { id: l.id }, 'formula'], value: formula });
  }
  for (const l of doc.lines) if (l.after === oldKey) patches.push({ op: 'set', path: ['lines', { id: l.id }, 'after'], value: newKey });
  return { ok: true, patches, key: newKey, rewritten: uses.filter((u) => u.id !== id) };
}

export type RemoveResult = { ok: true; patches: Patch[] } | { ok: false; uses: FormulaUse[] };

/** Remove a line, unless other formulas read it (then: where). Lines placed after it take its place. */
export function removeLine(doc: Doc, id: string): RemoveResult | null {
  const line = doc.lines.find((l) => l.id === id);
  if (!line) return null;
  const key = customLineKey(line);
  const uses = formulasReading(doc, isKey(key), new Set([id]));
  if (uses.length > 0) return { ok: false, uses };
  const patches: Patch[] = [];
  for (const l of doc.lines) {
    if (l.after !== key) continue;
    const path = ['lines', { id: l.id }, 'after'];
    patches.push(line.after === undefined ? { op: 'remove', path } : { op: 'set', path, value: line.after });
  }
  patches.push({ op: 'remove', path: ['lines', { id }] });
  return { ok: true, patches };
}

/** A row of a group as shown: its key, and the user line's id when it is one. */
export interface GroupRow {
  key: string;
  lineId?: string;
}

/** Move a user line one row up (−1) or down (+1) within its group as shown. A user line sits after the nearest
 *  generated line above it (its `after`), and among lines after the same line in the order of scenario.lines;
 *  the move writes that for every user line of the group. Null when the line cannot go there (the top of a group
 *  belongs to its generated lines). */
export function moveLine(doc: Doc, rows: readonly GroupRow[], id: string, by: -1 | 1): Patch[] | null {
  const i = rows.findIndex((r) => r.lineId === id);
  const j = i + by;
  if (i < 0 || j < 0 || j >= rows.length) return null;
  const order = rows.slice();
  [order[i], order[j]] = [order[j], order[i]];
  const generated = order.some((r) => r.lineId === undefined);
  const patches: Patch[] = [];
  let anchor: string | undefined;
  const sequence: string[] = [];
  for (const r of order) {
    if (r.lineId === undefined) {
      anchor = r.key;
      continue;
    }
    if (generated && anchor === undefined) return null;
    sequence.push(r.lineId);
    const line = doc.lines.find((l) => l.id === r.lineId);
    if (!line || line.after === anchor) continue;
    const path = ['lines', { id: r.lineId }, 'after'];
    patches.push(anchor === undefined ? { op: 'remove', path } : { op: 'set', path, value: anchor });
  }
  // The group's user lines take the places in scenario.lines they hold now, in their new order.
  const ids = doc.lines.map((l) => l.id);
  const slots = sequence.map((x) => ids.indexOf(x)).sort((a, b) => a - b);
  slots.forEach((slot, k) => {
    const want = sequence[k];
    const at = ids.indexOf(want);
    if (at === slot) return;
    patches.push({ op: 'move', path: ['lines', { id: want }], to: slot });
    ids.splice(at, 1);
    ids.splice(slot, 0, want);
  });
  return patches;
}
