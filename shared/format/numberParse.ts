// Reads a number as Norwegian documents, Norwegian Excel and English-locale sheets write it. Never throws.
//
// Accepted: 391.824 and 391 824 (thousands by dot or blank: U+0020, U+00A0, U+202F, U+2009), 1.234,56, 1234.5,
// 1,5, ,5 and 12, (a separator needs digits on one side only, as Excel allows), - 1.100 (sign, blank, number),
// −735 / –735 (U+2212, and the en dash word processors substitute), (735) (accounting negative), 0,6 % and 4 ‰,
// 12,0 mill. / mill. kr / mrd. / MNOK / kr, 1e5 and 1,5E+05 (Excel's scientific format), and a lone dash = 0.
//
// Ambiguity: "1.234" is either 1234 (thousands dot) or 1.234 (English decimal point). The Norwegian reading wins
// because the seeds and the documents users paste from print thousands with dots (391.824, - 1.100) and
// amounts in 1000 kr are rarely written with three decimals; an English sheet's 1234.5 or 0.234 stays unambiguous.
// Likewise "1,234" is 1.234 (decimal comma). The `lang: 'en'` option flips both readings, for text a user typed
// in a cell editor of the English UI (what formatNumber(…, { lang: 'en' }) shows); pastes should keep the default.
//
// A lone "-" (also − and –) is 0: it is how Excel's accounting format and SSB's tables (symbol "-" = null)
// print zero, and a pasted column of such cells must not be refused.

import type { Lang } from '../i18n/index';
import { findSuffix, unitScale } from './units';

export interface ParseOptions {
  /** Unit of the target line ("1000 kr", "mill. kr", "kr", "%", "personer" …): text that names its own unit
   *  ("12,0 mill.", "500 kr", "0,6 %") is converted into it; a bare number is taken as already in it. */
  unit?: string;
  /** Which reading wins for the ambiguous "1.234" / "1,234"; default 'nb'. See the file comment. */
  lang?: Lang;
}

/** A unit mismatch names what the text was: a proportion into money ('format.percentInAmount', with the target
 *  unit) or an amount into per cent ('format.amountInPercent'). The '.field' forms speak of a field, not a line. */
export type UnitMismatchCode = 'format.percentInAmount' | 'format.amountInPercent';
export type FormatErrorCode =
  | 'format.notANumber'
  | 'format.badGrouping'
  | 'format.tooLarge'
  | UnitMismatchCode
  | `${UnitMismatchCode}.field`;

export interface FormatError {
  code: FormatErrorCode;
  params: Record<string, string | number>;
}

export type ParseResult =
  | {
      ok: true;
      /** null for a blank cell. Otherwise a finite number in the target unit; −0 is returned as 0. */
      value: number | null;
      /** The text was a proportion (% or ‰): value is a ratio (0,6 % → 0.006), or points if the unit is "%". */
      percent?: boolean;
      /** The text named a magnitude (tusen / mill. / mrd.): its multiplier, e.g. 1e6 for "12,0 mill.". */
      scale?: number;
    }
  | { ok: false; error: FormatError };

// Runs of blanks fold to one U+0020 (this also keeps the suffix patterns linear on long runs of blanks).
const BLANKS = /[ \t\u00a0\u202f\u2009\u2007\u200a\u3000]+/g;
// No number is this long; longer text is refused before any pattern runs over it.
const MAX_LENGTH = 200;
const SIGN = /^([-+\u2212\u2013\u2012\u2010\u2011]) */;
const DASH_ONLY = /^[-\u2212\u2013\u2012\u2010\u2011]$/;
const CURRENCY_PREFIX = /^(?:kr\.?|nok) */;
const MAX_QUOTED = 40;

/** The text as named in a message: blanks folded, trimmed and cut to a readable length. */
function quoted(text: string): string {
  const s = text.replace(/\s+/g, ' ').trim();
  return s.length > MAX_QUOTED ? `${s.slice(0, MAX_QUOTED - 1)}…` : s;
}

function fail(code: FormatErrorCode, text: string, extra: Record<string, string | number> = {}): ParseResult {
  return { ok: false, error: { code, params: { text: quoted(text), ...extra } } };
}

type Mantissa = { int: string; frac: string } | 'badGrouping' | 'notANumber';

/** Splits digits with separators into integer and fraction digits. `s` holds only [0-9., ]. */
function readMantissa(s: string, lang: Lang, scientific: boolean): Mantissa {
  if (!/[0-9]/.test(s)) return 'notANumber';
  if (scientific) {
    // Scientific notation is never grouped: its one separator is the decimal.
    const m = /^([0-9]*)(?:[.,]([0-9]*))?$/.exec(s);
    return m ? { int: m[1], frac: m[2] ?? '' } : 'notANumber';
  }
  if (s.includes(' ')) {
    // Blanks group thousands; what separator remains is the decimal.
    const m = /^([0-9]{1,3}(?: [0-9]{3})+)(?:[.,]([0-9]*))?$/.exec(s);
    return m ? { int: m[1].replace(/ /g, ''), frac: m[2] ?? '' } : 'badGrouping';
  }
  const lastDot = s.lastIndexOf('.');
  const lastComma = s.lastIndexOf(',');
  if (lastDot < 0 && lastComma < 0) return { int: s, frac: '' };
  if (lastDot >= 0 && lastComma >= 0) {
    // Both: the later one is the decimal (1.234,56 or 1,234.56), the other groups thousands.
    const [group, decimal] = lastComma > lastDot ? ['.', ','] : [',', '.'];
    const at = s.lastIndexOf(decimal);
    const int = s.slice(0, at);
    const grouped = new RegExp(`^[0-9]{1,3}(?:\\${group}[0-9]{3})*$`);
    if (s.indexOf(decimal) !== at || !grouped.test(int)) return 'badGrouping';
    return { int: int.split(group).join(''), frac: s.slice(at + 1) };
  }
  const sep = lastDot >= 0 ? '.' : ',';
  const parts = s.split(sep);
  if (parts.length > 2) {
    // 1.234.567 or 1,234,567: only grouping can repeat.
    const grouped = /^[0-9]{1,3}$/.test(parts[0]) && parts.slice(1).every((p) => /^[0-9]{3}$/.test(p));
    return grouped ? { int: parts.join(''), frac: '' } : 'badGrouping';
  }
  const [int, frac] = parts;
  const couldGroup = /^[0-9]{1,3}$/.test(int) && !/^0+$/.test(int) && /^[0-9]{3}$/.test(frac);
  const groupChar = lang === 'en' ? ',' : '.';
  if (couldGroup && sep === groupChar) return { int: int + frac, frac: '' };
  return { int, frac };
}

/**
 * Parses one cell's text. Blank → { ok: true, value: null }. A bare number is taken to be in the target unit
 * already ("391.824" → 391824 whatever the unit). A number that names its unit is converted into `unit`
 * ("12,0 mill." → 12000 for "1000 kr"; "500 kr" → 0.5 for "1000 kr"; "0,6 %" → 0.6 for "%"); a proportion into a
 * money unit ('format.percentInAmount'), or money into a percent unit ('format.amountInPercent'), is refused. Without a unit, magnitudes are applied ("12,0 mill." → 12e6)
 * and proportions are ratios ("0,6 %" → 0.006); the `scale` and `percent` flags say that happened.
 */
export function parseNumber(text: string, opts: ParseOptions = {}): ParseResult {
  if (typeof text !== 'string') return fail('format.notANumber', String(text));
  const lang = opts.lang ?? 'nb';
  let s = text.replace(BLANKS, ' ').trim().toLowerCase();
  if (s === '') return { ok: true, value: null };
  if (s.length > MAX_LENGTH) return fail('format.notANumber', text);
  if (DASH_ONLY.test(s)) return { ok: true, value: 0 };

  // Signs: one of "(…)", "-", "−", "–", optionally after or before a currency prefix ("kr -1 234", "-kr 1 234").
  let negative = false;
  let signs = 0;
  const takeParens = (): boolean => {
    if (s.length < 2 || !s.startsWith('(') || !s.endsWith(')')) return false;
    s = s.slice(1, -1).trim();
    negative = !negative;
    signs++;
    return true;
  };
  const takeSign = (): void => {
    const m = SIGN.exec(s);
    if (m === null) return;
    s = s.slice(m[0].length);
    if (m[1] !== '+') negative = !negative;
    signs++;
  };

  takeParens();
  takeSign();
  let currency = false;
  const prefix = CURRENCY_PREFIX.exec(s);
  if (prefix && /[0-9.,(\-+\u2212\u2013]/.test(s.charAt(prefix[0].length))) {
    s = s.slice(prefix[0].length);
    currency = true;
    takeSign();
  }
  const suffix = findSuffix(s);
  if (suffix) s = s.slice(0, s.length - suffix.length).trimEnd();
  // "(0,5) %": the suffix sat outside the parentheses.
  if (signs === 0 && takeParens()) takeSign();
  if (signs > 1 || /[-+\u2212\u2013]/.test(s.charAt(0))) return fail('format.notANumber', text);

  const sci = /^(.*?)e([+-]?[0-9]{1,4})$/.exec(s);
  const body = sci ? sci[1] : s;
  if (!/^[0-9., ]+$/.test(body)) return fail('format.notANumber', text);
  const mantissa = readMantissa(body, lang, sci !== null);
  if (mantissa === 'notANumber' || mantissa === 'badGrouping') {
    return fail(mantissa === 'notANumber' ? 'format.notANumber' : 'format.badGrouping', text);
  }
  if (mantissa.int === '' && mantissa.frac === '') return fail('format.notANumber', text);

  const target = unitScale(opts.unit);
  const proportion = suffix?.kind === 'percent';
  const money = currency || suffix?.kind === 'money';
  if (proportion && target.kind === 'money') return fail('format.percentInAmount', text, { unit: opts.unit ?? '' });
  if (money && target.kind === 'percent') return fail('format.amountInPercent', text);
  // Magnitude words scale amounts of money and counts; they never apply to a percent target.
  const suffixExponent = suffix?.exponent ?? 0;
  if (suffix?.kind === 'scale' && suffixExponent !== 0 && target.kind === 'percent') {
    return fail('format.amountInPercent', text);
  }
  // A bare number is already in the line's unit; only a number that names its unit is converted.
  const namesUnit = currency || suffix !== null;
  const exponent = Number(sci?.[2] ?? 0) + (namesUnit ? suffixExponent - target.exponent : 0);
  const magnitude = Number(`${mantissa.int || '0'}.${mantissa.frac || '0'}e${exponent}`);
  if (!Number.isFinite(magnitude)) return fail('format.tooLarge', text);
  const value = negative && magnitude !== 0 ? -magnitude : magnitude;

  const result: ParseResult = { ok: true, value };
  if (proportion) result.percent = true;
  if (suffix && suffix.kind !== 'percent' && suffix.exponent !== 0) result.scale = 10 ** suffix.exponent;
  return result;
}
