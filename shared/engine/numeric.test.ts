import { describe, expect, it } from 'vitest';
import { nearlyEqual, phaseIn, roundHalfAway } from './numeric';

describe('roundHalfAway', () => {
  it('rounds halves away from zero, as Excel ROUND', () => {
    expect(roundHalfAway(2.5)).toBe(3);
    expect(roundHalfAway(-2.5)).toBe(-3);
    expect(roundHalfAway(0.5)).toBe(1);
    expect(roundHalfAway(-0.5)).toBe(-1);
    expect(roundHalfAway(1.4999)).toBe(1);
    expect(roundHalfAway(-1.4999)).toBe(-1);
  });

  it('judges decimal ties on the shortest decimal form', () => {
    expect(roundHalfAway(2.675, 2)).toBe(2.68); // stored as 2.67499999…
    expect(roundHalfAway(1.005, 2)).toBe(1.01);
    expect(roundHalfAway(-1.005, 2)).toBe(-1.01);
    expect(roundHalfAway(1.0049, 2)).toBe(1);
    expect(roundHalfAway(0.285, 2)).toBe(0.29);
  });

  it('takes negative digits as tens, hundreds, thousands', () => {
    expect(roundHalfAway(1250, -2)).toBe(1300);
    expect(roundHalfAway(-1250, -2)).toBe(-1300);
    expect(roundHalfAway(163191, -3)).toBe(163000);
    expect(roundHalfAway(449.865, -1)).toBe(450);
  });

  it('truncates fractional digits and leaves NaN and huge digit counts alone', () => {
    expect(roundHalfAway(3.14159, 2.9)).toBe(3.14);
    expect(Number.isNaN(roundHalfAway(NaN))).toBe(true);
    expect(Number.isNaN(roundHalfAway(1, NaN))).toBe(true);
    expect(roundHalfAway(0.1 + 0.2, 20)).toBe(0.1 + 0.2);
    expect(Object.is(roundHalfAway(-0.2), 0)).toBe(true);
  });
});

describe('nearlyEqual', () => {
  it('accepts floating-point noise and nothing more', () => {
    expect(nearlyEqual(0.1 + 0.2, 0.3)).toBe(true);
    expect(nearlyEqual(1e6 + 1e-7, 1e6)).toBe(true);
    expect(nearlyEqual(1, 1.000001)).toBe(false);
    expect(nearlyEqual(0, 1e-16)).toBe(true);
    expect(nearlyEqual(0, 1e-10)).toBe(false);
  });
});

describe('phaseIn', () => {
  it('is 0 before, (13 − month)/12 in and 1 after the start year', () => {
    expect(phaseIn(2024, 2025, 7)).toBe(0);
    expect(phaseIn(2025, 2025, 7)).toBe(6 / 12);
    expect(phaseIn(2025, 2025, 1)).toBe(1);
    expect(phaseIn(2025, 2025, 12)).toBe(1 / 12);
    expect(phaseIn(2026, 2025, 7)).toBe(1);
  });

  it('refuses a month outside 1–12 or a fractional year, and passes NaN on', () => {
    expect(phaseIn(2025, 2025, 0)).toBeUndefined();
    expect(phaseIn(2025, 2025, 13)).toBeUndefined();
    expect(phaseIn(2025, 2025, 6.5)).toBeUndefined();
    expect(phaseIn(2025, 2025.5, 6)).toBeUndefined();
    expect(Number.isNaN(phaseIn(2025, NaN, 6)!)).toBe(true);
  });
});
