// The one way typed or pasted text becomes a number in the app: read in the unit of what it goes into (a line, or a
// field that holds a line's kind of value), so "12,0 mill." into 1000 kr is 12 000, "0,6 %" there is refused with
// what it is and what the target takes, and a bare number in something shown in per cent is percentage points.
// Every number field of the renderer and every pasted cell goes through readInput (a test scans the renderer for
// other parsing); the grid's blocks through readInputBlock.

import type { Lang } from '../i18n/index';
import { parseNumber, type FormatError, type FormatErrorCode } from './numberParse';
import { inputUnit } from './units';

/** What a number is read into. */
export interface InputTarget {
  /** The target's unit as lines carry it ("1000 kr", "andel", "%", "årsverk", "år" …); undefined: no unit. */
  unit?: string;
  /** Shown in per cent although it holds ratios: a bare number is percentage points ("1,75" → 0.0175). */
  percent?: boolean;
  /** A field of a form or table rather than a line: messages say "feltet", not "linjen". */
  field?: boolean;
}

export type ReadResult =
  | {
      ok: true;
      /** The value to store (a ratio for a percent target), or null for blank text. */
      value: number | null;
      /** The text as typed, trimmed, when it named a unit or magnitude it was converted from ("12,0 mill."): an
       *  undo label then shows it beside the value stored ("12,0 mill. → 12 000"). */
      read?: string;
    }
  | { ok: false; error: FormatError };

/** The text names a magnitude or unit ("12,0 mill.", "500 kr", "0,6 %"; not the e of 1e5). */
export function namesUnit(text: string): boolean {
  return /[a-zæøå%‰]/i.test(text.replace(/\d[eE][+-]?\d/g, ''));
}

function fieldCode(code: FormatErrorCode, field: boolean | undefined): FormatErrorCode {
  if (!field) return code;
  return code === 'format.percentInAmount' || code === 'format.amountInPercent' ? `${code}.field` : code;
}

/** Reads `text` into `target`. Never throws. */
export function readInput(text: string, target: InputTarget = {}, lang: Lang = 'nb'): ReadResult {
  const input = inputUnit(target.unit, target.percent);
  const parsed = parseNumber(text, { unit: input.unit, lang });
  if (!parsed.ok) return { ok: false, error: { code: fieldCode(parsed.error.code, target.field), params: parsed.error.params } };
  if (parsed.value === null) return { ok: true, value: null };
  const value = parsed.value / input.divisor;
  return namesUnit(text) ? { ok: true, value, read: text.trim() } : { ok: true, value };
}
