// A line's value as every view shows it — grid, Forklar, compare, print, analysis — chosen by the line's display
// format, so a rate reads "1,75 %" everywhere rather than "1,8 %" in one place and "1,75 %" in another.
import { t, type Lang } from '../i18n/index';
import { formatNumber } from './numberFormat';

/** How to format a line's values: amount (1000 kr, no decimals), percent (a proportion shown as %), number
 *  (counts, FTEs: up to 2 decimals), year / month (no grouping), flag (1 = on, 0 = off). */
export type DisplayFormat = 'amount' | 'percent' | 'number' | 'year' | 'month' | 'flag';

/** Decimals in tables, where a column must line up: amounts whole 1000 kr as the budget documents print them,
 *  rates to a hundredth of a percentage point (the resultatgrad target is 1,75 %), counts to two. */
export const TABLE_DECIMALS: Record<DisplayFormat, number> = { amount: 0, percent: 2, number: 2, year: 0, month: 0, flag: 0 };

/** The fewest decimals (up to `max`) that show `value` without rounding it away. */
export function decimalsFor(value: number, max: number): number {
  for (let d = 0; d < max; d++) {
    const f = 10 ** d;
    if (Math.abs(Math.round(value * f) - value * f) < 1e-6) return d;
  }
  return max;
}

/**
 * A value as a line of this display format shows it; '' for blank. In tables (`precise` false) amounts are whole
 * 1000 kr and rates have two decimals, so a column lines up; in text — a change, an explanation (`precise`) — a
 * value shows as entered (12,5; 4,0 %; 3,25 %).
 */
export function formatValue(value: number | null | undefined, display: DisplayFormat, lang: Lang, precise = false): string {
  if (value === null || value === undefined || Number.isNaN(value)) return '';
  switch (display) {
    case 'percent':
      return formatNumber(value, { percent: true, decimals: precise ? Math.max(1, decimalsFor(value * 100, 2)) : TABLE_DECIMALS.percent, lang });
    case 'year':
    case 'month':
      return String(value);
    case 'flag':
      return t(lang, value !== 0 ? 'compare.on' : 'compare.off');
    case 'number':
      return formatNumber(value, { decimals: decimalsFor(value, TABLE_DECIMALS.number), lang });
    default:
      return formatNumber(value, { decimals: precise ? decimalsFor(value, 2) : 0, lang });
  }
}
