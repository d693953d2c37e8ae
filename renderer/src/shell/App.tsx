import { useCallback, useEffect, useMemo, useState } from 'react';
import type { StartInfo } from '../../../shared/api/contract';
import type { Envelope } from '../../../shared/api/errors';
import { useApi } from '../api/ApiContext';
import { CommandProvider, useCommands, type CommandHandler } from '../commands/CommandBus';
import { CommandPalette } from '../commands/CommandPalette';
import { useI18n } from '../i18n/useI18n';
import { Sidebar } from '../scenarios/Sidebar';
import { lazyNamed } from '../widgets/Lazy';
import { useScenarios } from '../scenarios/useScenarios';
import { Workspace } from '../workspace/Workspace';
import { ImportOffer } from '../review/ImportOffer';
import { useFileImport } from '../review/useFileImport';
import { LanguagePicker } from './LanguagePicker';
import { takeStart } from '../api/boot';
import { useSession } from '../team/session';
import { UserBadge } from '../team/UserBadge';
import { SyncBar } from '../sync/SyncBar';
import { syncAvailable } from '../sync/available';
import { useSyncStatus } from '../sync/useSyncStatus';

// Sammenlign and the review of a file that comes back load when first opened.
const CompareView = lazyNamed(() => import('../compare/CompareView'), 'CompareView');
const ReviewView = lazyNamed(() => import('../review/ReviewView'), 'ReviewView');
const SyncConflictView = lazyNamed(() => import('../sync/SyncConflictView'), 'SyncConflictView');
const UsersDialog = lazyNamed(() => import('../team/UsersDialog'), 'UsersDialog');
/** The desktop app and the web mode on a laptop can connect to a team server (not a team server's own page). */
const withSync = syncAvailable();

interface AppCommandsProps {
  openPalette(mode: 'commands' | 'open'): void;
  compare: CommandHandler;
  close(): void;
}

/** The commands the shell itself answers (inside the CommandProvider that App renders). */
function AppCommands({ openPalette, compare, close }: AppCommandsProps) {
  const { lang, setLang } = useI18n();
  useCommands('app', {
    'app.palette': () => openPalette('commands'),
    'scenario.open': () => openPalette('open'),
    'view.compare': compare,
    'scenario.close': close,
    // The desktop app saves a PDF through its own dialog; a browser prints (or saves a PDF) itself.
    'app.print': () => (window.handlingsrom ? void window.handlingsrom.shellCommand('app.print') : window.print()),
    'app.language': () => setLang(lang === 'nb' ? 'en' : 'nb'),
  });
  return null;
}

interface Message {
  text: string;
  kind: 'info' | 'error';
}

const HINT_KEY = 'handlingsrom.firstStepsHidden';

export function App() {
  const api = useApi();
  const { t, tCode } = useI18n();
  const { list, trash, refresh } = useScenarios();
  const { usersOpen, closeUsers } = useSession();
  const [message, setMessage] = useState<Message | null>(null);
  // Bumped when the open scenario changed outside its workspace, so the workspace reopens it.
  const [epoch, setEpoch] = useState(0);

  const onMessage = useCallback((text: string | null, kind: 'info' | 'error' = 'info') => setMessage(text ? { text, kind } : null), []);

  const [palette, setPalette] = useState<'commands' | 'open' | null>(null);
  const [chosenId, setChosenId] = useState<string | null>(null);
  const [comparing, setComparing] = useState(false);
  // The conflicts of the open scenario with the team server are shown instead of its workspace.
  const [resolving, setResolving] = useState(false);
  const setSelectedId = useCallback((id: string | null) => {
    setChosenId(id);
    setComparing(false);
    setResolving(false);
  }, []);
  // Until the user picks one, the most recently changed scenario is open (the plan example on a fresh install),
  // unless its last opening never finished or the user asked to start on the list (the back end says which).
  const [start, setStart] = useState<StartInfo | null>(null);
  useEffect(() => {
    (takeStart() ?? api.call('app.start', {})).then(
      (s) => {
        setStart(s);
        if (s.reason === 'unfinished') onMessage(t('app.startUnfinished', { name: s.name ?? '' }), 'info');
        else if (s.reason === 'asked') onMessage(t('app.startAsked'), 'info');
      },
      () => setStart({ openLast: true }),
    );
    // Once per page: the answer says how this page started.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [api]);
  const selectedId = chosenId ?? (start?.openLast ? (list?.[0]?.id ?? null) : null);
  const sync = useSyncStatus(selectedId, withSync);
  const linked = useMemo(() => new Map((sync.status?.linked ?? []).map((l) => [l.id, l])), [sync.status]);
  const close = useCallback(() => {
    setChosenId(null);
    setComparing(false);
    setStart({ openLast: false });
  }, []);
  // A new store holds only the example it started with, unchanged: say what to do next until the user edits it or
  // hides the line.
  const [hintHidden, setHintHidden] = useState(() => localStorage.getItem(HINT_KEY) === '1');
  const fresh = !hintHidden && !comparing && list?.length === 1 && list[0].revision === 0 && list[0].id === selectedId ? list[0] : null;

  const fileImport = useFileImport({ refresh, onSelect: setSelectedId, onMessage });
  const { importFile: importContent, reviewing, endReview } = fileImport;
  const openCompare = useCallback(() => {
    endReview();
    setComparing(true);
  }, [endReview]);
  const importFile = useCallback(async (file: File) => importContent(file.name, await file.text()), [importContent]);
  // Opening another scenario (or Sammenlign) leaves a review: nothing of it was written.
  const select = useCallback(
    (id: string | null) => {
      endReview();
      setSelectedId(id);
    },
    [endReview, setSelectedId],
  );

  // A scenario file dropped anywhere on the window is imported as a new scenario.
  useEffect(() => {
    const over = (e: DragEvent) => {
      if (e.dataTransfer?.types.includes('Files')) e.preventDefault();
    };
    const drop = (e: DragEvent) => {
      const files = Array.from(e.dataTransfer?.files ?? []);
      if (files.length === 0) return;
      e.preventDefault();
      for (const f of files) void importFile(f);
    };
    window.addEventListener('dragover', over);
    window.addEventListener('drop', drop);
    const off = window.handlingsrom?.onCommand((command, arg) => {
      if (command !== 'imported') return;
      const res = arg as Envelope<{ id: string; name: string } | { review: { fileName: string; content: string } }>;
      // The desktop back end read a file that descends from a scenario here: the same choice as for a dropped one.
      if (!res.ok) return onMessage(tCode(res.error.code, res.error.params), 'error');
      const value = res.value;
      if ('review' in value) void importContent(value.review.fileName, value.review.content);
      else {
        void refresh().then(() => setSelectedId(value.id));
        onMessage(t('scn.imported', { name: value.name }), 'info');
      }
    });
    return () => {
      window.removeEventListener('dragover', over);
      window.removeEventListener('drop', drop);
      off?.();
    };
  }, [importContent, importFile, onMessage, refresh, setSelectedId, t, tCode]);

  const reviewDone = useCallback(
    (id: string, text: string) => {
      endReview();
      setSelectedId(id);
      // The workspace of the scenario reopens, so it shows the merged document and the edit to undo.
      setEpoch((e) => e + 1);
      void refresh();
      onMessage(text, 'info');
    },
    [endReview, onMessage, refresh, setSelectedId],
  );

  const paletteScenarios = useMemo(
    () => (list ?? []).map((s) => ({ id: s.id, name: s.name, detail: `${s.municipality ? `${s.municipality} · ` : ''}${s.firstYear}–${s.firstYear + s.years - 1}` })),
    [list],
  );

  return (
    <CommandProvider onMessage={onMessage}>
      <AppCommands close={close} openPalette={setPalette} compare={(list?.length ?? 0) >= 2 ? openCompare : { unavailable: 'cmd.needsTwo' }} />
      {fileImport.offer && <ImportOffer pending={fileImport.offer} onChoose={fileImport.choose} />}
      {usersOpen && <UsersDialog onClose={closeUsers} onMessage={onMessage} />}
      {palette && <CommandPalette mode={palette} scenarios={paletteScenarios} onOpenScenario={select} onClose={() => setPalette(null)} />}
      <div className="app">
        <Sidebar
          list={list}
          trash={trash}
          selectedId={selectedId}
          onSelect={select}
          refresh={refresh}
          onMessage={onMessage}
          onChanged={(id) => id === selectedId && setEpoch((e) => e + 1)}
          comparing={comparing}
          onCompare={openCompare}
          onImportFile={importFile}
          linked={linked}
        />
        <main className="main">
          <header className="topbar">
            {message && (
              <p className={`message ${message.kind}`} role={message.kind === 'error' ? 'alert' : 'status'} data-testid="message">
                {message.text}
                <button type="button" className="close" aria-label="×" onClick={() => setMessage(null)}>
                  ×
                </button>
              </p>
            )}
            {withSync && (
              <SyncBar
                scenarioId={selectedId}
                status={sync.status}
                refresh={sync.refresh}
                onOpen={(id) => void refresh().then(() => select(id))}
                onResolve={() => {
                  endReview();
                  setComparing(false);
                  setResolving(true);
                }}
                onMessage={onMessage}
              />
            )}
            <LanguagePicker />
            <UserBadge />
          </header>
          {fresh && !reviewing && (
            <p className="first-steps" data-testid="first-steps">
              {t('app.firstSteps', { name: fresh.name })}
              <button
                type="button"
                className="close"
                aria-label={t('app.firstStepsClose')}
                title={t('app.firstStepsClose')}
                onClick={() => {
                  localStorage.setItem(HINT_KEY, '1');
                  setHintHidden(true);
                }}
              >
                ×
              </button>
            </p>
          )}
          {resolving && selectedId ? (
            <SyncConflictView
              key={selectedId}
              id={selectedId}
              name={list?.find((s) => s.id === selectedId)?.name ?? ''}
              onDone={(text) => {
                setResolving(false);
                // The workspace reopens on the merged document.
                setEpoch((e) => e + 1);
                void refresh();
                onMessage(text, 'info');
              }}
              onCancel={() => setResolving(false)}
            />
          ) : reviewing ? (
            <ReviewView key={reviewing.seq} pending={reviewing} onDone={reviewDone} onCancel={endReview} />
          ) : comparing ? (
            <CompareView onMessage={onMessage} />
          ) : selectedId ? (
            <Workspace key={`${selectedId}:${epoch}`} id={selectedId} onMessage={onMessage} onSaved={() => void refresh()} />
          ) : (
            <div className="welcome">
              <h2>{t('app.welcomeTitle')}</h2>
              <p>{t('app.welcomeText')}</p>
              <p>{t('ws.selectScenario')}</p>
            </div>
          )}
        </main>
      </div>
    </CommandProvider>
  );
}
