// AG Grid's own texts (the empty grid's "No Rows To Show", "Loading…") in the user's language.
import { useMemo } from 'react';
import { useI18n } from '../i18n/useI18n';

export function useGridLocaleText(): Record<string, string> {
  const { t } = useI18n();
  return useMemo(() => ({ noRowsToShow: t('grid.noRows'), loadingOoo: t('grid.loading') }), [t]);
}
