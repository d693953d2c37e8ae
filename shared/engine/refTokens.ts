// A formula's text cut into the references it makes and the text between them, keeping every character: for
// showing a formula with the lines' labels beside their keys, for completing the name being typed, and for
// rewriting references when a line gets a new key. Which names are references is the checker's word
// (formulaReferences); this scanner only finds where they are written.
import { formulaReferences } from './formulaCache';

export interface FormulaPiece {
  text: string;
  /** The key this piece names, when it is a line reference. */
  ref?: string;
  start: number;
}

const isIdentStart = (c: string) => /[A-Za-z_]/.test(c);
const isIdent = (c: string) => /[A-Za-z0-9_]/.test(c);

/** The pieces of `text` in order; joined they give `text` back. A name followed by `(` is a function, not a
 *  reference; text in quotes (sumtag's tag) and comments are not looked into. */
export function formulaPieces(text: string): FormulaPiece[] {
  const out: FormulaPiece[] = [];
  let plain = 0;
  const flush = (end: number) => {
    if (end > plain) out.push({ text: text.slice(plain, end), start: plain });
  };
  let i = 0;
  while (i < text.length) {
    const c = text[i];
    if (c === '#') {
      const nl = text.indexOf('\n', i);
      i = nl < 0 ? text.length : nl;
    } else if (c === '"' || c === "'") {
      i++;
      while (i < text.length && text[i] !== c) i += text[i] === '\\' ? 2 : 1;
      i++;
    } else if (/[0-9]/.test(c) || (c === '.' && /[0-9]/.test(text[i + 1] ?? ''))) {
      while (i < text.length && /[0-9.]/.test(text[i])) i++;
      if (/[eE]/.test(text[i] ?? '') && /[-+0-9]/.test(text[i + 1] ?? '')) {
        i += 2;
        while (i < text.length && /[0-9]/.test(text[i])) i++;
      }
    } else if (isIdentStart(c)) {
      const start = i;
      while (i < text.length && isIdent(text[i])) i++;
      while (text[i] === '.' && isIdentStart(text[i + 1] ?? '')) {
        i++;
        while (i < text.length && isIdent(text[i])) i++;
      }
      const name = text.slice(start, i);
      if (!/^\s*\(/.test(text.slice(i)) && name !== 'year' && name !== 'yearindex') {
        flush(start);
        out.push({ text: name, ref: name, start });
        plain = i;
      }
    } else i++;
  }
  flush(text.length);
  return out;
}

/** `text` with the references that `rename` maps to another key rewritten, everything else as written; null when
 *  the rewrite would not read the same lines under their new keys (a form of writing this scanner does not know),
 *  so a caller never saves a formula that silently means something else. */
export function rewriteReferences(text: string, rename: (key: string) => string | undefined): string | null {
  const pieces = formulaPieces(text);
  const next = pieces.map((p) => (p.ref !== undefined ? (rename(p.ref) ?? p.text) : p.text)).join('');
  if (next === text) return text;
  const before = formulaReferences(text);
  const after = formulaReferences(next);
  if (before === null || after === null) return null;
  const expected = new Set(before.names.map((k) => rename(k) ?? k));
  const got = new Set(after.names);
  if (expected.size !== got.size || [...expected].some((k) => !got.has(k))) return null;
  if (before.tags.join('\n') !== after.tags.join('\n')) return null;
  return next;
}
