import { describe, expect, it } from 'vitest';
import { diffDocuments } from '../compare/diff';
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
      ['conflict', ['P05 Nye bofellesskap: 2024: 20 → 12 346'], ['P05 Nye bofellesskap: 2024: 20 → 20 000'], 'p05.post.demografi'],
      ['theirs', [], ['Tiltaket «Tildelingspraksis» er slått av'], 'tiltak.m1.innsparing'],
    ]);
    expect(describeChange(described[1].theirs[0], 'en')).toBe('P05 Nye bofellesskap: 2024: 20 → 20,000');
  });

  it('tells a year of an input line exactly as the comparison does, without building the lines per change', () => {
    const base = sampleScenario();
    const theirs = structuredClone(base) as Scenario;
    (theirs.areas[0].frame.originalBudget as (number | null)[])[2] = 1;
    (theirs.areas[0].items[0].values as (number | null)[])[3] = null;
    const series = theirs.assumptions.find((a) => a.kind === 'series');
    if (series && series.kind === 'series') series.values[0] = 0.5;
    const described = describeChanges(base, threeWay(base, base, theirs));
    expect(described.map((d) => d.theirs[0]?.kind)).toEqual(['assumption.changed', 'input.changed', 'input.changed']);
    for (const d of described) {
      const alone = structuredClone(base) as Scenario;
      const path = d.change.path;
      // The same change alone, compared the slow way.
      let node: unknown = alone;
      for (const seg of path.slice(0, -1)) node = typeof seg === 'object' ? (node as { id: string }[]).find((x) => x.id === seg.id) : (node as Record<string | number, unknown>)[seg];
      (node as unknown[])[path[path.length - 1] as number] = d.change.theirs;
      expect(d.theirs).toEqual(diffDocuments(base, alone));
    }
  });

  it('tells the changes beyond its budget by their field, so a large review opens quickly', () => {
    const base = sampleScenario();
    const m = base.measures[0];
    base.measures = [m, { ...m, id: 'm_2' }, { ...m, id: 'm_3' }];
    const theirs = structuredClone(base) as Scenario;
    for (const m of theirs.measures) m.included = !m.included;
    const described = describeChanges(base, threeWay(base, base, theirs), 1);
    expect(described.map((d) => d.theirs[0].code)).toEqual([
      expect.stringMatching(/^compare\.change\.measureO(n|ff)$/),
      ...theirs.measures.slice(1).map(() => 'review.change.field'),
    ]);
    expect(describeChange(described[1].theirs[0], 'nb')).toMatch(/^measures\[.+\]\.included: (ja|nei) → (ja|nei)$/);
  });
});
