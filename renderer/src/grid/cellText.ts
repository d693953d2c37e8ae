// A line's cell as text, the same on screen (the grid's cells) and on paper (the printed view).
import { formatValue } from '../../../shared/format';
import type { Lang, MessageKey } from '../../../shared/i18n';
import type { LineRow, LineSource } from './types';

/** Year i of `row`, whose value (blank: null) the caller has read from `source`. */
export function cellText(row: LineRow, value: number | null, i: number, source: LineSource, t: (key: MessageKey) => string, lang: Lang): string {
  if (source.error(row.key, i)) return '#FEIL';
  if (value === null && source.notApplicable?.(row.key, i)) return '–';
  if (row.highlight === 'flag' && value !== null && Number.isFinite(value)) return t(value >= 0.5 ? 'grid.flag.on' : 'grid.flag.off');
  if (row.display === 'flag') return value !== null && Number.isFinite(value) ? String(Math.round(value)) : '';
  return formatValue(value, row.display ?? 'amount', lang);
}
