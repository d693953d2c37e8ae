// The app itself, imported by the page's entry (main.tsx) once the first view's data has been asked for.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { ApiProvider } from './api/ApiContext';
import { createApi } from './api/transport';
import { I18nProvider } from './i18n/useI18n';
import { App } from './shell/App';
import { bootApi } from './api/boot';
import { isTeamMode } from './team/mode';
import { TeamGate } from './gate/TeamGate';
import './styles.css';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <I18nProvider>
      {isTeamMode() ? (
        <TeamGate />
      ) : (
        <ApiProvider api={bootApi() ?? createApi()}>
          <App />
        </ApiProvider>
      )}
    </I18nProvider>
  </StrictMode>,
);
