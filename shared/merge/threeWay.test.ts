import { describe, expect, it } from 'vitest';
import { blankScenario, type Scenario } from '../model';
import { applyPatches } from '../patch';
import { mergePatches, threeWay, twoWay } from './threeWay';

function base(): Scenario {
  const s = blankScenario({ name: 'Plan', firstYear: 2024, id: 'scenario_plan' });
  return {
    ...s,
    lines: [
      { id: 'l1', kind: 'input', section: 'p05', name: 'vikar', label: 'Vikarbruk', unit: '1000 kr', view: 'rammer', values: [100, 200, 300, 400] },
      { id: 'l2', kind: 'formula', section: 'p05', name: 'sum', label: 'Sum', unit: '1000 kr', view: 'rammer', formula: 'p05.vikar * 2' },
      { id: 'l3', kind: 'input', section: 'p07', name: 'husleie', label: 'Husleie', unit: '1000 kr', view: 'rammer', values: [1, 2, 3, 4] },
    ],
  };
}

const clone = <T>(x: T): T => structuredClone(x);

describe('threeWay', () => {
  it('tells their changes, mine and the conflicts apart, by id and by year', () => {
    const b = base();
    const mine = clone(b);
    const theirs = clone(b);
    (mine.lines[0] as { values: number[] }).values[1] = 250; // mine only
    (theirs.lines[0] as { values: number[] }).values[2] = 333; // theirs only
    mine.lines[1] = { ...mine.lines[1], formula: 'p05.vikar * 3' } as Scenario['lines'][number]; // conflict
    theirs.lines[1] = { ...theirs.lines[1], formula: 'p05.vikar * 4' } as Scenario['lines'][number];
    theirs.lines.reverse(); // order alone is no change
    theirs.name = 'Plan (Kari)';
    theirs.lines.push({ id: 'l4', kind: 'input', section: 'p08', name: 'ny', label: 'Ny', unit: '1000 kr', view: 'rammer', values: [5, 5, 5, 5] });
    mine.lines = mine.lines.filter((l) => l.id !== 'l3'); // mine removed a line they left alone
    const changes = threeWay(b, mine, theirs);
    const summary = changes.map((c) => `${c.side} ${JSON.stringify(c.path)}`).sort();
    expect(summary).toEqual(
      [
        'mine ["lines",{"id":"l1"},"values",1]',
        'theirs ["lines",{"id":"l1"},"values",2]',
        'conflict ["lines",{"id":"l2"},"formula"]',
        'mine ["lines",{"id":"l3"}]',
        'theirs ["lines",{"id":"l4"}]',
        'theirs ["name"]',
      ].sort(),
    );
    const conflict = changes.find((c) => c.side === 'conflict')!;
    expect([conflict.base, conflict.mine, conflict.theirs]).toEqual(['p05.vikar * 2', 'p05.vikar * 3', 'p05.vikar * 4']);

    // Accept all of theirs, keep my side of the conflict: one set of patches on mine.
    const patches = mergePatches(changes, (c) => (c.side === 'theirs' ? 'theirs' : 'mine'));
    const merged = applyPatches(mine, patches).doc;
    expect(merged.name).toBe('Plan (Kari)');
    expect(merged.lines.map((l) => l.id)).toEqual(['l1', 'l2', 'l4']);
    expect((merged.lines[0] as { values: number[] }).values).toEqual([100, 250, 333, 400]);
    expect((merged.lines[1] as { formula: string }).formula).toBe('p05.vikar * 3');
    // And the inverse patches take it back: the merge is one undoable edit.
    expect(applyPatches(merged, applyPatches(mine, patches).inverse).doc).toEqual(mine);
  });

  it('takes their side of a conflict and their removals when chosen', () => {
    const b = base();
    const mine = clone(b);
    const theirs = clone(b);
    (mine.lines[2] as { values: number[] }).values[0] = 10;
    theirs.lines = theirs.lines.filter((l) => l.id !== 'l3'); // they removed what I changed: a conflict
    const changes = threeWay(b, mine, theirs);
    expect(changes.map((c) => c.side)).toEqual(['conflict']);
    expect(applyPatches(mine, mergePatches(changes, () => 'theirs')).doc.lines.map((l) => l.id)).toEqual(['l1', 'l2']);
    expect(applyPatches(mine, mergePatches(changes, () => 'mine')).doc).toEqual(mine);
  });

  it('takes back a change of mine that is rejected: the ancestor value returns', () => {
    const b = base();
    const mine = clone(b);
    (mine.lines[0] as { values: number[] }).values[0] = 999;
    mine.lines = mine.lines.filter((l) => l.id !== 'l3');
    const changes = threeWay(b, mine, clone(b));
    expect(changes.map((c) => c.side)).toEqual(['mine', 'mine']);
    expect(applyPatches(mine, mergePatches(changes, () => 'theirs')).doc.lines).toEqual(b.lines.filter((l) => l.id !== 'l3').concat(b.lines[2]));
  });

  it('ignores where the document was imported from', () => {
    const b = base();
    const theirs = { ...clone(b), importedFrom: [{ scenarioId: 'scenario_plan', revision: 3 }] };
    expect(threeWay(b, clone(b), theirs)).toEqual([]);
  });

  it('finds nothing when nothing changed, or both made the same change', () => {
    const b = base();
    expect(threeWay(b, clone(b), clone(b))).toEqual([]);
    const m = clone(b);
    const t = clone(b);
    m.description = t.description = 'Samme endring';
    expect(threeWay(b, m, t)).toEqual([]);
  });

  it('compares two ways when the ancestor is gone: every difference is theirs', () => {
    const mine = base();
    const theirs = clone(mine);
    theirs.description = 'Fra Kari';
    (theirs.lines[0] as { values: number[] }).values[3] = 1;
    const changes = twoWay(mine, theirs);
    expect(changes.map((c) => c.side)).toEqual(['theirs', 'theirs']);
    expect(applyPatches(mine, mergePatches(changes, () => 'theirs')).doc).toEqual(theirs);
  });
});
