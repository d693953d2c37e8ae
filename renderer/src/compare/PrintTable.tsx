// The rows of the comparison as plain tables for print and PDF (a grid only renders the rows in view), made when
// the page prints. Years are split over several tables so that each fits a landscape A4 page: per year each
// scenario's value and the difference of each other scenario against the first.
import { formatDiff, formatValue, translate } from '../../../shared/compare/text';
import { scenarioTag, type CompareResult, type CompareRow } from '../../../shared/compare/types';
import { useI18n } from '../i18n/useI18n';
import { chunks } from '../print/chunks';
import { usePrinting } from '../print/usePrinting';

/** About this many number columns fit a landscape A4 page at the print font size. */
const MAX_COLUMNS = 16;

export function yearChunks(years: number[], scenarios: number): number[][] {
  const perYear = scenarios + (scenarios - 1);
  return chunks(years, Math.max(1, Math.floor(MAX_COLUMNS / perYear)));
}

export function PrintTable({ result, rows }: { result: CompareResult; rows: CompareRow[] }) {
  const printing = usePrinting();
  if (!printing) return <div className="print-only print-tables" data-testid="print-tables" />;
  return <PrintTables result={result} rows={rows} />;
}

function PrintTables({ result, rows }: { result: CompareResult; rows: CompareRow[] }) {
  const { t, tCode, lang } = useI18n();
  const names = result.scenarios.map((s) => s.name);
  // A dash for a value that does not apply says why below the tables (a share in a year without revenue).
  const reasons = [...new Set(rows.flatMap((r) => r.cells.flatMap((c) => c.notApplicable ?? [])).filter((x): x is string => !!x))];
  return (
    <div className="print-only print-tables" data-testid="print-tables">
      {yearChunks(result.years, names.length).map((years) => (
        <table key={years.join('-')} className="report-table">
          <thead>
            <tr>
              <th rowSpan={2} className="report-label">
                {t('compare.line')}
              </th>
              {years.map((year) => (
                <th key={year} colSpan={names.length * 2 - 1} className="report-year">
                  {year}
                </th>
              ))}
            </tr>
            <tr>
              {years.map((year) => [
                ...names.map((name, i) => (
                  <th key={`${year}v${i}`} className={`report-scenario scenario-${i}`} title={name}>
                    {scenarioTag(i)}
                  </th>
                )),
                ...names.slice(1).map((_, i) => (
                  <th key={`${year}d${i}`} className="report-diff">
                    {t('compare.diff')} {scenarioTag(i + 1)}−{scenarioTag(0)}
                  </th>
                )),
              ])}
            </tr>
          </thead>
          <tbody>
            {rows.map((r, index) => {
              const group = index === 0 || rows[index - 1].group !== r.group || rows[index - 1].view !== r.view;
              return [
                group ? (
                  <tr key={`${r.key}#g`} className="report-group">
                    <td colSpan={1 + years.length * (names.length * 2 - 1)}>{translate(lang, r.groupLabel)}</td>
                  </tr>
                ) : null,
                <tr key={r.key} className={`report-${r.style}${r.differs ? ' report-differs' : ''}`}>
                  <td className="report-label">{translate(lang, r.label)}</td>
                  {years.map((year) => {
                    const y = result.years.indexOf(year);
                    return [
                      ...r.cells.map((c, i) => (
                        <td key={`${year}v${i}`}>{c.present ? (c.errors[y] ? '#FEIL' : c.notApplicable?.[y] ? '–' : formatValue(c.values[y], r.display, lang)) : '–'}</td>
                      )),
                      ...r.cells.slice(1).map((_, i) => (
                        <td key={`${year}d${i}`} className="report-diff">
                          {formatDiff(r.diff[i + 1][y], r.display, lang)}
                        </td>
                      )),
                    ];
                  })}
                </tr>,
              ];
            })}
          </tbody>
        </table>
      ))}
      {reasons.length > 0 && (
        <ul className="report-notes" data-testid="print-notes">
          {reasons.map((r) => (
            <li key={r}>– {tCode(r)}</li>
          ))}
        </ul>
      )}
    </div>
  );
}
