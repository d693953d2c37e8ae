// Numbers for other programs (clipboard, CSV): no grouping, ASCII hyphen-minus, the chosen decimal separator.
// Excel with a Norwegian locale reads "-1234,5" as a number; it reads "−1 234,5" (U+2212, U+202F) as text, and a
// U+00A0 grouping only when Windows' region settings happen to use that character. Plain output is read the
// same way by Excel, LibreOffice and parseNumber, whatever the machine's settings.

export type DecimalSeparator = ',' | '.';

export interface PlainNumberOptions {
  /** ',' (default) for Norwegian Excel, '.' for English-locale programs. */
  decimal?: DecimalSeparator;
  /** Round to this many decimals; default: every digit needed to read back the exact double. */
  decimals?: number;
}

const rounders = new Map<number, Intl.NumberFormat>();

// Rounds as formatNumber does, so a copied cell holds what the screen shows: Intl rounds the shortest decimal form
// half away from zero (1.005 → 1.01), whereas toFixed rounds the exact binary value (1.005 → "1.00").
function rounded(value: number, decimals: number): string {
  let rounder = rounders.get(decimals);
  if (rounder === undefined) {
    rounder = new Intl.NumberFormat('en-US', {
      useGrouping: false,
      minimumFractionDigits: decimals,
      maximumFractionDigits: decimals,
    });
    rounders.set(decimals, rounder);
  }
  return rounder.format(value).replace('\u2212', '-');
}

/**
 * A number as a plain string ('' for NaN and ±Infinity). Without `decimals`, JavaScript's shortest exact form,
 * which uses an exponent (1e+21, 1,5e-7) only beyond 1e21 or below 1e-6; Excel and parseNumber read both.
 */
export function plainNumber(value: number, opts: PlainNumberOptions = {}): string {
  if (!Number.isFinite(value)) return '';
  const decimals = opts.decimals;
  let s =
    decimals === undefined || !Number.isFinite(decimals)
      ? String(value)
      : rounded(value, Math.min(20, Math.max(0, Math.trunc(decimals))));
  if (s.startsWith('-') && Number(s) === 0) s = s.slice(1); // -0 and -0.00 → 0
  return opts.decimal === '.' ? s : s.replace('.', ',');
}
