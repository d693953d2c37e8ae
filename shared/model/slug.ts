// Readable ids made from names ("Hjemmetjenester, korrigerte …" → `hjemmetjenester_korrigerte_brutto`, "Vikarbruk
// på sykehjem" → `vikarbruk_paa_sykehjem`), so that the line keys of new things read well in formulas, in the
// formula bar and in explanations, and the same KOSTRA service gets the same key when a newer file is imported.
// Ids that documents already carry stay as they are; only new things get slugs.
import { keyProblem } from '../engine/keys';
import { isValidId } from './ids';

/** Words of an id made from a name are cut at this length (whole words), leaving room for a suffix. */
const MAX_SLUG = 40;

/** Letters that NFKD does not fold to ASCII, or folds otherwise than Norwegian spelling does without them. */
const LETTERS: Record<string, string> = { æ: 'ae', ø: 'o', å: 'aa', ä: 'a', ö: 'o', ü: 'u', ß: 'ss', ð: 'd', þ: 'th', ł: 'l' };

/** An id made of the name's words in lower-case ASCII joined by `_`, or null when the name has no letters or
 *  digits to make one of. It starts with a letter (`2 Barnehage` → `t_2_barnehage`) and is never a formula word
 *  (`In` → `in_`), so it can be a segment of a line key. */
export function slugOf(name: string): string | null {
  const folded = name
    .toLowerCase()
    .replace(/[æøåäöüßðþł]/g, (c) => LETTERS[c] ?? c)
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
  if (folded === '') return null;
  let slug = '';
  for (const word of folded.split(' ')) {
    const next = slug === '' ? word : `${slug}_${word}`;
    if (next.length > MAX_SLUG) break;
    slug = next;
  }
  // One word longer than the limit: cut inside it.
  if (slug === '') slug = folded.slice(0, MAX_SLUG);
  if (!/^[a-z]/.test(slug)) slug = `t_${slug}`;
  if (keyProblem(slug) !== null) slug = `${slug}_`;
  return isValidId(slug) ? slug : null;
}

/** An id for `name` that is not in `taken` (and is then added to it): the slug, or the slug with _2, _3, …;
 *  `fallback` (a valid id) when the name has nothing to make one of. */
export function slugId(name: string, taken: Set<string>, fallback: string): string {
  const base = slugOf(name) ?? fallback;
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}_${n}`;
  taken.add(id);
  return id;
}

/** Every `id` held anywhere in a document (areas, items, measures, projects, lines, services, …): what a new id
 *  must differ from to be unique within the scenario, whichever list it goes into. */
export function idsIn(doc: unknown): Set<string> {
  const out = new Set<string>();
  const stack: unknown[] = [doc];
  while (stack.length > 0) {
    const v = stack.pop();
    if (typeof v !== 'object' || v === null) continue;
    for (const [k, x] of Object.entries(v)) {
      if (k === 'id' && typeof x === 'string' && !Array.isArray(v)) out.add(x);
      else if (typeof x === 'object' && x !== null) stack.push(x);
    }
  }
  return out;
}

/** A new id for an entity named `name`, unique within the scenario `doc` (slugId over idsIn). */
export function newSlugId(doc: unknown, name: string, fallback: string): string {
  return slugId(name, idsIn(doc), fallback);
}
