// AG Charts Community (MIT): the chart types the app draws (line and bar charts on category and number axes, with
// cross lines for targets and a legend), registered once, and what all the app's charts share — the scenario
// colours, nb-NO / en number formats on axes and in tooltips, and the theme. No string expressions anywhere
// (formatters and renderers are functions), so the charts run under the CSP without eval.
import {
  BarSeriesModule,
  CartesianChartModule,
  CategoryAxisModule,
  CrossLinesModule,
  LegendModule,
  LineSeriesModule,
  LocaleModule,
  ModuleRegistry,
  NumberAxisModule,
  type AgAxisLabelFormatterParams,
  type AgCartesianChartOptions,
  type AgLocaleOptions,
  type AgTooltipRendererResult,
} from 'ag-charts-community';
import { AG_CHARTS_LOCALE_EN_US, AG_CHARTS_LOCALE_NB_NO } from 'ag-charts-locale';
import { formatNumber } from '../../../shared/format';
import type { Lang } from '../../../shared/i18n';

ModuleRegistry.registerModules([CartesianChartModule, LineSeriesModule, BarSeriesModule, CategoryAxisModule, NumberAxisModule, CrossLinesModule, LegendModule, LocaleModule]);

/** AG Charts' own texts (the legend's and the series' screen-reader texts, "Legend item 1 of 2") in the UI's
 *  language, from AG Charts' locale package. */
export function chartLocale(lang: Lang): AgLocaleOptions {
  return { localeText: lang === 'nb' ? AG_CHARTS_LOCALE_NB_NO : AG_CHARTS_LOCALE_EN_US };
}

/** One colour per compared scenario (the first is the base), and a lighter tone of each for secondary series. */
export const SCENARIO_COLORS = ['#0b5394', '#e69138', '#38761d', '#a64d79'] as const;
export const SCENARIO_TINTS = ['#9fc5e8', '#f9cb9c', '#b6d7a8', '#d5a6bd'] as const;
export const TARGET_COLOR = '#cc0000';

export function colorOf(index: number): string {
  return SCENARIO_COLORS[index % SCENARIO_COLORS.length];
}

export function tintOf(index: number): string {
  return SCENARIO_TINTS[index % SCENARIO_TINTS.length];
}

export function formatAmount(value: unknown, lang: Lang): string {
  return typeof value === 'number' ? formatNumber(value, { lang }) : '';
}

export function formatPercent(value: unknown, lang: Lang, decimals = 1): string {
  return typeof value === 'number' ? formatNumber(value, { percent: true, decimals, lang }) : '';
}

export function amountLabel(lang: Lang) {
  return { formatter: (p: AgAxisLabelFormatterParams) => formatAmount(p.value, lang) };
}

export function percentLabel(lang: Lang) {
  return { formatter: (p: AgAxisLabelFormatterParams) => formatPercent(p.value, lang, 1) };
}

/** An axis title at the size of the axis labels (long titles wrap in narrow charts otherwise). */
export function axisTitle(text: string) {
  return { text, fontSize: 11 };
}

/** A tooltip showing the year, the series and its value formatted for the reader. */
export function tooltip(lang: Lang, percent = false) {
  return {
    renderer: (p: { datum: Record<string, unknown>; yKey: string; title?: string; xKey: string }): AgTooltipRendererResult => ({
      heading: String(p.datum[p.xKey] ?? ''),
      title: p.title,
      data: [{ label: p.title ?? '', value: percent ? formatPercent(p.datum[p.yKey], lang, 2) : formatAmount(p.datum[p.yKey], lang) }],
    }),
  };
}

/** The options every chart starts from. */
export function baseOptions(noData: string): Partial<AgCartesianChartOptions> {
  return {
    theme: {
      baseTheme: 'ag-default',
      params: { fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif', fontSize: 12, foregroundColor: '#1f2933', backgroundColor: '#ffffff' },
    },
    padding: { top: 8, right: 16, bottom: 8, left: 8 },
    legend: { position: 'bottom', orientation: 'horizontal', maxHeight: 160, item: { maxWidth: 240 } },
    overlays: { noData: { text: noData } },
  };
}
