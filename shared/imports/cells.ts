// Helpers for the simple tables (KOSTRA, accounts): a row label, amounts in Norwegian notation, a sum row.

import { readInput } from '../format/readInput';
import type { Params } from './issues';

/** "Sum", "Totalt", "I alt", "Sum pleie og omsorg": a row that adds up the others. */
export function isTotalLabel(label: string): boolean {
  return /^(?:sum|totalt?|i alt|samlet|alle)(?:\b|$)/i.test(label.trim());
}

/** Header text folded for matching: lower case, single blanks. */
export function foldHeader(header: string): string {
  return header.toLowerCase().replace(/[\s\u00a0\u202f]+/g, ' ').trim();
}

export type AmountResult =
  | { ok: true; value: number }
  | { ok: false; missing: true }
  | { ok: false; missing: false; code: string; params: Params };

/**
 * An amount as Norwegian documents write it ("366.207", "- 12.749", "1 290 000", "12,0 mill."). Empty cells and
 * SSB's symbols (.., :, …) are `missing`, text is an error. `unit` converts numbers that name their unit.
 */
export function readAmount(text: string, unit?: string): AmountResult {
  const s = text.trim();
  if (s === '' || /^(?:\.{1,3}|…|:)$/.test(s)) return { ok: false, missing: true };
  const parsed = readInput(s, { unit });
  if (!parsed.ok) return { ok: false, missing: false, code: parsed.error.code, params: parsed.error.params };
  if (parsed.value === null) return { ok: false, missing: true };
  return { ok: true, value: parsed.value };
}

/** The unit a header names: "(alle tall i 1000 kr)", "(kr)", "i 1000 kr". null if none. */
export function unitInHeader(header: string): string | null {
  const m =
    /alle tall i ([^)]+)/i.exec(header) ??
    /\(([^)]*(?:kr|kroner|nok)[^)]*)\)/i.exec(header) ??
    /\bi (1000 kr|mill\. kr|kr)\b/i.exec(header);
  return m ? m[1].trim() : null;
}

/** A year in a header: "Regnskap 2023" → 2023. */
export function yearInHeader(header: string): number | null {
  const m = /\b((?:19|20|21)\d{2})\b/.exec(header);
  return m ? Number(m[1]) : null;
}
