// An analysis failure as text: numbers formatted for the language, the model's own error (if any) after it.
import { formatNumber } from '../format/numberFormat';
import { tCode, type Lang } from '../i18n/index';
import type { AnalysisFailure } from './types';

/** Decimals that show a number with up to six significant digits and no trailing zeros. */
function decimalsOf(x: number): number {
  const text = String(Number(x.toPrecision(6)));
  if (/e/i.test(text)) return 10;
  const dot = text.indexOf('.');
  return dot < 0 ? 0 : text.length - dot - 1;
}

export function analysisMessage(lang: Lang, f: Pick<AnalysisFailure, 'code' | 'params' | 'cause'>): string {
  const params: Record<string, string | number> = {};
  for (const [k, v] of Object.entries(f.params)) {
    params[k] = typeof v === 'number' && Number.isFinite(v) ? formatNumber(v, { lang, decimals: decimalsOf(v) }) : v;
  }
  const text = tCode(lang, f.code, params);
  return f.cause === undefined ? text : `${text} ${tCode(lang, f.cause.code, f.cause.params)}`;
}
