// When a step of the history was made, as a finance officer reads it: "03.12.2026, 19:20" (nb-NO), "03/12/2026,
// 19:20" (en-GB).
import type { Lang } from '../../../shared/i18n';

export function editTime(at: string, lang: Lang): string {
  const time = new Date(at);
  if (Number.isNaN(time.getTime())) return '';
  return new Intl.DateTimeFormat(lang === 'nb' ? 'nb-NO' : 'en-GB', { dateStyle: 'short', timeStyle: 'short' }).format(time);
}
