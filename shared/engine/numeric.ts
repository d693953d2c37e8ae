// Number helpers with spreadsheet semantics.

const REL_TOL = 1e-12;
const ABS_TOL = 1e-15;

/** Equality with mathjs' default tolerances, so that 0.1 + 0.2 == 0.3 holds in a formula. */
export function nearlyEqual(a: number, b: number): boolean {
  if (a === b) return true;
  return Math.abs(a - b) <= Math.max(REL_TOL * Math.max(Math.abs(a), Math.abs(b)), ABS_TOL);
}

/** Whether the comparison holds, with the tolerance of == (nearlyEqual). */
export function holds(op: string, x: number, z: number): boolean {
  switch (op) {
    case '==':
      return nearlyEqual(x, z);
    case '!=':
      return !nearlyEqual(x, z);
    case '<':
      return x < z && !nearlyEqual(x, z);
    case '>':
      return x > z && !nearlyEqual(x, z);
    case '<=':
      return x < z || nearlyEqual(x, z);
    default:
      return x > z || nearlyEqual(x, z);
  }
}

/** 10 ** k for k = 0 … 22, the powers of ten a double holds exactly (the same numbers as 10 ** k; a lookup instead
 *  of a power in every rounded cell). */
const POW10 = Float64Array.from({ length: 23 }, (_, k) => 10 ** k);

/** Round half away from zero to `digits` decimals (negative: tens, hundreds…), as Excel's ROUND does;
 *  digits are truncated to a whole number. Decimal ties are judged on the number's shortest decimal form, so
 *  round(2.675, 2) = 2.68 although 2.675 is stored as 2.67499999…. */
export function roundHalfAway(x: number, digits = 0): number {
  if (Number.isNaN(x) || Number.isNaN(digits)) return NaN;
  if (!Number.isFinite(x)) return x;
  const d = Math.trunc(digits);
  if (d > 15) return x;
  if (d < -308) return 0;
  const ax = Math.abs(x);
  const p = Math.abs(d) < POW10.length ? POW10[Math.abs(d)] : 10 ** Math.abs(d);
  const scaled = d >= 0 ? ax * p : ax / p;
  const frac = scaled - Math.floor(scaled);
  let r: number;
  if (Math.abs(frac - 0.5) < 1e-7 && ax >= 1e-6 && ax < 1e21) {
    // Near a tie: shift the decimal point in the shortest decimal text, which is exact.
    const shifted = Math.round(Number(`${ax}e${d}`));
    r = Number(`${shifted}e${-d}`);
  } else {
    const whole = Math.round(scaled);
    r = d >= 0 ? whole / p : whole * p;
  }
  return x < 0 && r !== 0 ? -r : r;
}

/** Share of a full year's effect in `year` for a measure starting in month `startMonth` (1–12) of `startYear`:
 *  0 before the start year, (13 − startMonth) / 12 in it, 1 after. NaN arguments give NaN; an invalid month or
 *  a non-whole year gives undefined (the caller reports it). */
export function phaseIn(year: number, startYear: number, startMonth: number): number | undefined {
  if (Number.isNaN(startYear) || Number.isNaN(startMonth)) return NaN;
  if (!Number.isInteger(startYear) || !Number.isInteger(startMonth) || startMonth < 1 || startMonth > 12) {
    return undefined;
  }
  if (year < startYear) return 0;
  if (year === startYear) return (13 - startMonth) / 12;
  return 1;
}
