import { describe, expect, it } from 'vitest';
import { describeChange } from '../compare/text';
import { sampleScenario, type Scenario } from '../model';
import { describeChanges } from './describe';
import { threeWay } from './threeWay';

describe('describeChanges', () => {
  it('tells each side as the comparison does: the line with its area, the year, numbers in nb-NO', () => {
    const base = sampleScenario();
    const mine = structuredClone(base) as Scenario;
    const theirs = structuredClone(base) as Scenario;
    (mine.areas[0].items[0].values as number[])[0] = 12_345.5;
    (theirs.areas[0].items[0].values as number[])[0] = 20_000;
    theirs.measures[0].included = false;
    theirs.name = 'Plan fra Kari';
    // Intl writes the group separator as a narrow no-break space.
    const nb = (s: string) => s.replace(/\u202f|\u00a0/g, ' ');
    const described = describeChanges(base, threeWay(base, mine, theirs));
    const rows = described.map((d) => [d.change.side, d.mine.map((c) => nb(describeChange(c, 'nb'))), d.theirs.map((c) => nb(describeChange(c, 'nb'))), d.key]);
    expect(rows).toEqual([
      ['theirs', [], ['Navn: «Test» → «Plan fra Kari»'], null],
      ['conflict', ['P05 Nye bofellesskap: 2024: 20 → 12 345,5'], ['P05 Nye bofellesskap: 2024: 20 → 20 000'], 'p05.post.demografi'],
      ['theirs', [], ['Tiltaket «Tildelingspraksis» er slått av'], 'tiltak.m1.innsparing'],
    ]);
    expect(describeChange(described[1].theirs[0], 'en')).toBe('P05 Nye bofellesskap: 2024: 20 → 20,000');
  });
});
