// The language the user chose last (localStorage), bokmål by default. Its own small module: the page's entry
// (api/boot.ts) reads it before the app's code has loaded.
import type { Lang } from '../../../shared/i18n';

export const LANG_STORAGE_KEY = 'handlingsrom.lang';

export function storedLang(): Lang {
  try {
    return localStorage.getItem(LANG_STORAGE_KEY) === 'en' ? 'en' : 'nb';
  } catch {
    return 'nb';
  }
}
