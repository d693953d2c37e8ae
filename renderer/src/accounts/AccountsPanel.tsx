// The Regnskap view above its grid: import budget vs accounts from CSV, and the deviations of one year at a glance,
// largest first, those over the threshold marked. The grid below holds the numbers (revised budget and accounts as
// input lines, the deviation in kroner and per cent, the flags) and the threshold itself.
import { useMemo, useState } from 'react';
import { formatNumber } from '../../../shared/format/numberFormat';
import { useI18n } from '../i18n/useI18n';
import type { ViewPanelProps } from '../views/viewPanel';
import { AccountsImport } from './AccountsImport';
import { deviationSummary, yearsWithAccounts } from './summary';
import './accounts.css';

export function AccountsPanel({ live, version, onApply, onMessage }: ViewPanelProps) {
  const { t, lang } = useI18n();
  const doc = live.doc;
  const years = useMemo(() => yearsWithAccounts(doc), [doc]);
  const [chosen, setChosen] = useState<number | null>(null);
  // The chosen year while it has figures; else the latest year that has.
  const year = chosen !== null && years.includes(chosen) ? chosen : (years[years.length - 1] ?? null);
  // Values come from the engine, which changes in place: recompute with every edit (version).
  const summary = useMemo(
    () => (year === null ? null : deviationSummary(doc, (k, y) => live.engine.value(k, y), year)),
    [doc, live, year, version], // eslint-disable-line react-hooks/exhaustive-deps
  );
  const n = (v: number) => formatNumber(v, { lang });
  // A share without a revised budget is not applicable: a dash, as in the grid (line.na.noBudget).
  const pct = (v: number) => (Number.isFinite(v) ? formatNumber(v, { lang, percent: true }) : '–');

  return (
    <section className="accounts-panel" data-testid="accounts-panel">
      <header className="accounts-head">
        <h3>{t('accountsUi.title')}</h3>
        <AccountsImport live={live} onApply={onApply} onMessage={onMessage} />
        {years.length > 1 && year !== null && (
          <label className="accounts-year">
            {t('accountsUi.summary.year')}
            <select data-testid="accounts-year" value={year} onChange={(e) => setChosen(Number(e.target.value))}>
              {years.map((y) => (
                <option key={y} value={y}>{y}</option>
              ))}
            </select>
          </label>
        )}
      </header>
      {summary === null ? (
        <p className="muted small">{t(doc.accounts.rows.length === 0 ? 'accountsUi.empty' : 'accountsUi.noFigures')}</p>
      ) : (
        <div className="accounts-summary" data-testid="accounts-summary">
          <p className="small">
            {t('accountsUi.summary.head', {
              year: String(summary.year),
              deviation: n(summary.total.deviation),
              share: pct(summary.total.share),
              count: summary.flaggedCount,
              threshold: pct(summary.threshold),
            })}
          </p>
          <table className="accounts-table">
            <thead>
              <tr>
                <th>{t('accountsUi.col.area')}</th>
                <th className="num">{t('accountsUi.col.deviation')}</th>
                <th className="num">{t('accountsUi.col.share')}</th>
                <th>{t('accountsUi.col.flag')}</th>
              </tr>
            </thead>
            <tbody>
              {summary.entries.map((e) => (
                <tr key={e.rowId} className={e.flagged ? 'flagged' : undefined} data-testid={`accounts-row-${e.code}`}>
                  <td>
                    {e.code} {e.name}
                  </td>
                  <td className="num">{n(e.deviation)}</td>
                  <td className="num" title={Number.isFinite(e.share) ? undefined : t('line.na.noBudget')}>{pct(e.share)}</td>
                  <td>{e.flagged ? t(e.deviation < 0 ? 'accountsUi.summary.over' : 'accountsUi.summary.under') : ''}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <p className="muted small">{t('accountsUi.summary.note')}</p>
        </div>
      )}
    </section>
  );
}
