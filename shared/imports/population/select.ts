// Choosing one region and one alternative from a file that holds several.

import type { ImportIssue } from '../issues';
import { regionText, type Region, type Statistic } from './labels';
import type { PopulationOptions, PopulationSelection } from './types';

const MAX_LISTED = 10;

export const regionKey = (r: Region): string => (r.code ?? r.name).toLowerCase();
export const statisticKey = (s: Statistic): string => (s.code ?? s.label).toLowerCase();

function norm(s: string): string {
  return s.replace(/[\s\u00a0]+/g, ' ').trim().toLowerCase();
}

function pick<T>(
  items: T[],
  wanted: string | undefined,
  names: (item: T) => string[],
  text: (item: T) => string,
  codes: { choose: string; unknown: string },
): { item: T | null; error?: ImportIssue } {
  // The message names the first few; the UI offers all of them from `options`.
  const list = items.slice(0, MAX_LISTED).map(text).join(', ') + (items.length > MAX_LISTED ? ', …' : '');
  if (wanted !== undefined && wanted.trim() !== '') {
    const w = norm(wanted);
    const found = items.find((item) => names(item).some((n) => norm(n) === w));
    if (found !== undefined) return { item: found };
    return { item: null, error: { line: 0, code: codes.unknown, params: { value: wanted, list } } };
  }
  if (items.length <= 1) return { item: items[0] ?? null };
  return { item: null, error: { line: 0, code: codes.choose, params: { count: items.length, list } } };
}

export interface Selected {
  region: Region | null;
  alternative: Statistic | null;
}

/** The region and alternative to read, or the errors asking the user to choose. */
export function choose(
  options: PopulationOptions,
  selection: PopulationSelection,
): { ok: true; selected: Selected } | { ok: false; errors: ImportIssue[] } {
  const region = pick(
    options.regions,
    selection.region,
    (r) => [r.name, regionText(r), ...(r.code !== null ? [r.code] : [])],
    regionText,
    { choose: 'imports.ssb.chooseRegion', unknown: 'imports.ssb.unknownRegion' },
  );
  const alternative = pick(
    options.alternatives,
    selection.alternative,
    (s) => [s.label, ...(s.code !== null ? [s.code] : [])],
    (s) => s.label,
    { choose: 'imports.ssb.chooseAlternative', unknown: 'imports.ssb.unknownAlternative' },
  );
  const errors = [region.error, alternative.error].filter((e): e is ImportIssue => e !== undefined);
  if (errors.length > 0) return { ok: false, errors };
  return { ok: true, selected: { region: region.item, alternative: alternative.item } };
}
