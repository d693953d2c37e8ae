// Reconciliation: where a published table prints a total, compare it with the computed line. The comparison is
// about the document's own arithmetic, so it is made with the scenario's measures and demographic adjustments
// switched off (scenario.med_endringer = 0 for the moment of reading): switching on a measure in P08 is not a
// finding against the printed P08 frame, but the printed P05 totals that do not add up are.
// Tolerance: ±1 per summed term for amounts (the tables round each term), 0.05 percentage points for percentages.
import type { Engine } from '../engine';
import { SWITCH_KEY } from './inputs';
import type { DomainLine, Finding } from './types';

const EPS = 1e-9;

function readFindings(engine: Engine, lines: readonly DomainLine[]): Finding[] {
  const out: Finding[] = [];
  for (const line of lines) {
    const stated = line.meta.stated;
    if (!stated) continue;
    const percent = line.meta.display === 'percent';
    const n = Math.min(stated.values.length, engine.years);
    for (let y = 0; y < n; y++) {
      const s = stated.values[y];
      if (s === null || s === undefined) continue;
      const year = engine.firstYear + y;
      const v = engine.value(line.key, y);
      if (Number.isNaN(v)) {
        out.push({
          key: line.key,
          year,
          stated: s,
          computed: null,
          message: { code: 'domain.finding.error', params: { label: line.label, key: line.key, year: String(year) } },
        });
        continue;
      }
      const diff = v - s;
      if (Math.abs(diff) <= stated.tolerance + EPS) continue;
      // Percentages in percentage points with three decimals, so a difference just above 0.05 does not read as 0.05.
      const shown = (x: number) => (percent ? Math.round(x * 100000) / 1000 : Math.round(x));
      out.push({
        key: line.key,
        year,
        stated: s,
        computed: v,
        message: {
          code: stated.code ?? (percent ? 'domain.finding.mismatchPercent' : 'domain.finding.mismatch'),
          params: { label: line.label, key: line.key, year: String(year), stated: shown(s), computed: shown(v), diff: shown(diff) },
        },
      });
    }
  }
  return out;
}

/** The findings of a loaded engine. Leaves the engine as it found it (the switch is restored). */
export function reconcile(engine: Engine, lines: readonly DomainLine[]): Finding[] {
  if (!lines.some((l) => l.meta.stated)) return [];
  const switchSpec = engine.spec(SWITCH_KEY);
  const saved = switchSpec?.input ? Float64Array.from(switchSpec.input) : undefined;
  const needsOff = saved !== undefined && saved.some((v) => v !== 0);
  if (!needsOff) return readFindings(engine, lines);
  engine.setInputs(SWITCH_KEY, new Float64Array(engine.years).fill(0));
  try {
    return readFindings(engine, lines);
  } finally {
    engine.setInputs(SWITCH_KEY, saved);
  }
}
