// The changes a user accepted in the preview, as the patches of one edit: per line, through the source its input
// writes (as a typed or pasted cell does), so the change list and undo see an ordinary edit of input values.
import type { LineSource } from '../domain/types';
import { cellPatches, type CellValue } from '../live/cellEdits';
import type { Patch } from '../patch/types';
import type { XlsxChange } from './preview';

export function changePatches(doc: unknown, changes: readonly XlsxChange[], sourceOf: (key: string) => LineSource | undefined): Patch[] {
  const byKey = new Map<string, CellValue[]>();
  for (const c of changes) {
    const cells = byKey.get(c.key) ?? [];
    cells.push({ yearIndex: c.yearIndex === 'all' ? 0 : c.yearIndex, value: c.new ?? Number.NaN });
    byKey.set(c.key, cells);
  }
  const patches: Patch[] = [];
  for (const [key, cells] of byKey) {
    const source = sourceOf(key);
    if (source) patches.push(...cellPatches(doc, source, cells));
  }
  return patches;
}
