// Numbers for display: nb-NO by default ("1 234 567", "−735", "1,7 %"), English on request ("1,234,567").
//
// What Intl gives (checked on Node 20.20, ICU 78.2 / CLDR 48): 'nb-NO' groups with U+00A0 (also for four
// digits: "1 234"), writes the minus as U+2212, the decimal as a comma and U+00A0 before "%"; 'en-GB' writes
// "-1,234.5" with a hyphen-minus and "1.7%". Other ICU builds (Chromium's in Electron, older CLDR) may group with
// U+202F or write a hyphen, so every result is normalised: grouping and the blank before % become U+00A0, the minus
// becomes U+2212 in both languages. Display never depends on the ICU build; tests assert the normalised form.
//
// Blank (null, undefined, NaN) formats as '' rather than a dash: a copied blank cell then pastes back as blank,
// whereas a dash reads back as 0 (see numberParse.ts). Negative zero and values that round to zero show as 0.
// ±Infinity shows as Intl writes it ("∞", "−∞"); the engine reports division by zero as an error, not a number.

import type { Lang } from '../i18n/index';

export interface FormatOptions {
  /** Digits after the decimal separator; default 0 for amounts (the seeds print 1000 kr whole), 1 for percent. */
  decimals?: number;
  /** The value is a ratio shown as percent: 0.017 → "1,7 %". */
  percent?: boolean;
  lang?: Lang;
}

const LOCALES: Record<Lang, string> = { nb: 'nb-NO', en: 'en-GB' };
const cache = new Map<string, Intl.NumberFormat>();

function clampDecimals(decimals: number | undefined, percent: boolean): number {
  if (decimals === undefined || !Number.isFinite(decimals)) return percent ? 1 : 0;
  return Math.min(20, Math.max(0, Math.trunc(decimals)));
}

/** The shared formatter for these options: one Intl.NumberFormat per (language, decimals, percent). */
export function formatterFor(opts: FormatOptions = {}): Intl.NumberFormat {
  const percent = opts.percent === true;
  const decimals = clampDecimals(opts.decimals, percent);
  const lang: Lang = opts.lang === 'en' ? 'en' : 'nb';
  const key = `${lang}|${decimals}|${percent ? 'p' : 'n'}`;
  let formatter = cache.get(key);
  if (formatter === undefined) {
    formatter = new Intl.NumberFormat(LOCALES[lang], {
      style: percent ? 'percent' : 'decimal',
      minimumFractionDigits: decimals,
      maximumFractionDigits: decimals,
    });
    cache.set(key, formatter);
  }
  return formatter;
}

/** Folds the grouping blanks and minus signs other ICU builds may produce into U+00A0 and U+2212. */
export function normalizeIcuOutput(text: string): string {
  return text.replace(/[ \u202f]/g, '\u00a0').replace(/-/g, '\u2212');
}

/** Formats a number for a cell: '' for blank; nb-NO grouping with U+00A0 and U+2212 minus. */
export function formatNumber(value: number | null | undefined, opts?: FormatOptions): string {
  if (value === null || value === undefined || Number.isNaN(value)) return '';
  const text = normalizeIcuOutput(formatterFor(opts).format(value));
  // −0 and negatives that round to zero ("−0,0"): drop the sign. (Intl's signDisplay 'negative' does this, but is
  // ES2023, beyond shared/'s ES2022 library.)
  if (value <= 0 && Number.isFinite(value) && text.charCodeAt(0) === 0x2212 && !/[1-9]/.test(text)) return text.slice(1);
  return text;
}
