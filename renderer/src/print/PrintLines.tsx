// A view's lines on paper: while the page prints (Ctrl+P, the menu's Skriv ut, a PDF), every row of the view's grid
// as plain tables — the grid itself only has the rows in view — with the scenario's name, the view and the unit
// above them, the years split so that each table fits a landscape A4 page. The tables go straight under <body>,
// beside the app, which the print style hides (print.css).
import { createPortal } from 'react-dom';
import { cellText } from '../grid/cellText';
import type { LineRow, LineSource } from '../grid/types';
import { useI18n } from '../i18n/useI18n';
import { chunks } from './chunks';
import { usePrinting } from './usePrinting';
import './print.css';

/** Years per table: the label and ten years fit a landscape A4 page at the print font size. */
const YEARS_PER_TABLE = 10;

export function PrintLines({ title, view, rows, source }: { title: string; view: string; rows: readonly LineRow[]; source: LineSource }) {
  const printing = usePrinting();
  if (!printing || rows.length === 0) return null;
  return createPortal(<LinesReport title={title} view={view} rows={rows} source={source} />, document.body);
}

function LinesReport({ title, view, rows, source }: { title: string; view: string; rows: readonly LineRow[]; source: LineSource }) {
  const { t, lang } = useI18n();
  const tables = chunks(source.years.map((_, i) => i), YEARS_PER_TABLE);
  const date = new Date().toLocaleDateString(lang === 'nb' ? 'nb-NO' : 'en-GB', { day: 'numeric', month: 'long', year: 'numeric' });
  return (
    <div className="line-print" data-testid="line-print">
      <h1>{title}</h1>
      <p>
        {view} · {t('grid.amountsIn')} · {t('grid.printed', { date })}
      </p>
      {tables.map((years) => (
        <table key={years[0]} className="line-print-table">
          <thead>
            <tr>
              <th className="line-print-label">{t('grid.amountsIn')}</th>
              {years.map((i) => (
                <th key={i}>{source.years[i]}</th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((row) =>
              row.style === 'heading' ? (
                <tr key={row.key} className="line-print-heading">
                  <td colSpan={years.length + 1}>{row.label}</td>
                </tr>
              ) : (
                <tr key={row.key} className={`line-print-${row.style}`}>
                  <td className="line-print-label">{row.label}</td>
                  {years.map((i) => {
                    const v = source.value(row.key, i);
                    return <td key={i}>{cellText(row, Number.isNaN(v) ? null : v, i, source, t, lang)}</td>;
                  })}
                </tr>
              ),
            )}
          </tbody>
        </table>
      ))}
    </div>
  );
}
