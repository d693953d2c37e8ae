// What every structure edit shares: a refusal with a message in the user's language, a no-op, a move up or down
// among siblings, and a name that may be neither blank nor too long.
import { tCode, type Lang } from '../../../shared/i18n';
import { LIMITS } from '../../../shared/model/limits';
import type { Patch, Path } from '../../../shared/patch/types';
import type { EditPlan } from '../kostra/editPlans';

export type { EditPlan };

export const refuse = (lang: Lang, code: string, params: Record<string, string | number> = {}): EditPlan => ({ ok: false, message: tCode(lang, code, params) });
export const nothing: EditPlan = { ok: true, patches: [], label: '' };
export const one = (patches: Patch[], label: string): EditPlan => ({ ok: true, patches, label });

/** The trimmed name, or the reason it cannot be one. */
export function checkName(value: string, lang: Lang): { ok: true; name: string } | { ok: false; plan: EditPlan } {
  const name = value.trim();
  if (name === '') return { ok: false, plan: refuse(lang, 'structure.nameBlank') };
  if (name.length > LIMITS.maxName) return { ok: false, plan: refuse(lang, 'structure.nameTooLong', { max: LIMITS.maxName }) };
  return { ok: true, name };
}

/** Moves the element with `id` of `list` (at `path`) one place up (−1) or down (+1); nothing at either end. */
export function movePlan(list: readonly { id: string }[], path: Path, id: string, delta: -1 | 1, label: string): EditPlan {
  const i = list.findIndex((x) => x.id === id);
  const to = i + delta;
  if (i < 0 || to < 0 || to >= list.length) return nothing;
  return one([{ op: 'move', path: [...path, { id }], to }], label);
}

/** Renames `current` (its `name` at `path`), labelled `labelCode` with {before} and {after}. */
export function renamePlan(current: { name: string } | undefined, path: Path, value: string, labelCode: string, lang: Lang): EditPlan {
  if (!current) return refuse(lang, 'structure.unknown');
  const n = checkName(value, lang);
  if (!n.ok) return n.plan;
  if (n.name === current.name) return nothing;
  return one([{ op: 'set', path: [...path, 'name'], value: n.name }], tCode(lang, labelCode, { before: current.name, after: n.name }));
}
