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

/** A programme area by its code and name; where the compared scenarios name the area differently, each name in
 *  their order ("P05 Mennesker med nedsatt funksjonsevne / Helse"), never the first scenario's for all. */
export function groupLabel(group: string, docs: readonly Scenario[]): ModelMessage {
  const names = [...new Set(docs.flatMap((doc) => doc.areas.filter((a) => a.code === group).map((a) => a.name)))];
  if (names.length > 0) return { code: 'compare.group.area', params: { code: group, name: names.join(' / ') } };
  if (known.has(group)) return { code: `compare.group.${group}`, params: {} };
  return { code: 'compare.group.other', params: { group } };
}
