// The numbers behind the charts, read from a computed scenario by the domain's line keys, and laid out as the
// rows a chart library takes (one row per year, one field per scenario and measure). Pure, so it is tested here
// and the chart components only draw.
import type { Engine, LineKey } from '../engine';
import { notApplicableReason } from '../domain/notApplicable';
import { planYears } from '../model/years';

/** The domain lines the charts read (shared/domain: results.ts, fund.ts, measures.ts, inputs.ts). */
export const CHART_KEYS = {
  netResult: 'resultat.netto_driftsresultat',
  resultatgrad: 'resultat.resultatgrad',
  target: 'resultat.resultatgrad_mal',
  fund: 'fond.saldo',
  required: 'fond.reservekrav',
  requirement: 'plan.innsparingskrav',
  planned: 'tiltak.sum_innsparing',
  risk: 'tiltak.sum_risikojustert',
} as const satisfies Record<string, LineKey>;

export type ChartMeasure = keyof typeof CHART_KEYS;

/** One scenario's chart numbers: per plan year, null where the line is missing or its cell is an error. */
export interface ScenarioChartData {
  name: string;
  /** A short tag for legends when several scenarios are charted (A, B, …); the name otherwise. */
  tag?: string;
  years: number[];
  values: Record<ChartMeasure, (number | null)[]>;
}

export function scenarioChartData(name: string, engine: Engine): ScenarioChartData {
  const years = planYears(engine);
  const values = {} as Record<ChartMeasure, (number | null)[]>;
  const valueOf = (k: LineKey, y: number) => engine.value(k, y);
  for (const [measure, key] of Object.entries(CHART_KEYS) as [ChartMeasure, LineKey][]) {
    const spec = engine.has(key) ? engine.spec(key) : undefined;
    values[measure] = years.map((_, y) => {
      if (!engine.has(key)) return null;
      // Not applicable that year (a share without revenue): a gap in the line, not a point at 0.
      if (notApplicableReason(spec, y, valueOf)) return null;
      const v = engine.value(key, y);
      return Number.isFinite(v) ? v : null;
    });
  }
  return { name, years, values };
}

/** The field of a chart row holding `measure` for the scenario at `index`. */
export function fieldOf(measure: ChartMeasure, index: number): string {
  return `${measure}_${index}`;
}

export type ChartRow = { year: string } & Record<string, number | string | undefined>;

/**
 * Rows for a chart over the union of the scenarios' years: `{ year: '2024', netResult_0: …, netResult_1: … }`.
 * A value a scenario does not have is left out of its row (a gap in the chart), never drawn as 0.
 */
export function chartRows(series: readonly ScenarioChartData[], measures: readonly ChartMeasure[]): ChartRow[] {
  const years = [...new Set(series.flatMap((s) => s.years))].sort((x, y) => x - y);
  return years.map((year) => {
    const row: ChartRow = { year: String(year) };
    series.forEach((s, i) => {
      const y = s.years.indexOf(year);
      if (y < 0) return;
      for (const m of measures) {
        const v = s.values[m][y];
        if (v !== null) row[fieldOf(m, i)] = v;
      }
    });
    return row;
  });
}

/** Whether any scenario has a value for `measure` (a chart without data shows a note instead of empty axes). */
export function hasData(series: readonly ScenarioChartData[], measure: ChartMeasure): boolean {
  return series.some((s) => s.values[measure].some((v) => v !== null));
}

/** The field of the part of a scenario's planned saving that the risk adjustment takes away. */
export function unrealisedField(index: number): string {
  return `unrealised_${index}`;
}

/**
 * Rows for the savings chart: per scenario the risk-adjusted saving and, stacked on it, the part of the planned
 * saving the risk adjustment takes away (so the stack is as tall as the planned saving), and the requirement.
 */
export function savingsRows(series: readonly ScenarioChartData[]): ChartRow[] {
  const rows = chartRows(series, ['planned', 'risk', 'requirement']);
  for (const row of rows) {
    series.forEach((_, i) => {
      const planned = row[fieldOf('planned', i)];
      const risk = row[fieldOf('risk', i)];
      if (typeof planned === 'number' && typeof risk === 'number') row[unrealisedField(i)] = planned - risk;
    });
  }
  return rows;
}
