// The readable text of a change and the display of compared values, in the reader's language: numbers as the
// line shows them (nb-NO "1 234", "4,5 %"; en "1,234", "4.5%"), messages translated, years listed.
import { labelWithArea } from '../domain/lineArea';
import { formatPair, formatValue, type DisplayFormat } from '../format/display';
import { formatNumber } from '../format/numberFormat';
import { t, tCode, type Lang } from '../i18n/index';
import type { ModelMessage } from '../model/messages';
import type { Change, ChangeParam, YearChange } from './types';

export { formatValue };

/** Per-year details beyond this many are summarised as "and N more years". */
export const MAX_LISTED_YEARS = 6;

/** A difference as the compare grid shows it: amounts with a sign, percent lines in percentage points. */
export function formatDiff(value: number | null | undefined, display: DisplayFormat, lang: Lang): string {
  if (value === null || value === undefined || Number.isNaN(value)) return '';
  const sign = value > 0 ? '+' : '';
  if (display === 'percent') {
    const pp = value * 100;
    if (Math.abs(pp) < 0.005) return '0';
    return `${sign}${formatNumber(pp, { decimals: 2, lang })} ${t(lang, 'compare.pp')}`;
  }
  // A switched flag shows in its value cells (på → av); a difference of −1 says nothing more.
  if (display === 'flag') return '';
  if (display === 'year' || display === 'month') return `${sign}${value}`;
  const text = formatValue(value, display === 'number' ? 'number' : 'amount', lang);
  return text === '0' ? '0' : `${sign}${text}`;
}

export function translate(lang: Lang, m: ModelMessage): string {
  return tCode(lang, m.code, m.params);
}

function param(p: ChangeParam, lang: Lang): string {
  if (typeof p === 'string' || typeof p === 'number') return String(p);
  if ('msg' in p) return labelWithArea(translate(lang, p.msg), p.area);
  if (typeof p.value === 'string') return p.value;
  return formatValue(p.value, p.display, lang) || t(lang, 'compare.blank');
}

type NumberParam = { value: number | null; display: DisplayFormat };
const isNumber = (p: ChangeParam | undefined): p is NumberParam =>
  typeof p === 'object' && 'value' in p && typeof p.value !== 'string';

function yearDetail(years: readonly YearChange[], display: DisplayFormat, lang: Lang): string {
  const shown = years.slice(0, years.length > MAX_LISTED_YEARS ? MAX_LISTED_YEARS - 1 : MAX_LISTED_YEARS);
  const blank = t(lang, 'compare.blank');
  const parts = shown.map((y) => {
    const [before, after] = formatPair(y.before, y.after, display, lang);
    return t(lang, 'compare.yearChange', { year: y.year, before: before || blank, after: after || blank });
  });
  if (shown.length < years.length) parts.push(t(lang, 'compare.moreYears', { count: years.length - shown.length }));
  return parts.join('; ');
}

/** The change as one sentence in `lang`. */
export function describeChange(change: Change, lang: Lang): string {
  const params: Record<string, string> = {};
  for (const [name, p] of Object.entries(change.params)) params[name] = param(p, lang);
  // Both sides of a change alike: "4,94 % → 5,00 %", never "4,94 % → 5,0 %".
  const { before, after } = change.params;
  if (isNumber(before) && isNumber(after) && before.display === after.display) {
    const blank = t(lang, 'compare.blank');
    const [b, a] = formatPair(before.value, after.value, before.display, lang);
    params.before = b || blank;
    params.after = a || blank;
  }
  if (change.years) params.detail = yearDetail(change.years, change.display ?? 'amount', lang);
  return tCode(lang, change.code, params);
}
