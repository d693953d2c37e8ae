// Completion of line names in a formula: the word being typed at the caret is matched against the lines' keys and
// their labels (in the user's language), so "vikar" finds `p05.vikarbruk_paa_sykehjem` by its label «Vikarbruk på
// sykehjem» as well as by its key. Accepting a suggestion writes the key.

export interface LineName {
  key: string;
  label: string;
}

export interface Word {
  start: number;
  end: number;
  text: string;
}

/** The word around the caret: letters (Norwegian ones too, for labels), digits, `_` and `.`; null when the caret is
 *  not in or after one, inside a quoted tag or a comment, or the word starts with a digit (a number). */
export function wordAt(text: string, caret: number): Word | null {
  const before = text.slice(0, caret);
  const quotes = (before.match(/"/g) ?? []).length;
  if (quotes % 2 === 1 || /#[^\n]*$/.test(before)) return null;
  const isWord = (c: string | undefined) => c !== undefined && /[\p{L}\p{N}_.]/u.test(c);
  let start = caret;
  while (start > 0 && isWord(text[start - 1])) start--;
  let end = caret;
  while (end < text.length && isWord(text[end])) end++;
  const word = text.slice(start, end);
  if (word === '' || /^[0-9.]/.test(word)) return null;
  return { start, end, text: word };
}

const fold = (s: string) => s.toLowerCase().normalize('NFKD').replace(/[\u0300-\u036f]/g, '');

/** The lines matching `word`, best first: a key that starts with it, a label word that starts with it, then keys
 *  and labels that contain it; at most `limit`. */
export function suggest(word: string, names: readonly LineName[], limit = 8): LineName[] {
  const w = fold(word);
  if (w.length === 0) return [];
  const scored: { n: LineName; score: number }[] = [];
  for (const n of names) {
    const key = n.key.toLowerCase();
    const label = fold(n.label);
    let score: number;
    if (key === w) score = 0;
    else if (key.startsWith(w)) score = 1;
    else if (key.split('.').some((seg) => seg.startsWith(w))) score = 2;
    else if (label.startsWith(w)) score = 2;
    else if (label.split(/[^\p{L}\p{N}]+/u).some((part) => part.startsWith(w))) score = 3;
    else if (key.includes(w) || label.includes(w)) score = 4;
    else continue;
    scored.push({ n, score });
  }
  scored.sort((a, b) => a.score - b.score || a.n.key.length - b.n.key.length || a.n.key.localeCompare(b.n.key));
  return scored.slice(0, limit).map((s) => s.n);
}

/** The text with the word replaced by the key, and where the caret goes (after the key). */
export function accept(text: string, word: Word, key: string): { text: string; caret: number } {
  return { text: text.slice(0, word.start) + key + text.slice(word.end), caret: word.start + key.length };
}
