// Which assumptions a sensitivity moves, and how far: the user's choices over the default set. Each assumption is
// chosen on its own, with its own range; the measures' realisations (one per measure, thousands in a large plan)
// are chosen together.
import type { SensitivityItem } from '../../../shared/analysis/runs';

export interface SensitivityChoices {
  /** Per assumption key: left out, and/or another range than the default. */
  items: Record<string, { off?: boolean; delta?: number }>;
  /** Whether the measures' realisations are in. */
  measures: boolean;
}

export const DEFAULT_CHOICES: SensitivityChoices = { items: {}, measures: true };

export function chosenItems(items: readonly SensitivityItem[], c: SensitivityChoices): SensitivityItem[] {
  return items.flatMap((i) => {
    if (i.mode === 'realisation') return c.measures ? [i] : [];
    const choice = c.items[i.key];
    if (choice?.off) return [];
    return [choice?.delta !== undefined ? { ...i, delta: choice.delta } : i];
  });
}

/** A range as typed: "1" or "1 %" is 1 percentage point (a rate) or 1 % (an amount); it must be above 0. */
export function withDelta(c: SensitivityChoices, key: string, delta: number | null): SensitivityChoices | null {
  if (delta === null || !(delta > 0) || !Number.isFinite(delta)) return null;
  return { ...c, items: { ...c.items, [key]: { ...c.items[key], delta } } };
}

export function withItem(c: SensitivityChoices, key: string, on: boolean): SensitivityChoices {
  return { ...c, items: { ...c.items, [key]: { ...c.items[key], off: !on } } };
}
