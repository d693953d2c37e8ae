// When the version a file was exported from was made, as the user reads it ("3. desember 2026 kl. 15:52"): the
// store's internal revision number means nothing to a finance officer.
import type { Lang, MessageKey } from '../../../shared/i18n';

type T = (key: MessageKey, params?: Record<string, string | number>) => string;

export function exportedWhen(at: string | null | undefined, t: T, lang: Lang): string {
  const time = at ? new Date(at) : null;
  if (!time || Number.isNaN(time.getTime())) return t('review.whenUnknown');
  const locale = lang === 'nb' ? 'nb-NO' : 'en-GB';
  return t('review.when', {
    date: new Intl.DateTimeFormat(locale, { dateStyle: 'long' }).format(time),
    time: new Intl.DateTimeFormat(locale, { timeStyle: 'short' }).format(time),
  });
}
