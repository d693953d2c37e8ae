// Readable names of the groups a view's lines fall into: a programme area shows its code and name, a domain
// section its own label (shared/i18n/compare.ts), anything else (a user's own section) its id.
import type { ModelMessage } from '../model/messages';
import type { Scenario } from '../model/scenario';

/** The sections the domain groups lines by, each with a label `compare.group.<section>`. */
export const KNOWN_GROUPS = [
  'scenario',
  'forutsetning',
  'plan',
  'regler',
  'regnskap',
  'sum',
  'befolkning',
  'demografi',
  'invest',
  'finans',
  'gjeld',
  'resultat',
  'innsparing',
  'fond',
  'kostra_sum',
] as const;

const known: ReadonlySet<string> = new Set(KNOWN_GROUPS);

export function groupLabel(group: string, docs: readonly Scenario[]): ModelMessage {
  for (const doc of docs) {
    const area = doc.areas.find((a) => a.code === group);
    if (area) return { code: 'compare.group.area', params: { code: area.code, name: area.name } };
  }
  if (known.has(group)) return { code: `compare.group.${group}`, params: {} };
  return { code: 'compare.group.other', params: { group } };
}
