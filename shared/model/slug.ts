// Readable ids made from names ("Hjemmetjenester, korrigerte …" → `hjemmetjenester_korrigerte_brutto`, "Stram
// styring" → `stram_styring`), so that the line keys of new things read well in formulas and explanations, and the
// same KOSTRA service gets the same key when a newer file is imported.
import { isValidId } from './ids';

/** Words of an id made from a name are cut at this length (whole words), leaving room for a suffix. */
const MAX_SLUG = 40;

const LETTERS: Record<string, string> = { æ: 'ae', ø: 'o', å: 'a', ä: 'a', ö: 'o', ü: 'u', é: 'e', è: 'e' };

/** An id made of the name's words, or null when the name has no letters or digits to make one of. */
export function slugOf(name: string): string | null {
  const folded = name
    .toLowerCase()
    .replace(/[æøåäöüéè]/g, (c) => LETTERS[c] ?? c)
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
  if (slug === '') slug = folded.slice(0, MAX_SLUG).replace(/ /g, '_');
  if (!/^[a-z]/.test(slug)) slug = `t_${slug}`;
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
