import { useI18n } from '../i18n/useI18n';

export function Sidebar() {
  const { t } = useI18n();
  return (
    <nav className="sidebar" aria-label={t('app.scenarios')}>
      <div className="sidebar-head">
        <h1 className="brand">{t('app.name')}</h1>
        <p className="tagline">{t('app.tagline')}</p>
      </div>
      <div className="sidebar-section">
        <h2>{t('app.scenarios')}</h2>
        <button type="button" className="primary" data-testid="new-scenario">
          + {t('app.newScenario')}
        </button>
        <p className="empty" data-testid="no-scenarios">
          {t('app.noScenarios')}
        </p>
      </div>
    </nav>
  );
}
