// Sammenlign: pick 2–4 saved scenarios and see, against the first, what changed, the charts, every line side by
// side (with "only differences"), and the statutory overviews; print it or save it as PDF, or export it as CSV.
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { ScenarioSummary } from '../../../shared/api/contract';
import { comparisonTable, rowsShown } from '../../../shared/compare/table';
import { scenarioTag, type CompareResult } from '../../../shared/compare/types';
import { toCsv } from '../../../shared/format';
import { VIEWS } from '../../../shared/model/customLine';
import { useApi } from '../api/ApiContext';
import { FundChart } from '../charts/FundChart';
import { ResultChart } from '../charts/ResultChart';
import { SavingsChart } from '../charts/SavingsChart';
import { colorOf } from '../charts/setup';
import { useI18n } from '../i18n/useI18n';
import { downloadFile } from '../scenarios/download';
import { errorText } from '../i18n/errorText';
import { ChangeList } from './ChangeList';
import { useChangeAuthors } from './useChangeAuthors';
import { CompareGrid, type CompareGridHandle } from './CompareGrid';
import { PrintTable } from './PrintTable';
import { ScenarioPicker } from './ScenarioPicker';
import { StatutoryTables } from './StatutoryTables';
import { useComparison } from './useComparison';
import './compare.css';

export interface CompareViewProps {
  onMessage(text: string | null, kind?: 'info' | 'error'): void;
}

/** When the scenarios' horizons differ: the years compared (those all have) and the plan years some lack. */
function yearsNote(result: CompareResult): { from: number; to: number; left: string } | null {
  const shown = new Set(result.years);
  const left = [...new Set(result.scenarios.flatMap((s) => Array.from({ length: s.years }, (_, i) => s.firstYear + i)))].filter((y) => !shown.has(y)).sort((a, b) => a - b);
  if (left.length === 0) return null;
  return { from: result.years[0], to: result.years[result.years.length - 1], left: left.join(', ') };
}

export function CompareView({ onMessage }: CompareViewProps) {
  const api = useApi();
  const { t, tCode, lang } = useI18n();
  const [list, setList] = useState<ScenarioSummary[] | null>(null);
  const [picked, setPicked] = useState<string[]>([]);
  const [onlyDiffs, setOnlyDiffs] = useState(false);
  const [view, setView] = useState('');
  const [showStatutory, setShowStatutory] = useState(false);
  const [showAuthors, setShowAuthors] = useState(false);
  const [pendingKey, setPendingKey] = useState<string | null>(null);
  const gridRef = useRef<CompareGridHandle>(null);
  const gridSection = useRef<HTMLElement>(null);

  useEffect(() => {
    api
      .call('scenario.list', {})
      .then(setList)
      .catch((err: unknown) => onMessage(errorText(err, tCode), 'error'));
  }, [api, onMessage, t, tCode]);

  const pickedRevisions = useMemo(
    () => picked.flatMap((id) => {
      const s = list?.find((x) => x.id === id);
      return s ? [{ id, revision: s.revision }] : [];
    }),
    [picked, list],
  );
  const cmp = useComparison(pickedRevisions);
  const authorOf = useChangeAuthors(cmp.opened, showAuthors);
  const { result } = cmp;

  useEffect(() => {
    if (cmp.error) onMessage(errorText(cmp.error, tCode), 'error');
  }, [cmp.error, onMessage, t, tCode]);

  const rows = useMemo(() => (result ? rowsShown(result, { onlyDiffs, view: view || undefined }) : []), [result, onlyDiffs, view]);
  const charts = useMemo(() => cmp.charts.map((c, i) => ({ ...c, tag: scenarioTag(i) })), [cmp.charts]);

  // A line hidden by the filters is shown by clearing them; the grid then reveals it once it has the rows.
  const goTo = useCallback(
    (key: string) => {
      gridSection.current?.scrollIntoView({ block: 'start' });
      if (gridRef.current?.reveal(key)) return;
      if (!result?.rows.some((r) => r.key === key)) {
        onMessage(t('compare.lineNotShown'), 'info');
        return;
      }
      setOnlyDiffs(false);
      setView('');
      setPendingKey(key);
    },
    [result, onMessage, t],
  );
  useEffect(() => {
    if (!pendingKey) return;
    const timer = window.setTimeout(() => {
      if (gridRef.current?.reveal(pendingKey)) setPendingKey(null);
    }, 50);
    return () => window.clearTimeout(timer);
  }, [pendingKey, rows]);

  const exportCsv = () => {
    if (!result) return;
    const csv = toCsv(comparisonTable(result, lang, { onlyDiffs, view: view || undefined }), { bom: true });
    downloadFile(`${t('compare.csvFile')}.csv`, 'text/csv;charset=utf-8', csv, 'utf8');
  };

  const exportXlsx = async () => {
    if (!result) return;
    try {
      const ids = result.scenarios.map((s) => s.id);
      const file = await api.call('compare.export', { ids, onlyDiffs, view: (view || undefined) as (typeof VIEWS)[number] | undefined, lang });
      downloadFile(file.fileName, file.mime, file.content, file.encoding);
    } catch (err) {
      onMessage(errorText(err, tCode), 'error');
    }
  };

  const names = result?.scenarios.map((s) => s.name) ?? [];
  const base = cmp.opened[0]?.live.doc.name ?? '';
  const dateText = new Intl.DateTimeFormat(lang === 'nb' ? 'nb-NO' : 'en-GB', { dateStyle: 'long' }).format(new Date());

  return (
    <div className="compare-view" data-testid="compare-view">
      <header className="compare-head">
        <h2>{t('compare.title')}</h2>
        <div className="compare-actions screen-only">
          <button type="button" data-testid="compare-export-xlsx" disabled={!result} onClick={() => void exportXlsx()}>
            {t('compare.exportXlsx')}
          </button>
          <button type="button" data-testid="compare-export-csv" disabled={!result} onClick={exportCsv}>
            {t('compare.exportCsv')}
          </button>
          <button type="button" className="primary-inline" data-testid="compare-print" disabled={!result} onClick={() => window.print()}>
            {t('compare.print')}
          </button>
        </div>
      </header>

      <div className="print-only report-head">
        <h1>{t('compare.reportTitle')}</h1>
        <p>{t('compare.reportMeta', { count: names.length, date: dateText })}</p>
      </div>

      <div className="screen-only">
        <ScenarioPicker list={list} picked={picked} onChange={setPicked} />
      </div>

      {names.length > 0 && (
        <ol className="compare-legend" data-testid="compare-legend">
          {names.map((name, i) => (
            <li key={result!.scenarios[i].id}>
              <span className="tag" style={{ background: colorOf(i) }}>
                {scenarioTag(i)}
              </span>
              {name}
              {i === 0 && <span className="pick-base">{t('compare.base')}</span>}
            </li>
          ))}
        </ol>
      )}

      {cmp.loading && <p className="loading">{t('compare.loading')}</p>}

      {result && (
        <>
          <section className="compare-section" data-testid="compare-changes">
            <h3>{t('compare.changes')}</h3>
            <p className="muted small screen-only">
              {t('compare.changesHint')}{' '}
              <label className="compare-authors-toggle">
                <input type="checkbox" data-testid="compare-show-authors" checked={showAuthors} onChange={(e) => setShowAuthors(e.target.checked)} />{' '}
                {t('compare.showAuthors')}
              </label>
            </p>
            <ChangeList baseName={base} changes={cmp.changes} onGoTo={goTo} authorOf={authorOf} />
          </section>

          <section className="compare-section compare-charts-section" data-testid="compare-charts">
            <h3>{t('compare.charts')}</h3>
            <div className="compare-charts">
              {/* 260 px: two rows of charts fit one landscape A4 page when printed. */}
              <ResultChart series={charts} height={260} />
              <FundChart series={charts} height={260} />
              <SavingsChart series={charts} height={260} />
            </div>
          </section>

          <section className="compare-section compare-lines" ref={gridSection}>
            <h3>{t('compare.grid')}</h3>
            <div className="compare-controls screen-only">
              <label>
                <input type="checkbox" data-testid="only-diffs" checked={onlyDiffs} onChange={(e) => setOnlyDiffs(e.target.checked)} />
                {t('compare.onlyDiffs')}
              </label>
              <label>
                {t('compare.viewFilter')}{' '}
                <select data-testid="compare-view-filter" value={view} onChange={(e) => setView(e.target.value)}>
                  <option value="">{t('compare.allViews')}</option>
                  {VIEWS.map((v) => (
                    <option key={v} value={v}>
                      {t(`compare.view.${v}`)}
                    </option>
                  ))}
                </select>
              </label>
              <span className="muted" data-testid="compare-count">
                {t('compare.rowsShown', { shown: rows.length, total: result.rows.length, differing: result.differing })}
              </span>
            </div>
            {yearsNote(result) && (
              <p className="muted small" data-testid="compare-years-note">
                {t('compare.commonYears', yearsNote(result)!)}
              </p>
            )}
            <div className="screen-only">
              <CompareGrid ref={gridRef} result={result} rows={rows} viewHeadings={!view} />
            </div>
            <PrintTable result={result} rows={rows} />
          </section>

          <section className={`compare-section compare-statutory${showStatutory ? '' : ' collapsed'}`} data-testid="compare-statutory">
            <h3>
              {t('compare.statutory')}{' '}
              <button type="button" className="link screen-only" data-testid="toggle-statutory" onClick={() => setShowStatutory((v) => !v)}>
                {showStatutory ? t('compare.statutoryHide') : t('compare.statutoryShow')}
              </button>
            </h3>
            {showStatutory && cmp.opened.map((o) => <StatutoryTables key={o.id} live={o.live} />)}
          </section>
        </>
      )}
    </div>
  );
}
