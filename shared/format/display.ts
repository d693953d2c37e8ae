// A line's value as every view shows it — grid, Forklar, compare, change lists, print, charts, analysis — chosen by
// the line's display format, so a rate reads "1,75 %" everywhere rather than "1,8 %" in one place and "1,75 %" in
// another, and an amount of 413 616,67 reads "413 617" in Forklar as in the grid.
import { t, type Lang } from '../i18n/index';
import { formatNumber } from './numberFormat';

/** How to format a line's values: amount (1000 kr, no decimals), percent (a proportion shown as %), number
 *  (counts, FTEs, years of a repayment: as many decimals as the value has, at most 2), year / month (no grouping),
 *  flag (1 = on, 0 = off). */
export type DisplayFormat = 'amount' | 'percent' | 'number' | 'year' | 'month' | 'flag';

/** Decimals a value of each format is shown with, so a column lines up: amounts whole 1000 kr as the budget
 *  documents print them, rates to a hundredth of a percentage point (the resultatgrad target is 1,75 %); a number
 *  at most two (and only those it has: a repayment time of 40 years is "40", 2,5 FTEs "2,5"). */
export const TABLE_DECIMALS: Record<DisplayFormat, number> = { amount: 0, percent: 2, number: 2, year: 0, month: 0, flag: 0 };

/** The fewest decimals (up to `max`) that show `value` without rounding it away. */
export function decimalsFor(value: number, max: number): number {
  for (let d = 0; d < max; d++) {
    const f = 10 ** d;
    if (Math.abs(Math.round(value * f) - value * f) < 1e-6) return d;
  }
  return max;
}

/** The decimals `value` is shown with in this format. */
export function decimalsOf(value: number, display: DisplayFormat): number {
  return display === 'number' ? decimalsFor(value, TABLE_DECIMALS.number) : TABLE_DECIMALS[display];
}

function withDecimals(value: number, display: DisplayFormat, lang: Lang, decimals: number): string {
  switch (display) {
    case 'percent':
      return formatNumber(value, { percent: true, decimals, lang });
    case 'year':
    case 'month':
      return String(Math.round(value));
    case 'flag':
      return t(lang, value !== 0 ? 'compare.on' : 'compare.off');
    default:
      return formatNumber(value, { decimals, lang });
  }
}

const blank = (v: number | null | undefined): v is null | undefined => v === null || v === undefined || Number.isNaN(v);

/** A value as a line of this display format shows it, in every view alike; '' for blank. */
export function formatValue(value: number | null | undefined, display: DisplayFormat, lang: Lang): string {
  if (blank(value)) return '';
  return withDecimals(value, display, lang, decimalsOf(value, display));
}

/** Decimals a change may add to tell its two sides apart (12,4 → 12,6 in a line of whole 1000 kr). */
const EXTRA_DECIMALS = 2;

/**
 * A change's two sides ("4,94 % → 5,00 %"), formatted alike: both with the decimals of the side that needs more, and
 * more (up to two) when the line's rounding would show two different values as the same; '' for a blank side.
 */
export function formatPair(before: number | null | undefined, after: number | null | undefined, display: DisplayFormat, lang: Lang): [string, string] {
  const sides = [before, after].filter((v): v is number => !blank(v));
  let decimals = Math.max(0, ...sides.map((v) => decimalsOf(v, display)));
  const show = (v: number | null | undefined) => (blank(v) ? '' : withDecimals(v, display, lang, decimals));
  const limit = decimals + (display === 'amount' || display === 'percent' || display === 'number' ? EXTRA_DECIMALS : 0);
  while (sides.length === 2 && sides[0] !== sides[1] && show(before) === show(after) && decimals < limit) decimals++;
  return [show(before), show(after)];
}
