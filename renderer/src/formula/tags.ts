// What sumtag("…") and counttag("…") add up, in words a finance officer knows: a tag such as `p05.innsparing` reads
// "P05 Mennesker med nedsatt funksjonsevne · innsparing" (an area's prefix by its code and name, the other parts as
// the words they are, a few spelled out), with the lines that carry it. The formula's own text stays beside it, as
// typed and valid in the language.
import { formulaPieces, type FormulaPiece } from '../../../shared/engine/refTokens';
import { isMessageKey } from '../../../shared/i18n';

export type TagFn = 'sumtag' | 'counttag';
export interface TagCall {
  fn: TagFn;
  tag: string;
}
export type ReadablePiece = FormulaPiece & { call?: TagCall };

const CALL = /\b(sumtag|counttag)\(\s*(["'])([^"'\\]*)\2\s*\)/g;

/** The formula's pieces as formulaPieces cuts them, with each sumtag/counttag call of a written tag a piece of its own. */
export function readablePieces(text: string): ReadablePiece[] {
  const out: ReadablePiece[] = [];
  for (const piece of formulaPieces(text)) {
    if (piece.ref !== undefined) {
      out.push(piece);
      continue;
    }
    let at = 0;
    for (const m of piece.text.matchAll(CALL)) {
      const start = m.index;
      if (start > at) out.push({ text: piece.text.slice(at, start), start: piece.start + at });
      out.push({ text: m[0], start: piece.start + start, call: { fn: m[1] as TagFn, tag: m[3] } });
      at = start + m[0].length;
    }
    if (at < piece.text.length) out.push({ text: piece.text.slice(at), start: piece.start + at });
  }
  return out;
}

const WHOLE_CALL = new RegExp(`^${CALL.source}$`);

/** The call an explain node's key names (`sumtag("p05.innsparing")`), or null for a line's key. */
export function tagCallOf(key: string): TagCall | null {
  const m = WHOLE_CALL.exec(key);
  return m ? { fn: m[1] as TagFn, tag: m[3] } : null;
}

type Translate = (code: string, params?: Record<string, string | number>) => string;

/** A tag's parts in words: an area's prefix by "<code> <name>", a part the i18n tables spell out by its word
 *  (`tag.part.<part>`), any other with its underscores as blanks. */
export function tagWords(tag: string, areas: readonly { code: string; name: string }[], tCode: Translate): string {
  return tag
    .split('.')
    .map((part) => {
      const area = areas.find((a) => a.code.toLowerCase() === part);
      if (area) return `${area.code} ${area.name}`;
      const key = `tag.part.${part}`;
      return isMessageKey(key) ? tCode(key) : part.replace(/_/g, ' ');
    })
    .join(' · ');
}
