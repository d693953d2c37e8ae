// Undo and redo are derived from the edit log, so they survive a restart. The rule, read over the log oldest first:
//   edit r          push r on the undo stack and clear the redo stack;
//   undo (target t) t is the top of the undo stack: pop it and push it on the redo stack;
//   redo (target t) t is the top of the redo stack: pop it and push it on the undo stack.
// Undoing t applies t's inverse patches; redoing t applies t's patches again. Both are logged as new revisions
// (with their own patches and inverse), so the document is always snapshot + log replayed, whatever was undone.
import type { EditRow } from './store';

export interface StackItem {
  /** The revision of the 'edit' row. */
  revision: number;
  label: string;
}

export interface UndoStacks {
  undo: StackItem[];
  redo: StackItem[];
}

export function emptyStacks(): UndoStacks {
  return { undo: [], redo: [] };
}

/** Apply one log row to the stacks (mutates them). Throws on a log that breaks the rule. */
export function stepStacks(s: UndoStacks, row: Pick<EditRow, 'revision' | 'kind' | 'label' | 'target'>): void {
  if (row.kind === 'edit') {
    s.undo.push({ revision: row.revision, label: row.label });
    s.redo.length = 0;
    return;
  }
  const from = row.kind === 'undo' ? s.undo : s.redo;
  const to = row.kind === 'undo' ? s.redo : s.undo;
  const top = from.pop();
  if (!top || top.revision !== row.target) {
    throw new Error(`edit log out of order at revision ${row.revision}: ${row.kind} of ${row.target}, expected ${top?.revision}`);
  }
  to.push(top);
}

export function deriveStacks(log: readonly Pick<EditRow, 'revision' | 'kind' | 'label' | 'target'>[]): UndoStacks {
  const s = emptyStacks();
  for (const row of log) stepStacks(s, row);
  return s;
}

export function copyStacks(s: UndoStacks): UndoStacks {
  return { undo: [...s.undo], redo: [...s.redo] };
}

/** The stacks as a snapshot keeps them beside its document (scenarios.ts): [revision, label] pairs, bottom first. */
export function encodeStacks(s: UndoStacks): string {
  const pairs = (items: StackItem[]) => items.map((i) => [i.revision, i.label]);
  return JSON.stringify({ undo: pairs(s.undo), redo: pairs(s.redo) });
}

export function decodeStacks(text: string): UndoStacks {
  const raw = JSON.parse(text) as { undo: [number, string][]; redo: [number, string][] };
  const items = (pairs: [number, string][]) => pairs.map(([revision, label]) => ({ revision, label }));
  return { undo: items(raw.undo), redo: items(raw.redo) };
}

/**
 * The stacks at a scenario's revision from what a load reads: the stacks kept with the snapshot (null for a snapshot
 * written before they were kept: then `before`, the log up to the snapshot, is read instead) stepped through the log
 * rows after the snapshot.
 */
export function stacksFrom(atSnapshot: string | null, before: readonly LogStep[] | null, after: readonly LogStep[]): UndoStacks {
  const s = atSnapshot !== null ? decodeStacks(atSnapshot) : deriveStacks(before ?? []);
  for (const row of after) stepStacks(s, row);
  return s;
}

type LogStep = Pick<EditRow, 'revision' | 'kind' | 'label' | 'target'>;
