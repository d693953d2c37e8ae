// One open scenario: the views, the formula bar, the grid and the explain panel, with undo and redo.
import { startTransition, useCallback, useEffect, useMemo, useState } from 'react';
import { useApi } from '../api/ApiContext';
import { afterPaint } from '../api/editQueue';
import { takeToldOpening } from '../api/boot';
import { useCommands } from '../commands/CommandBus';
import { useI18n } from '../i18n/useI18n';
import { LineGrid } from '../grid/LineGrid';
import { PrintLines } from '../print/PrintLines';
import { GRID_HEADER_HEIGHT, GRID_ROW_HEIGHT } from '../grid/setup';
import type { CellEdit } from '../grid/paste';
import type { LineSource } from '../grid/types';
import { NextSteps } from '../structure/NextSteps';
import { lazyNamed, usePreloadWhenIdle } from '../widgets/Lazy';
import { useWhenIdle } from '../widgets/useWhenIdle';
import { HistoryControls } from './HistoryControls';
import { ExplainPanel } from './ExplainPanel';
import { FormulaBar } from './FormulaBar';
import { Findings, useFindings } from './Findings';
import { specLabel, useLineNames } from '../formula/lineNames';
import { tagCallOf } from '../formula/tags';
import { LINE_VIEWS } from '../lines/groups';
import { LinesBar } from '../lines/LinesBar';
import { EditorJump, EditorRegion, isEditorView } from '../views/EditorJump';
import { formulaPath, metaOf, rowsForView, VIEWS, type View } from './rows';
import { useLiveScenario } from './useLiveScenario';
import { useRestoreVersion } from './useRestoreVersion';
import { useXlsxImport } from '../xlsxImport/useXlsxImport';
import type { LineSpec } from '../../../shared/engine/types';
import { cellPatches } from '../../../shared/live/cellEdits';
import { formatValue } from '../../../shared/format/display';
import { areaCodeOfLine, labelWithArea } from '../../../shared/domain/lineArea';
import { blankYear, notApplicableReason } from '../../../shared/domain/notApplicable';
import type { Patch } from '../../../shared/patch/types';

/** The views of the document, and the analyses (goal seek, sensitivity, Monte Carlo) run on a copy of it. */
const TABS = [...VIEWS, 'analyse'] as const;
type Tab = View | 'analyse';
/** Views with a panel above the grid: the page scrolls and the grid keeps a fixed height. */
const PANEL_VIEWS = new Set<Tab>(['tiltak', 'demografi', 'regnskap', 'kostra', 'rammer', 'investeringer', 'forutsetninger']);

/** An editor view's grid as tall as its rows need (header with its borders, rows, horizontal scroller, in the
 *  theme's sizes): it shrinks to the visible height when they need more (.view-top), and a short one leaves its
 *  editor in view. */
const editorGridHeight = (rows: number) => GRID_HEADER_HEIGHT + 4 + GRID_ROW_HEIGHT * rows + 18;

export interface WorkspaceProps {
  id: string;
  onMessage(text: string | null, kind?: 'info' | 'error'): void;
  onSaved(): void;
}

// Loaded when first shown: the analyses and the charts are a large part of the renderer's code, and the views not
// on screen at start (all but Oversikt) are code a page load need not download, parse and run before its first grid.
const AnalysisPanel = lazyNamed(() => import('../analysis/AnalysisPanel'), 'AnalysisPanel');
const ScenarioCharts = lazyNamed(() => import('../charts/ScenarioCharts'), 'ScenarioCharts');
const MeasuresPanel = lazyNamed(() => import('../measures/MeasuresPanel'), 'MeasuresPanel');
const AreasPanel = lazyNamed(() => import('../areas/AreasPanel'), 'AreasPanel');
const AssumptionsPanel = lazyNamed(() => import('../assumptions/AssumptionsPanel'), 'AssumptionsPanel');
const InvestmentsPanel = lazyNamed(() => import('../investments/InvestmentsPanel'), 'InvestmentsPanel');
const DemographyPanel = lazyNamed(() => import('../demography/DemographyPanel'), 'DemographyPanel');
const AccountsPanel = lazyNamed(() => import('../accounts/AccountsPanel'), 'AccountsPanel');
const KostraPanel = lazyNamed(() => import('../kostra/KostraPanel'), 'KostraPanel');
const HistoryDialog = lazyNamed(() => import('./HistoryDialog'), 'HistoryDialog');
/** Fetched once the first view is painted, so a tab opened later shows at once. */
const PRELOADED = [MeasuresPanel, AreasPanel, AssumptionsPanel, InvestmentsPanel, DemographyPanel, AccountsPanel, KostraPanel, HistoryDialog];

export function Workspace({ id, onMessage, onSaved }: WorkspaceProps) {
  const { t, tCode, lang } = useI18n();
  // The back end is told before the scenario is asked for, and again once its first view is painted: an opening that
  // hangs or crashes the page is not repeated at the next start (electron/service/startState.ts).
  const api = useApi();
  useEffect(() => {
    if (!takeToldOpening(id)) api.call('app.opening', { id }).catch(() => undefined);
  }, [api, id]);
  const { live, version, statusStore, stored, redoLabel, edit, undoEdit, redoEdit, retry, reapplyHeld, discardHeld, watchValues, readOnly } = useLiveScenario(id, onMessage, onSaved);
  const opened = live !== null && live !== undefined;
  useEffect(() => {
    if (opened) afterPaint(() => void api.call('app.opening', { id: null }).catch(() => undefined));
  }, [api, opened]);
  const [view, setView] = useState<Tab>('oversikt');
  const [selected, setSelected] = useState<{ key: string; yearIndex: number | null } | null>(null);
  const [explainOpen, setExplainOpen] = useState(true);
  const [historyOpen, setHistoryOpen] = useState(false);
  // A line the grid is to scroll to and focus: one just added or renamed.
  const [reveal, setReveal] = useState<{ key: string } | null>(null);
  // Forklar and the formula bar follow the selected cell; a view just opened has none.
  const openView = useCallback((v: Tab) => {
    setView(v);
    setSelected(null);
    setReveal(null);
  }, []);

  // A colleague's changes to the exported workbook, taken in as one edit.
  const xlsxImport = useXlsxImport({ live, edit, onMessage });
  const restoreVersion = useRestoreVersion(id, live, edit, onMessage);
  // Undo and redo from the keyboard, the menu and the command palette (shared/commands).
  useCommands('workspace', { 'edit.undo': undoEdit, 'edit.redo': redoEdit, 'scenario.importXlsx': xlsxImport.pick });

  const groupLabel = useCallback(
    (group: string) => {
      const area = live?.doc.areas.find((a) => a.code === group);
      if (area) return `${area.code} ${area.name}`;
      const key = `group.${group}`;
      const text = tCode(key);
      return text === key ? group : text;
    },
    [live, tCode],
  );
  // Labels in the chosen language: the domain gives each line its label as an i18n code with parameters.
  const lineLabel = useCallback((spec: LineSpec) => specLabel(spec, tCode), [tCode]);
  // Rows depend on which lines exist, not on their values: typing a number does not rebuild them.
  const shape = live?.shape;
  const { names, labelOf, tagOf } = useLineNames(live, shape);
  const rows = useMemo(
    () => (live && view !== 'analyse' ? rowsForView(live.allLines(), view, groupLabel, lineLabel) : []),
    [live, view, shape, groupLabel, lineLabel], // eslint-disable-line react-hooks/exhaustive-deps
  );

  const source = useMemo<LineSource | null>(() => {
    if (!live) return null;
    const valueOf = (k: string, y: number) => live.engine.value(k, y);
    return {
      years: live.years,
      // A blank input cell stays blank on screen (it counts as 0 in the sums), and so does a line computed from
      // inputs that are all blank that year, where the domain says so (a deviation of accounts not entered).
      value: (key, y) => {
        const spec = live.spec(key);
        if (notApplicableReason(spec, y, valueOf)) return Number.NaN;
        const value = live.engine.has(key) ? live.engine.value(key, y) : Number.NaN;
        return blankYear(spec, y, value, (k) => live.spec(k)) ? Number.NaN : value;
      },
      error: (key, y) => {
        if (!live.engine.has(key)) return undefined;
        const err = live.engine.error(key, y);
        return err ? tCode(err.code, err.params) : undefined;
      },
      notApplicable: (key, y) => {
        const reason = notApplicableReason(live.spec(key), y, valueOf);
        return reason ? tCode(reason) : undefined;
      },
    };
  }, [live, tCode]);

  const onEdit = useCallback(
    (cells: CellEdit[], kind: 'type' | 'paste') => {
      if (!live) return;
      // One set of patches per line, so a paste over several years of one line is one consistent change.
      const byKey = new Map<string, CellEdit[]>();
      for (const c of cells) byKey.set(c.key, [...(byKey.get(c.key) ?? []), c]);
      const patches: Patch[] = [];
      for (const [key, lineCells] of byKey) {
        const spec = live.spec(key);
        const src = spec && metaOf(spec).source;
        if (!src) return;
        patches.push(...cellPatches(live.doc, src, lineCells));
      }
      const first = live.spec(cells[0].key);
      // The line's label names its programme area (P07 Opprinnelig budsjett), as the change list does.
      const one = { label: first ? labelWithArea(lineLabel(first), areaCodeOfLine(live.doc.areas, metaOf(first))) : cells[0].key, year: live.firstYear + cells[0].yearIndex };
      // A value read from text that named its unit says how it was read: "12,0 mill. → 12 000".
      const read = cells[0].read;
      const value = formatValue(cells[0].value, (first && metaOf(first).display) || 'amount', lang);
      const label =
        kind === 'paste' && cells.length > 1
          ? t('edit.cells', { count: cells.length })
          : read
            ? t('edit.cellRead', { ...one, text: read, value })
            : value === ''
              ? t('edit.cellCleared', one)
              : t('edit.cell', { ...one, value });
      edit(patches, label);
    },
    [edit, live, t, lang, lineLabel],
  );

  const findings = useFindings(live, version);
  // Forklar and the formula bar follow the focus after the frame that shows an edit (Enter moves the focus too).
  const onSelect = useCallback((key: string | null, yearIndex: number | null) => startTransition(() => setSelected(key ? { key, yearIndex } : null)), []);
  const onGridMessage = useCallback((text: string | null) => onMessage(text, 'error'), [onMessage]);
  const spec = live && selected ? live.spec(selected.key) : undefined;
  const explain = useMemo(
    () => (live && spec && selected?.yearIndex != null && live.engine.has(spec.key) ? live.engine.explain(spec.key, selected.yearIndex, 6) : null),
    [live, spec, selected, version], // eslint-disable-line react-hooks/exhaustive-deps
  );
  // The workspace re-renders for a selection, a new version and an acknowledged edit: the grid and the view's panel
  // only when theirs change.
  const grid = useMemo(
    () =>
      view === 'analyse' || !source || (rows.length === 0 && PANEL_VIEWS.has(view)) ? null /* the panel says what to import or add */ : (
        <LineGrid
          gridId={view}
          rows={rows}
          source={source}
          version={version}
          watchValues={watchValues}
          onEdit={onEdit}
          onSelect={onSelect}
          onMessage={onGridMessage}
          height={isEditorView(view) ? editorGridHeight(rows.length) : PANEL_VIEWS.has(view) ? 420 : '100%'}
          reveal={reveal}
        />
      ),
    [view, rows, source, version, watchValues, onEdit, onSelect, onGridMessage, reveal],
  );
  // The charts (and their code) after the grid is on screen; a new version re-renders them (they redraw if the
  // numbers they show changed).
  const chartsNow = useWhenIdle(live !== null);
  usePreloadWhenIdle(chartsNow, PRELOADED);
  const panel = useMemo(
    () =>
      live && (
        <>
          {view === 'tiltak' && <MeasuresPanel doc={live.doc} scenarioId={id} onPatch={edit} onMessage={onMessage} />}
          {view === 'oversikt' && chartsNow && <ScenarioCharts live={live} height={240} />}
          {view === 'rammer' && <AreasPanel live={live} version={version} onApply={edit} onMessage={onMessage} onNavigate={setView} />}
          {view === 'forutsetninger' && <AssumptionsPanel live={live} version={version} onApply={edit} onMessage={onMessage} />}
          {view === 'investeringer' && <InvestmentsPanel live={live} version={version} onApply={edit} onMessage={onMessage} onNavigate={setView} />}
          {view === 'demografi' && <DemographyPanel live={live} version={version} onApply={edit} onMessage={onMessage} />}
          {view === 'regnskap' && <AccountsPanel live={live} version={version} onApply={edit} onMessage={onMessage} />}
          {view === 'kostra' && <KostraPanel live={live} version={version} onApply={edit} onMessage={onMessage} />}
          {view === 'analyse' && <AnalysisPanel live={live} version={version} onApply={edit} onMessage={onMessage} />}
        </>
      ),
    [view, live, version, id, edit, onMessage, chartsNow],
  );

  if (!live || !source) return <p className="loading">{t('ws.loading')}</p>;

  const formulaSource = spec ? formulaPath(spec) : undefined;
  const boundFormula = spec && !spec.input ? (live.engine.explain(spec.key, 0, 0).formula ?? spec.formula ?? null) : null;

  // Above the grid: the view's lines and its published figures that disagree.
  const head = (
    <>
      {view !== 'analyse' && LINE_VIEWS.has(view) && (
        <LinesBar
          key={view}
          live={live}
          view={view}
          rows={rows}
          selectedKey={selected?.key ?? null}
          names={names}
          labelOf={labelOf}
          tagOf={tagOf}
          onApply={edit}
          onMessage={onMessage}
          onSelectKey={(key) => {
            setSelected({ key, yearIndex: null });
            setReveal({ key });
          }}
        />
      )}
      {view !== 'analyse' && <Findings live={live} findings={findings} view={view} />}
      {view === 'oversikt' && live.doc.areas.length === 0 && <NextSteps onNavigate={setView} />}
    </>
  );
  // An editor view (areas, projects, imports) with rows: the grid fills the visible height and the editor follows
  // below it, reached by the line above the grid (at 1366×768 an editor above the grid left the table about 200 px).
  // With no rows yet, the editor is what to do and comes alone, right under the view's lines.
  const editorView = isEditorView(view) ? view : null;

  return (
    <div className="workspace" data-testid="workspace">
      <header className="ws-head">
        <div className="ws-title">
          <h2 data-testid="scenario-name" title={live.doc.name}>
            {live.doc.name}
          </h2>
          <span className="unit-note">{t('grid.amountsIn')}</span>
        </div>
        <div className="ws-actions">
          <button type="button" data-testid="toggle-explain" aria-pressed={explainOpen} onClick={() => setExplainOpen((o) => !o)}>
            {t('ws.explain')}
          </button>
          <HistoryControls
            statusStore={statusStore}
            stored={stored}
            redoLabel={redoLabel}
            onUndo={undoEdit}
            onRedo={redoEdit}
            onRetry={retry}
            onReapply={reapplyHeld}
            onDiscard={discardHeld}
            readOnly={readOnly}
          />
          <button type="button" data-testid="open-history" aria-haspopup="dialog" onClick={() => setHistoryOpen(true)}>
            {t('ws.history')}
          </button>
        </div>
      </header>
      {historyOpen && <HistoryDialog id={id} name={live.doc.name} onClose={() => setHistoryOpen(false)} onRestore={readOnly ? undefined : restoreVersion} />}
      <PrintLines title={live.doc.name} view={t(`view.${view}`)} rows={rows} source={source} />
      {readOnly && (
        <p className="read-only-note" role="note" data-testid="read-only-note">
          {t('auth.readOnlyBanner')}
        </p>
      )}
      <div className="tabs" role="tablist">
        {TABS.map((v) => (
          <button key={v} type="button" role="tab" aria-selected={v === view} className={v === view ? 'tab active' : 'tab'} data-testid={`tab-${v}`} onClick={() => openView(v)}>
            {t(`view.${v}`)}
          </button>
        ))}
      </div>
      <FormulaBar
        key={`${spec?.key ?? ''}|${boundFormula ?? ''}`}
        lineKey={spec?.key ?? null}
        lineLabel={spec ? lineLabel(spec) : null}
        formula={spec ? (spec.input ? null : boundFormula) : null}
        editable={!!formulaSource}
        names={names}
        labelOf={labelOf}
        tagOf={tagOf}
        check={(formula) => {
          const err = spec ? live.engine.checkFormula(formula, spec.key) : null;
          return err ? tCode(err.code, err.params) : null;
        }}
        onApply={(formula) => {
          if (!spec || !formulaSource) return null;
          const err = live.engine.checkFormula(formula, spec.key);
          if (err) return tCode(err.code, err.params);
          edit([{ op: 'set', path: formulaSource, value: formula }], t('edit.formula', { label: spec.label ?? spec.key }));
          return null;
        }}
      />
      <div className={explainOpen ? 'ws-body' : 'ws-body no-explain'}>
        <div className="ws-main">
          {editorView ? (
            // One tree with or without rows: the editor is not remounted when its first area or project makes the
            // grid appear above it (its focus and typing stay, scrolled into view by EditorRegion).
            <>
              <div className="view-top">
                {head}
                {grid && <EditorJump view={editorView} />}
                {grid}
              </div>
              <EditorRegion view={editorView} below={grid !== null}>
                {panel}
              </EditorRegion>
            </>
          ) : (
            <>
              {head}
              {panel}
              {grid}
            </>
          )}
        </div>
        {explainOpen && (
          <ExplainPanel
            node={explain}
            displayOf={(key) => {
              const s = live.spec(key);
              return (s && metaOf(s).display) ?? 'amount';
            }}
            labelOf={(key) => {
              const s = live.spec(key);
              if (s) return lineLabel(s);
              const call = tagCallOf(key);
              return call ? tagOf(call).text : undefined;
            }}
            noteOf={(key, year) => source?.notApplicable?.(key, year - live.firstYear)}
          />
        )}
      </div>
      {xlsxImport.element}
    </div>
  );
}
