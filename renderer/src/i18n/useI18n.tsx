// The language of the UI: bokmål by default, English selectable, remembered in localStorage.
import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';
import { LANG_STORAGE_KEY, storedLang } from './storedLang';
import { t as translate, tCode as translateCode, type Lang, type MessageKey, type MessageParams } from '../../../shared/i18n';

interface I18n {
  lang: Lang;
  setLang(lang: Lang): void;
  /** A text of the tables (a key no table has does not compile). */
  t(key: MessageKey, params?: MessageParams): string;
  /** A code that arrives at run time (an error's, an issue's); an unknown one shows as itself. */
  tCode(code: string, params?: MessageParams): string;
}

const I18nContext = createContext<I18n | null>(null);

export function I18nProvider({ children }: { children: ReactNode }) {
  const [lang, setLangState] = useState<Lang>(storedLang);
  const setLang = useCallback((next: Lang) => {
    localStorage.setItem(LANG_STORAGE_KEY, next);
    document.documentElement.lang = next;
    setLangState(next);
  }, []);
  const value = useMemo<I18n>(
    () => ({ lang, setLang, t: (key, params) => translate(lang, key, params), tCode: (code, params) => translateCode(lang, code, params) }),
    [lang, setLang],
  );
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  const ctx = useContext(I18nContext);
  if (!ctx) throw new Error('useI18n outside I18nProvider');
  return ctx;
}
