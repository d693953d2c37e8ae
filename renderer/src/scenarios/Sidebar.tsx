import { useEffect, useRef, useState, type FormEvent } from 'react';
import type { ExampleInfo } from '../../../shared/api/contract';
import type { LinkedScenario } from '../../../shared/api/sync';
import { shortDateTime } from '../../../shared/format/dateTime';
import { useApi } from '../api/ApiContext';
import { useCommandBus, useCommands, type CommandHandler } from '../commands/CommandBus';
import { useI18n } from '../i18n/useI18n';
import { AboutPanel } from './AboutPanel';
import { errorText } from '../i18n/errorText';
import { downloadFile } from './download';
import { Dialog } from '../widgets/Dialog';
import { NewScenarioDialog, type NewScenarioInput } from './NewScenarioDialog';
import { LinkedMark } from '../sync/LinkedMark';
import type { ScenarioSummary } from './useScenarios';

export interface SidebarProps {
  list: ScenarioSummary[] | null;
  trash: ScenarioSummary[];
  selectedId: string | null;
  onSelect(id: string | null): void;
  refresh(): Promise<void>;
  onMessage(text: string | null, kind?: 'info' | 'error'): void;
  /** A scenario's document changed outside the open workspace (renamed): reopen it. */
  onChanged(id: string): void;
  comparing: boolean;
  onCompare(): void;
  /** Import a chosen file (renderer/src/review/useFileImport: as a new scenario, or reviewed against mine). */
  onImportFile(file: File): Promise<void>;
  /** Scenarios fetched from a team server, by id (marked in the list). */
  linked?: ReadonlyMap<string, LinkedScenario>;
}

export function Sidebar({ list, trash, selectedId, onSelect, refresh, onMessage, onChanged, comparing, onCompare, onImportFile, linked }: SidebarProps) {
  const api = useApi();
  const bus = useCommandBus();
  const { t, tCode, lang } = useI18n();
  const [query, setQuery] = useState('');
  const [renaming, setRenaming] = useState<string | null>(null);
  const [showTrash, setShowTrash] = useState(false);
  const [asking, setAsking] = useState(false);
  const fileInput = useRef<HTMLInputElement>(null);
  const [examples, setExamples] = useState<ExampleInfo[]>([]);
  useEffect(() => {
    api.call('scenario.examples', {}).then(setExamples, () => setExamples([]));
  }, [api]);
  const selected = list?.find((s) => s.id === selectedId) ?? null;

  async function run(action: () => Promise<void>) {
    try {
      await action();
    } catch (err) {
      onMessage(errorText(err, tCode), 'error');
    }
  }

  // An example already in the list (by its name) is opened or copied again, as the user says.
  const [exampleThere, setExampleThere] = useState<{ example: ExampleInfo; existing: ScenarioSummary } | null>(null);
  const fromExample = (ex: ExampleInfo) => {
    const existing = list?.find((s) => s.name === ex.name);
    if (existing) setExampleThere({ example: ex, existing });
    else void create(ex.id);
  };

  const create = (exampleId: string) =>
    run(async () => {
      setExampleThere(null);
      const res = await api.call('scenario.create', { from: 'example', exampleId, lang });
      await refresh();
      onSelect(res.id);
    });

  const createNew = (input: NewScenarioInput) =>
    run(async () => {
      setAsking(false);
      const { structureOf, ...rest } = input;
      const res = await api.call('scenario.create', structureOf ? { from: 'structure', sourceId: structureOf, ...rest, lang } : { from: 'blank', ...rest, lang });
      await refresh();
      onSelect(res.id);
    });

  const duplicate = () =>
    run(async () => {
      if (!selected) return;
      const res = await api.call('scenario.duplicate', { id: selected.id, name: t('scn.copyOf', { name: selected.name }), lang });
      await refresh();
      onSelect(res.id);
      onMessage(t('scn.duplicated', { name: selected.name }), 'info');
    });

  const rename = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const name = String(new FormData(e.currentTarget).get('name') ?? '').trim();
    const id = renaming;
    setRenaming(null);
    if (!id || !name) return;
    void run(async () => {
      await api.call('scenario.rename', { id, name, lang });
      await refresh();
      onChanged(id);
    });
  };

  const remove = () =>
    run(async () => {
      if (!selected) return;
      await api.call('scenario.delete', { id: selected.id });
      onSelect(null);
      await refresh();
      onMessage(t('scn.deleted', { name: selected.name }), 'info');
    });

  const restore = (s: ScenarioSummary) =>
    run(async () => {
      await api.call('scenario.restore', { id: s.id });
      await refresh();
      onSelect(s.id);
    });

  const importFiles = (files: FileList | null) =>
    run(async () => {
      for (const file of Array.from(files ?? [])) await onImportFile(file);
      if (fileInput.current) fileInput.current.value = '';
    });

  const exportAs = (format: 'handlingsrom' | 'xlsx') =>
    run(async () => {
      if (!selected) return;
      const res = await api.call('scenario.export', { id: selected.id, format, lang });
      downloadFile(res.fileName, res.mime, res.content, res.encoding);
    });

  // The scenario commands of the menu, the keyboard and the command palette.
  const withSelected = (run: () => void): CommandHandler => (selected ? run : { unavailable: 'cmd.needsScenario' });
  useCommands('sidebar', {
    'scenario.new': () => setAsking(true),
    'scenario.duplicate': withSelected(() => void duplicate()),
    'scenario.rename': withSelected(() => selected && setRenaming(selected.id)),
    // The desktop app opens its own file dialog (and remembers the file among the recent ones).
    'scenario.import': () => (window.handlingsrom ? void window.handlingsrom.shellCommand('scenario.import') : fileInput.current?.click()),
    'scenario.export': withSelected(() => void exportAs('handlingsrom')),
    'scenario.exportXlsx': withSelected(() => void exportAs('xlsx')),
    'scenario.delete': withSelected(() => void remove()),
  });

  const q = query.trim().toLocaleLowerCase(lang);
  const shown = (list ?? []).filter((s) => !q || `${s.name} ${s.description ?? ''} ${s.municipality ?? ''}`.toLocaleLowerCase(lang).includes(q));

  return (
    <nav className="sidebar" aria-label={t('app.scenarios')}>
      <div className="sidebar-head">
        <h1 className="brand">{t('app.name')}</h1>
        <p className="tagline">{t('app.tagline')}</p>
      </div>
      <div className="sidebar-section">
        <div className="sidebar-actions">
          <button type="button" className="primary" data-testid="new-scenario" onClick={() => setAsking(true)}>
            + {t('app.newScenario')}
          </button>
          {examples.map((ex) => (
            <button key={ex.id} type="button" data-testid={`new-from-example-${ex.id}`} title={ex.description} onClick={() => fromExample(ex)}>
              {t('scn.fromExample', { name: ex.name })}
            </button>
          ))}
        </div>
        <input
          className="search"
          type="search"
          placeholder={t('scn.search')}
          aria-label={t('scn.search')}
          value={query}
          onChange={(e) => setQuery(e.target.value)}
        />
        <button type="button" className={comparing ? 'compare-button active' : 'compare-button'} data-testid="open-compare" onClick={onCompare} disabled={(list?.length ?? 0) < 2}>
          {t('scn.compare')}
        </button>
        <h2>{t('app.scenarios')}</h2>
        {list && list.length === 0 && (
          <p className="empty" data-testid="no-scenarios">
            {t('app.noScenarios')}
          </p>
        )}
        <ul className="scenario-list" data-testid="scenario-list">
          {shown.map((s) => (
            <li key={s.id} className={s.id === selectedId && !comparing ? 'selected' : ''}>
              {renaming === s.id ? (
                <form onSubmit={rename} className="rename">
                  <input name="name" defaultValue={s.name} autoFocus aria-label={t('scn.rename')} onBlur={(e) => e.currentTarget.form?.requestSubmit()} />
                </form>
              ) : (
                <button type="button" className="scenario-item" data-testid="scenario-item" onClick={() => onSelect(s.id)} onDoubleClick={() => setRenaming(s.id)}>
                  <span className="scenario-name">
                    {s.name}
                    {linked?.has(s.id) && <LinkedMark link={linked.get(s.id)!} />}
                  </span>
                  <span className="scenario-meta">
                    {s.municipality ? `${s.municipality} · ` : ''}
                    {s.firstYear}–{s.firstYear + s.years - 1} · {shortDateTime(new Date(s.updatedAt), lang)}
                  </span>
                  {s.basedOnName && <span className="scenario-meta">{t('scn.basedOn', { name: s.basedOnName })}</span>}
                </button>
              )}
            </li>
          ))}
        </ul>
        {selected && !comparing && (
          <div className="sidebar-tools" data-testid="scenario-tools">
            <button type="button" data-testid="duplicate" onClick={() => void duplicate()}>{t('scn.duplicate')}</button>
            <button type="button" data-testid="rename" onClick={() => setRenaming(selected.id)}>{t('scn.rename')}</button>
            <button type="button" data-testid="export" onClick={() => void exportAs('handlingsrom')}>{t('scn.export')}</button>
            <button type="button" data-testid="export-xlsx" onClick={() => void exportAs('xlsx')}>{t('scn.exportXlsx')}</button>
            {/* The open scenario's workspace answers it: the preview and the edit are its own. */}
            <button type="button" data-testid="import-xlsx" title={t('xlsxImport.title')} onClick={() => bus.run('scenario.importXlsx')}>{t('xlsxImport.button')}</button>
            <button type="button" data-testid="delete" className="danger" onClick={() => void remove()}>{t('scn.delete')}</button>
          </div>
        )}
        <div className="sidebar-tools">
          <button type="button" data-testid="import" onClick={() => fileInput.current?.click()}>{t('scn.import')}</button>
          <input ref={fileInput} type="file" accept=".handlingsrom,application/json" hidden data-testid="import-file" onChange={(e) => void importFiles(e.target.files)} />
          <button type="button" data-testid="show-trash" onClick={() => setShowTrash((v) => !v)}>
            {t('scn.trash')} ({trash.length})
          </button>
        </div>
        {showTrash && (
          <ul className="scenario-list trash" data-testid="trash-list">
            {trash.length === 0 && <li className="empty">{t('scn.trashEmpty')}</li>}
            {trash.map((s) => (
              <li key={s.id}>
                <span className="scenario-name">{s.name}</span>
                <button type="button" data-testid="restore" onClick={() => void restore(s)}>{t('scn.restore')}</button>
              </li>
            ))}
          </ul>
        )}
      </div>
      {exampleThere && (
        <Dialog testId="example-exists" title={t('scn.exampleExists.title')} className="new-scenario example-exists" onClose={() => setExampleThere(null)}>
          <p>{t('scn.exampleExists.text', { name: exampleThere.existing.name })}</p>
          <footer>
            <button
              type="button"
              className="import-apply"
              data-testid="example-open-existing"
              autoFocus
              onClick={() => {
                onSelect(exampleThere.existing.id);
                setExampleThere(null);
              }}
            >
              {t('scn.exampleExists.open')}
            </button>
            <button type="button" data-testid="example-new-copy" onClick={() => void create(exampleThere.example.id)}>
              {t('scn.exampleExists.copy')}
            </button>
            <button type="button" onClick={() => setExampleThere(null)}>
              {t('scn.exampleExists.cancel')}
            </button>
          </footer>
        </Dialog>
      )}
      {asking && <NewScenarioDialog scenarios={list ?? []} onCreate={(input) => void createNew(input)} onCancel={() => setAsking(false)} />}
      <div className="sidebar-foot">
        <AboutPanel />
      </div>
    </nav>
  );
}
