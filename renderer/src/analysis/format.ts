// Numbers as the analysis panel shows and reads them: nb-NO (or en), percent lines as per cent.
import { formatNumber, formatValue as formatByDisplay, type InputTarget } from '../../../shared/format';
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

/** What a field of a line is read into: the line's unit, per cent when the line is shown so ("1,75" and "1,75 %"
 *  both 0.0175; "1,5 mill." is 1 500 in a 1000 kr line and refused in a rate). A factor has no unit. */
export function fieldTarget(spec: LineSpec | undefined, percent: boolean, factor = false): InputTarget {
  return factor ? {} : { unit: spec?.unit, percent };
}

/** A line's label in the chosen language (the domain gives it as an i18n code with parameters). */
export function labelOf(spec: LineSpec, t: (key: string, params?: Record<string, string | number>) => string): string {
  const label = metaOf(spec).label;
  return label ? t(label.code, label.params) : (spec.label ?? spec.key);
}
