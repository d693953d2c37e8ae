// The first segments of the line keys the domain generates (shared/domain). An area code may not take one of
// these, or `fond.saldo` could be both the reserve fund and an area's line.
import { keyProblem } from '../engine/keys';

export const DOMAIN_SECTIONS = [
  'scenario',
  'forutsetning',
  'befolkning',
  'demografi',
  'tiltak',
  'invest',
  'finans',
  'gjeld',
  'plan',
  'regler',
  'resultat',
  'fond',
  'regnskap',
  'kostra',
] as const;
export type DomainSection = (typeof DOMAIN_SECTIONS)[number];

const sections: ReadonlySet<string> = new Set(DOMAIN_SECTIONS);

/** Why an area or account code cannot start line keys: 'reserved' for domain sections and formula words. */
export function codeProblem(code: string): 'reserved' | 'invalid' | null {
  const seg = code.toLowerCase();
  if (sections.has(seg)) return 'reserved';
  return keyProblem(seg);
}
