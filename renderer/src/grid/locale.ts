// AG Grid's own texts — the empty grid's "No Rows To Show", and the hidden screen-reader texts (row and column
// counts, pagination, sort and filter hints) — in the user's language: AG Grid's locale package for bokmål or
// English, with the app's own wording where it has one. The grid reads them only when it is made, so every grid
// is keyed by the language (key={lang}): switching makes it anew, headers and hidden texts in the new language.
import { AG_GRID_LOCALE_EN, AG_GRID_LOCALE_NO } from '@ag-grid-community/locale';
import { useMemo } from 'react';
import { useI18n } from '../i18n/useI18n';

export function useGridLocaleText(): Record<string, string> {
  const { t, lang } = useI18n();
  return useMemo(
    () => ({ ...(lang === 'nb' ? AG_GRID_LOCALE_NO : AG_GRID_LOCALE_EN), noRowsToShow: t('grid.noRows'), loadingOoo: t('grid.loading') }),
    [t, lang],
  );
}
