// Units as powers of ten. A pasted "12,0 mill." is 12.0 × 10^6 kr; a line in "1000 kr" holds kr / 10^3. Keeping
// both as exponents lets the parser shift the decimal exponent of the digit string instead of multiplying floats,
// so 12,0 mill. into 1000 kr is exactly 12000 and 0,6 % is exactly the double nearest 0.006.

export type UnitKind = 'money' | 'percent' | 'other';

export interface UnitScale {
  kind: UnitKind;
  /** The cell holds value × 10^exponent of the base unit (kroner, or 1 for proportions and counts). */
  exponent: number;
}

const CURRENCY = '(?:kr\\.?|kroner|nok)';
const THOUSAND = '(?:1 ?000|1\\.000|tusen)';
const MILLION = '(?:mill\\.?|millioner|million|millions|mln\\.?)';
const BILLION = '(?:mrd\\.?|milliarder|milliard|billion|billions|bn)';

const UNIT_PATTERNS: [RegExp, UnitScale][] = [
  [new RegExp(`^${CURRENCY}$`), { kind: 'money', exponent: 0 }],
  [new RegExp(`^(?:${THOUSAND} ?${CURRENCY}|tnok|knok)$`), { kind: 'money', exponent: 3 }],
  [new RegExp(`^(?:${MILLION} ?${CURRENCY}?|mnok)$`), { kind: 'money', exponent: 6 }],
  [new RegExp(`^${BILLION} ?${CURRENCY}?$`), { kind: 'money', exponent: 9 }],
  [/^(?:%|prosent|percent)$/, { kind: 'percent', exponent: -2 }],
  [/^(?:‰|promille|permille)$/, { kind: 'percent', exponent: -3 }],
];

const OTHER: UnitScale = { kind: 'other', exponent: 0 };

/**
 * How a target line's unit string scales the numbers it holds: "1000 kr" → money, 3; "mill. kr" → money, 6;
 * "kr" → money, 0; "%" → percent, −2 (the line holds percentage points); anything else (personer, årsverk,
 * andel, no unit) → other, 0 (proportions in such lines are plain ratios: 0,6 % → 0.006).
 */
export function unitScale(unit: string | undefined): UnitScale {
  if (unit === undefined) return OTHER;
  const u = unit.toLowerCase().replace(/[\s\u00a0\u202f\u2009]+/g, ' ').trim();
  for (const [pattern, scale] of UNIT_PATTERNS) if (pattern.test(u)) return scale;
  return OTHER;
}

/** How text typed or pasted into a line is read, and what the number read is divided by to store it. */
export interface InputUnit {
  unit: string | undefined;
  divisor: number;
}

/**
 * The rule for a line shown in per cent that holds ratios (unit "andel", 0.0175 shown as 1,75 %): a bare number means
 * percentage points, as the line is shown and as typed in the grid ("1,75" → 1,75 % → 0.0175), typed or pasted
 * alike; it is read as if the line were in "%" and divided by 100, so "1,75 %" and "17,5 ‰" give the same and an
 * amount ("12 mill.", "500 kr") is refused. Every other line reads in its own unit.
 */
export function inputUnit(unit: string | undefined, shownAsPercent: boolean | undefined): InputUnit {
  if (shownAsPercent && unitScale(unit).kind !== 'percent') return { unit: '%', divisor: 100 };
  return { unit, divisor: 1 };
}

/** A magnitude or currency word after a pasted number, e.g. "mill.", "mill. kr", "kr", "MNOK". */
export interface Suffix {
  /** Characters of the text the suffix (with the blanks before it) occupies at its end. */
  length: number;
  kind: 'money' | 'percent' | 'scale';
  exponent: number;
}

const MILLION_WORD = new RegExp(`^${MILLION}$`);

function scaleWordExponent(word: string | undefined): number {
  if (word === undefined) return 0;
  if (word === 'tusen') return 3;
  return MILLION_WORD.test(word) ? 6 : 9;
}

const SUFFIX_PATTERNS: [RegExp, (m: RegExpExecArray) => Omit<Suffix, 'length'>][] = [
  [/ *(?:%|prosent)$/, () => ({ kind: 'percent', exponent: -2 })],
  [/ *(?:‰|promille)$/, () => ({ kind: 'percent', exponent: -3 })],
  [/ *mnok$/, () => ({ kind: 'money', exponent: 6 })],
  [/ *tnok$/, () => ({ kind: 'money', exponent: 3 })],
  [
    new RegExp(`(?: *(tusen|${MILLION}|${BILLION}))?(?: *(${CURRENCY}))?$`),
    (m) => ({ kind: m[2] !== undefined ? 'money' : 'scale', exponent: scaleWordExponent(m[1]) }),
  ],
];

/**
 * The unit suffix at the end of `text` (lower case, blanks already folded to U+0020), or null when there is none.
 * The suffix must follow a digit or a decimal separator, so "kr" alone or "12 mill.x" is not a suffix.
 */
export function findSuffix(text: string): Suffix | null {
  for (const [pattern, read] of SUFFIX_PATTERNS) {
    const m = pattern.exec(text);
    if (m === null || m[0].length === 0) continue;
    const before = text.charAt(text.length - m[0].length - 1);
    if (!/[0-9.,)]/.test(before)) return null;
    return { length: m[0].length, ...read(m) };
  }
  return null;
}
