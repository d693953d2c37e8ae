// What a KOSTRA import will bring in, in plain words.

import { formatNumber } from '../../format/numberFormat';
import { t, type Lang } from '../../i18n/index';
import { failureLines, skippedLines, warningLines } from '../preview';
import type { KostraResult } from './types';

/** The comparison as lines of text: what is compared with what, the potential per service and in total. */
export function describeKostra(result: KostraResult, lang: Lang): string[] {
  if (!result.ok) return failureLines(lang, result.errors);
  const n = (v: number): string => formatNumber(v, { lang });
  const unit = result.costUnit ?? '';
  const lines = [
    t(lang, 'imports.preview.kostra', {
      count: result.services.length,
      own: result.ownLabel,
      peer: result.peerLabel,
      volume: result.volumeLabel,
    }),
  ];
  for (const s of result.services) {
    lines.push(
      t(lang, 'imports.preview.kostraService', {
        service: s.service,
        own: n(s.own),
        peer: n(s.peer),
        volume: n(s.volume),
        potential: n(s.potential),
        unit,
      }),
    );
  }
  lines.push(t(lang, 'imports.preview.kostraTotal', { total: n(result.total), positive: n(result.totalPositive), unit }));
  lines.push(...skippedLines(lang, result.skipped));
  lines.push(...warningLines(lang, result.warnings));
  return lines;
}
