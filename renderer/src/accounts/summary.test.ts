import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { LiveScenario } from '../../../shared/live/scenario';
import { parseScenarioFile } from '../../../shared/model/file';
import type { Scenario } from '../../../shared/model/scenario';
import { deviationSummary, yearsWithAccounts } from './summary';
import { notApplicableReason } from '../../../shared/domain/notApplicable';

function drammen(): Scenario {
  const file = path.resolve(import.meta.dirname, '../../../resources/examples/drammen-hop-2024-27.handlingsrom');
  const r = parseScenarioFile(fs.readFileSync(file, 'utf8'));
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  return r.value.scenario;
}

describe('deviation summary (seed 001, 2023)', () => {
  it('lists the year’s deviations largest first in kroner, those over 3 % marked, with the totals', () => {
    const live = new LiveScenario(drammen(), 0);
    const value = (k: string, y: number) => live.engine.value(k, y);
    expect(yearsWithAccounts(live.doc)).toEqual([2023]);
    const s = deviationSummary(live.doc, value, 2023)!;
    expect(s.entries.map((e) => [e.code, e.deviation, e.flagged])).toEqual([
      ['P05', -15_816, true],
      ['P04', -12_749, true],
      ['P07', 7_432, true],
      ['P08', 5_732, false],
      ['P06', 1_041, false],
    ]);
    expect(s.entries[0].share).toBeCloseTo(-15_816 / 442_644, 12);
    expect(s.threshold).toBe(0.03);
    expect(s.flaggedCount).toBe(3);
    // The sums of the rows: the seed prints 2 679 686 and − 14 362, the rounding of five printed numbers.
    expect(s.total).toMatchObject({ budget: 2_665_324, accounts: 2_679_684, deviation: -14_360 });
  });

  it('follows the threshold and the figures as they are edited', () => {
    const live = new LiveScenario(drammen(), 0);
    const value = (k: string, y: number) => live.engine.value(k, y);
    live.apply([{ op: 'set', path: ['accounts', 'thresholdShare'], value: 0.04 }]);
    expect(deviationSummary(live.doc, value, 2023)!.entries.filter((e) => e.flagged).map((e) => e.code)).toEqual(['P07']);
    // P06 overspends by 60 000 (5,1 %): now the largest, and flagged.
    live.apply([{ op: 'set', path: ['accounts', 'rows', { id: 'p06' }, 'accounts', 0], value: 1_236_977 }]);
    const s = deviationSummary(live.doc, value, 2023)!;
    expect(s.entries[0]).toMatchObject({ code: 'P06', deviation: -60_000, flagged: true });
    expect(s.flaggedCount).toBe(2);
  });

  it('has no deviation in per cent for a row without a revised budget (not applicable, not 0 %)', () => {
    const live = new LiveScenario(drammen(), 0);
    const value = (k: string, y: number) => live.engine.value(k, y);
    live.apply([{ op: 'set', path: ['accounts', 'rows', { id: 'p06' }, 'revisedBudget', 0], value: 0 }]);
    const p06 = deviationSummary(live.doc, value, 2023)!.entries.find((e) => e.code === 'P06')!;
    expect(p06.share).toBeNaN();
    expect(notApplicableReason(live.spec('regnskap.p06.avvik_andel'), 0, value)).toBe('line.na.noBudget');
    expect(notApplicableReason(live.spec('regnskap.p05.avvik_andel'), 0, value)).toBeUndefined();
  });

  it('is null for a year without figures or outside the horizon', () => {
    const live = new LiveScenario(drammen(), 0);
    const value = (k: string, y: number) => live.engine.value(k, y);
    expect(deviationSummary(live.doc, value, 2024)).toBeNull();
    expect(deviationSummary(live.doc, value, 2022)).toBeNull();
    expect(yearsWithAccounts({ ...live.doc, accounts: { rows: [] } })).toEqual([]);
  });
});
