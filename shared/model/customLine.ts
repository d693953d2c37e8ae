// Lines users add to any section: an input series or a formula. Key = `<section>.<name>` (e.g. `p05.vikarbruk`,
// `resultat.justering`); `after` places it below another line of its view (absent: at the end of its group).
import { z } from './zod';
import { keyProblem } from '../engine/keys';
import { isValidId } from './ids';
import { LIMITS } from './limits';
import { formula, id, list, literal, name, obj, oneOf, series, str, tagged, text, unit } from './kit';

export const VIEWS = ['oversikt', 'rammer', 'tiltak', 'demografi', 'forutsetninger', 'investeringer', 'regnskap', 'kostra'] as const;
export type View = (typeof VIEWS)[number];

/** A key segment: lower-case identifier that a formula can spell (same rule as ids). */
const segment = () =>
  str().refine((s) => isValidId(s) && keyProblem(s) === null, { message: 'model.invalidSegment' });

const lineKey = () =>
  str()
    .max(300)
    .refine((s) => keyProblem(s) === null, { message: 'model.invalidKey' });

const tag = () =>
  str()
    .max(LIMITS.maxTagLength)
    .refine((s) => /^[a-z0-9_.]+$/.test(s), { message: 'model.invalidTag' });

const common = {
  id: id(),
  section: segment(),
  name: segment(),
  label: name(),
  unit: unit(),
  view: oneOf(VIEWS),
  after: lineKey().optional(),
  tags: list(tag(), LIMITS.maxTagsPerLine).optional(),
  notes: text().optional(),
};

export const customLineSchema = tagged('kind', [
  obj({ ...common, kind: literal('input'), values: series() }),
  obj({ ...common, kind: literal('formula'), formula: formula() }),
]);
export type CustomLine = z.infer<typeof customLineSchema>;

export function customLineKey(line: Pick<CustomLine, 'section' | 'name'>): string {
  return `${line.section}.${line.name}`;
}
