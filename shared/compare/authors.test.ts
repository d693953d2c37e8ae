import { describe, expect, it } from 'vitest';
import type { HistoryEntry } from '../api/contract';
import type { Path } from '../patch';
import { authorOf } from './authors';
import type { Change } from './types';

const step = (revision: number, authorName: string, paths: HistoryEntry['paths']): HistoryEntry => ({
  revision,
  at: `2026-12-03T18:0${revision}:00.000Z`,
  kind: 'edit',
  label: `steg ${revision}`,
  target: null,
  authorName,
  paths,
});

// Newest first, as scenario.history gives it.
const history = [
  step(4, 'Ola', [['areas', { id: 'p07' }, 'frame', 'originalBudget', 2]]),
  step(3, 'Kari', [['measures', { id: 'm1' }, 'included']]),
  step(2, 'Ola', [['areas', { id: 'p05' }, 'frame', 'originalBudget']]),
  step(1, 'Kari', [['areas', { id: 'p05' }, 'frame', 'originalBudget', 1]]),
];
const pathOf = (key: string): Path | undefined => (key === 'p05.opprinnelig_budsjett' ? ['areas', { id: 'p05' }, 'frame', 'originalBudget'] : key === 'p05.vikar' ? ['areas', { id: 'p05' }, 'frame', 'temps'] : undefined);

describe('who changed what (the history traced to a change)', () => {
  it('names the newest step that touched an input line’s place, a year of it or the whole series', () => {
    const change: Change = { kind: 'input.changed', key: 'p05.opprinnelig_budsjett', code: 'x', params: {}, entity: { kind: 'area', id: 'p05' } };
    expect(authorOf(change, history, pathOf)?.revision).toBe(2);
    expect(authorOf(change, history.slice(2), pathOf)?.authorName).toBe('Ola');
    expect(authorOf(change, history.slice(3), pathOf)?.authorName).toBe('Kari');
    // Another line of the same area was not touched by those steps.
    expect(authorOf({ ...change, key: 'p05.vikar' }, history, pathOf)).toBeUndefined();
  });

  it('names who switched a measure off by its id, and nobody where no step made the change (the copy’s start)', () => {
    const off: Change = { kind: 'measure.off', key: 'tiltak.m1', code: 'x', params: {}, entity: { kind: 'measure', id: 'm1' } };
    expect(authorOf(off, history, pathOf)?.authorName).toBe('Kari');
    expect(authorOf({ ...off, entity: { kind: 'measure', id: 'm2' } }, history, pathOf)).toBeUndefined();
    expect(authorOf(off, history.map((h) => ({ ...h, paths: undefined })), pathOf)).toBeUndefined();
  });
});
