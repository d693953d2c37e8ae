import { describe, expect, it } from 'vitest';
import { toCsv } from '../format/csv';
import { compareScenarios } from './align';
import { comparisonTable, rowsShown } from './table';
import { computed, edited, setInterest, smallScenario, switchOff } from './testing';

describe('the comparison as a table', () => {
  const base = smallScenario();
  const result = compareScenarios([computed('a', 'Grunnlag', base), computed('b', 'Uten m3', edited(base, switchOff('m3')))]);

  it('has a header per year and scenario, and numbers as numbers', () => {
    const table = comparisonTable(result, 'nb', { onlyDiffs: true });
    expect(table[0].slice(0, 8)).toEqual(['Visning', 'Linje', 'Nøkkel', 'Enhet', '2024 Grunnlag', '2024 Uten m3', '2024 Forskjell Uten m3', '2024 Forskjell % Uten m3']);
    expect(table[0]).toHaveLength(4 + 4 * 4);
    const frame = table.find((r) => r[2] === 'p07.ramme')!;
    expect(frame[0]).toBe('Rammer');
    // m3 saved 2 250 in 2024 (from April): without it the frame of P07 is 2 250 higher.
    expect(frame[6]).toBe(2250);
    expect(frame[5]).toBe((frame[4] as number) + 2250);
    expect(frame[7]).toBeCloseTo(2250 / (frame[4] as number), 8);
  });

  it('keeps only what the filters show', () => {
    const all = comparisonTable(result, 'en');
    const diffs = comparisonTable(result, 'en', { onlyDiffs: true });
    const frames = comparisonTable(result, 'en', { view: 'rammer' });
    expect(all).toHaveLength(result.rows.length + 1);
    expect(diffs).toHaveLength(result.differing + 1);
    expect(diffs.length).toBeLessThan(all.length);
    expect(frames.slice(1).every((r) => r[0] === 'Frames')).toBe(true);
    expect(rowsShown(result, { onlyDiffs: true, view: 'rammer' }).map((r) => r.key)).toContain('p07.ramme');
  });

  it('writes rates without floating-point noise', () => {
    const raised = compareScenarios([computed('a', 'A', base), computed('b', 'B', edited(base, setInterest(base, 0.05)))]);
    const rate = comparisonTable(raised, 'nb', { onlyDiffs: true }).find((r) => r[2] === 'plan.rente_nye_lan')!;
    expect(rate.slice(3, 8)).toEqual(['andel', 0.04, 0.05, 0.01, null]);
  });

  it('writes a CSV that Norwegian Excel reads', () => {
    const csv = toCsv(comparisonTable(result, 'nb', { onlyDiffs: true }), { bom: true });
    expect(csv.startsWith('\uFEFFVisning;Linje;Nøkkel;Enhet;2024 Grunnlag;')).toBe(true);
    expect(csv).toMatch(/\r\nRammer;[^;]+;p07\.ramme;1000 kr;\d+;\d+;2250;0,0\d+;/);
  });
});
