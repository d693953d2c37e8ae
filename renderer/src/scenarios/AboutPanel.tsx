import { useEffect, useState } from 'react';
import type { AppInfo } from '../../../shared/api/contract';
import { useApi } from '../api/ApiContext';
import { useI18n } from '../i18n/useI18n';
import { errorText } from '../i18n/errorText';

/** The first operation end to end: renderer → transport → service → SQLite → back. */
export function AboutPanel() {
  const api = useApi();
  const { t, tCode } = useI18n();
  const [info, setInfo] = useState<AppInfo | null>(null);
  const [error, setError] = useState<unknown>(null);

  useEffect(() => {
    api.call('app.info', {}).then(setInfo, setError);
  }, [api]);

  if (error) return <p className="error" role="alert">{errorText(error, tCode)}</p>;
  if (!info) return <p>{t('app.loading')}</p>;
  return (
    <section className="about" data-testid="app-info">
      <h3>{t('app.about')}</h3>
      <dl>
        <dt>{t('app.version')}</dt>
        <dd data-testid="app-version">{info.version}</dd>
        <dt>{t('app.dataDir')}</dt>
        <dd data-testid="app-data-dir">{info.dataDir}</dd>
        <dt>{t('app.schemaVersion')}</dt>
        <dd data-testid="app-schema-version">{info.schemaVersion}</dd>
      </dl>
    </section>
  );
}
