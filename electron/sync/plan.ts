// The merge of a linked scenario whose server version moved while this laptop had edits of its own: the three-way
// merge of shared/merge (base = the document last agreed with the server, mine = the local document, theirs = the
// server's). Changes on one side only are taken as they are; a conflict takes the side the user chose, and without
// a choice the merge waits. The result is two patch lists: what the local document needs and what the server's
// needs to become the same merged document.
import { pathKey } from '../../shared/api/sync';
import { patchTo, threeWay, type MergeChange } from '../../shared/merge/threeWay';
import type { Patch } from '../../shared/patch/types';

export interface MergePlan {
  /** Conflicts without a choice: nothing is merged until the user has chosen for each. */
  open: MergeChange[];
  /** Patches that take the local document to the merged one. */
  local: Patch[];
  /** Patches that take the server's document to the merged one. */
  remote: Patch[];
}

export function planMerge(base: unknown, mine: unknown, theirs: unknown, choices: Readonly<Record<string, 'mine' | 'theirs'>>): MergePlan {
  const changes = threeWay(base, mine, theirs);
  const open = changes.filter((c) => c.side === 'conflict' && !choices[pathKey(c.path)]);
  if (open.length > 0) return { open, local: [], remote: [] };
  const side = (c: MergeChange) => (c.side === 'conflict' ? choices[pathKey(c.path)] : c.side);
  return {
    open,
    local: changes.filter((c) => side(c) === 'theirs').map((c) => patchTo(c.path, c.mine, c.theirs)),
    remote: changes.filter((c) => side(c) === 'mine').map((c) => patchTo(c.path, c.theirs, c.mine)),
  };
}
