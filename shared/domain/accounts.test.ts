// Budget against accounts with the seed's numbers (årsevaluering 2023, seed 001, in the Drammen example): the
// deviation flags against the threshold, their count, and the threshold as an editable input line.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { cellPatches } from '../live/cellEdits';
import { LiveScenario } from '../live/scenario';
import { DEFAULT_DEVIATION_THRESHOLD } from '../model/accounts';
import { parseScenario, parseScenarioFile } from '../model/file';
import type { Scenario } from '../model/scenario';
import { ACCOUNT_KEYS, accountRowKey } from './accounts';
import { buildLines } from './buildLines';
import { computeScenario } from './compute';
import type { DomainLine } from './types';

const drammen = (): Scenario => {
  const r = parseScenarioFile(readFileSync(new URL('../../resources/examples/drammen-hop-2024-27.handlingsrom', import.meta.url), 'utf8'));
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  return r.value.scenario;
};

const CODES = ['P04', 'P05', 'P06', 'P07', 'P08'];
const Y2023 = 0; // the example starts in 2023

function flags(value: (key: string, y: number) => number, y = Y2023): string[] {
  return CODES.filter((c) => value(`${accountRowKey(c)}.over_terskel`, y) === 1);
}

function withThreshold(s: Scenario, share: number | undefined): Scenario {
  const next = { ...s, accounts: { ...s.accounts } };
  if (share === undefined) delete next.accounts.thresholdShare;
  else next.accounts.thresholdShare = share;
  const r = parseScenario(next);
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  return r.value;
}

describe('accounts: deviations over the threshold (seed 001, 2023)', () => {
  it('defaults to 3 %: P04 (−3,5 %), P05 (−3,6 %) and P07 (+4,5 %) are flagged, P06 (0,1 %) and P08 (1,1 %) not', () => {
    const s = drammen();
    expect(s.accounts.thresholdShare).toBeUndefined();
    const c = computeScenario(s);
    const v = (k: string, y: number) => c.engine.value(k, y);
    expect(v(ACCOUNT_KEYS.threshold, Y2023)).toBe(DEFAULT_DEVIATION_THRESHOLD);
    expect(DEFAULT_DEVIATION_THRESHOLD).toBe(0.03);
    expect(flags(v)).toEqual(['P04', 'P05', 'P07']);
    expect(v(ACCOUNT_KEYS.flaggedCount, Y2023)).toBe(3);
    // Years without accounts: nothing to flag (blank budget and accounts give a share of 0).
    expect(v(ACCOUNT_KEYS.flaggedCount, 1)).toBe(0);
    for (const l of c.lines.filter((x) => x.key.startsWith('regnskap.'))) expect(c.engine.lineError(l.key), l.key).toBeUndefined();
  });

  it('flags either way, strictly above the threshold, by the unrounded share', () => {
    // |P04| = 12 749 / 366 207 = 3,48 %, |P05| = 15 816 / 442 644 = 3,57 %, P07 = 7 432 / 165 862 = 4,48 %.
    const at = (share: number) => {
      const c = computeScenario(withThreshold(drammen(), share));
      const v = (k: string, y: number) => c.engine.value(k, y);
      return { flagged: flags(v), count: v(ACCOUNT_KEYS.flaggedCount, Y2023) };
    };
    expect(at(0.035)).toEqual({ flagged: ['P05', 'P07'], count: 2 });
    expect(at(0.04)).toEqual({ flagged: ['P07'], count: 1 });
    expect(at(0.05)).toEqual({ flagged: [], count: 0 });
    expect(at(0.01)).toEqual({ flagged: ['P04', 'P05', 'P07', 'P08'], count: 4 });
    expect(at(0)).toEqual({ flagged: CODES, count: 5 });
    // P08's deviation is 5 732 / 513 634 = 1,116 %: a threshold of exactly that share does not flag it.
    expect(at(5732 / 513634).flagged).not.toContain('P08');
  });

  it('shows the threshold first in the view as a percent input line that writes accounts.thresholdShare', () => {
    const { lines } = buildLines(drammen());
    const view = lines.filter((l) => l.meta.view === 'regnskap');
    const threshold = view[0];
    expect(threshold.key).toBe(ACCOUNT_KEYS.threshold);
    expect(threshold.meta).toMatchObject({ style: 'input', display: 'percent', source: { path: ['accounts', 'thresholdShare'], kind: 'scalar' } });
    expect(threshold.unit).toBe('andel');
    const flag = lines.find((l) => l.key === 'regnskap.p05.over_terskel') as DomainLine;
    expect(flag.meta).toMatchObject({ style: 'computed', display: 'flag', entity: { kind: 'accountRow', id: 'p05' } });
    // Shown blank in years without the row's budget and accounts (the plan years after the accounts year).
    expect(flag.meta.blankUnless).toEqual(['regnskap.p05.revidert_budsjett', 'regnskap.p05.regnskap']);
    expect(flag.label).toBe('P05 Mennesker med nedsatt funksjonsevne: avvik over terskelen');
    expect(view[view.length - 1].key).toBe(ACCOUNT_KEYS.flaggedCount);
  });

  it('an edit of the threshold cell is one patch; the flags and the count follow, and undo brings them back', () => {
    const live = new LiveScenario(drammen(), 0);
    const source = (live.spec(ACCOUNT_KEYS.threshold)!.meta as DomainLine['meta']).source!;
    const patches = cellPatches(live.doc, source, [{ yearIndex: 2, value: 0.04 }]);
    expect(patches).toEqual([{ op: 'set', path: ['accounts', 'thresholdShare'], value: 0.04 }]);
    const { inverse } = live.apply(patches);
    expect(parseScenario(live.doc).ok).toBe(true);
    expect(live.engine.value(ACCOUNT_KEYS.threshold, Y2023)).toBe(0.04);
    expect(flags((k, y) => live.engine.value(k, y))).toEqual(['P07']);
    expect(live.engine.value(ACCOUNT_KEYS.flaggedCount, Y2023)).toBe(1);
    live.apply(inverse);
    expect(live.doc.accounts.thresholdShare).toBeUndefined();
    expect(live.engine.value(ACCOUNT_KEYS.flaggedCount, Y2023)).toBe(3);
  });

  it('refuses a threshold outside 0–100 %', () => {
    const s = drammen();
    for (const bad of [-0.01, 1.5, Number.NaN]) {
      expect(parseScenario({ ...s, accounts: { ...s.accounts, thresholdShare: bad } }).ok, String(bad)).toBe(false);
    }
  });

  it('makes no accounts lines, threshold included, for a scenario without account rows', () => {
    const s = drammen();
    const { lines } = buildLines({ ...s, accounts: { rows: [], thresholdShare: 0.02 } });
    expect(lines.filter((l) => l.meta.view === 'regnskap')).toEqual([]);
  });
});
