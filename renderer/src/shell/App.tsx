import { useI18n } from '../i18n/useI18n';
import { AboutPanel } from './AboutPanel';
import { LanguagePicker } from './LanguagePicker';
import { Sidebar } from './Sidebar';

export function App() {
  const { t } = useI18n();
  return (
    <div className="app">
      <Sidebar />
      <main className="main">
        <header className="topbar">
          <LanguagePicker />
        </header>
        <div className="welcome">
          <h2>{t('app.welcomeTitle')}</h2>
          <p>{t('app.welcomeText')}</p>
          <AboutPanel />
        </div>
      </main>
    </div>
  );
}
