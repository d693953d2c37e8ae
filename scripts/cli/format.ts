// Numbers for the terminal, in nb-NO by default, through shared/format (the app's own formatting).
import type { DisplayFormat } from '../../shared/domain/types';
import { formatNumber } from '../../shared/format/index';
import type { Lang } from '../../shared/i18n/index';

export function formatValue(value: number, display: DisplayFormat, lang: Lang, opts: { percentDecimals?: number } = {}): string {
  if (Number.isNaN(value)) return '';
  switch (display) {
    case 'percent': {
      // One decimal as the documents print, two when the value needs them (a target of 1,75 %).
      const needsTwo = Math.abs(Math.round(value * 1e5) - Math.round(value * 1e3) * 100) > 0;
      return formatNumber(value, { percent: true, decimals: opts.percentDecimals ?? (needsTwo ? 2 : 1), lang });
    }
    case 'year':
    case 'month':
      return String(Math.round(value));
    case 'number':
      return formatNumber(value, { decimals: Number.isInteger(value) ? 0 : 2, lang });
    default:
      return formatNumber(value, { decimals: 0, lang });
  }
}
