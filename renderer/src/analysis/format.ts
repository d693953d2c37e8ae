// Numbers as the analysis panel shows and reads them: nb-NO (or en), percent lines as per cent.
import { formatNumber, formatValue as formatByDisplay, parseNumber } from '../../../shared/format';
import type { LineSpec } from '../../../shared/engine/types';
import type { Lang } from '../../../shared/i18n';
import { metaOf } from '../../../shared/analysis/levers';

/** A line's value for reading, as the grid shows it (amounts whole, rates with two decimals). */
export function formatValue(spec: LineSpec | undefined, value: number, lang: Lang): string {
  return formatByDisplay(value, (spec && metaOf(spec).display) ?? 'amount', lang);
}

/** What an input field shows for a value: per cent points for percent lines, without the "%" sign. */
export function editText(value: number, percent: boolean, lang: Lang): string {
  if (!Number.isFinite(value)) return '';
  return percent ? formatNumber(value * 100, { decimals: 2, lang }) : formatNumber(value, { decimals: 2, lang }).replace(/[,.]00$/, '');
}

/** Reads a typed number; for a percent line "1,75" and "1,75 %" both mean 0.0175. Null when it is no number. */
export function readNumber(text: string, percent: boolean, lang: Lang): number | null {
  const r = parseNumber(text, { lang });
  if (!r.ok || r.value === null) return null;
  return percent && !r.percent ? r.value / 100 : r.value;
}

/** A line's label in the chosen language (the domain gives it as an i18n code with parameters). */
export function labelOf(spec: LineSpec, t: (key: string, params?: Record<string, string | number>) => string): string {
  const label = metaOf(spec).label;
  return label ? t(label.code, label.params) : (spec.label ?? spec.key);
}
