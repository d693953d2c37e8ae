// A date and time in local time as Intl's short styles write them (nb-NO "03.12.2026, 18:44", en-GB
// "03/12/2026, 18:44"), from the Date's own fields: the first Intl.DateTimeFormat of a page loads the browser's time
// zone data, 50–500 ms on a busy machine, and the scenario list shows these on every start.
import type { Lang } from '../i18n';

const two = (n: number) => String(n).padStart(2, '0');

export function shortDateTime(time: Date, lang: Lang): string {
  const sep = lang === 'nb' ? '.' : '/';
  return `${two(time.getDate())}${sep}${two(time.getMonth() + 1)}${sep}${time.getFullYear()}, ${two(time.getHours())}:${two(time.getMinutes())}`;
}
