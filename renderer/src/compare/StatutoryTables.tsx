// The statutory overviews (bevilgningsoversikter, budsjett- og regnskapsforskriften §§ 5-4 and 5-5) of each
// compared scenario, as the tables a committee gets.
import { useMemo } from 'react';
import { statutoryOverviews, type StatutoryTable } from '../../../shared/compare/statutory';
import { formatValue, translate } from '../../../shared/compare/text';
import type { LiveScenario } from '../../../shared/live/scenario';
import { useI18n } from '../i18n/useI18n';

function Table({ table }: { table: StatutoryTable }) {
  const { t, lang } = useI18n();
  // A year without figures shows a dash that says why, here and in the note below the table.
  const blanks = table.rows.some((r) => r.blank?.some(Boolean));
  const note = [table.note && translate(lang, table.note), blanks && `– ${t('compare.statutory.blank')}`].filter(Boolean);
  return (
    <table className="report-table statutory-table" data-testid={`statutory-${table.id}`}>
      <caption>{translate(lang, table.title)}</caption>
      <thead>
        <tr>
          <th className="report-formline">{t('compare.statutory.formLine')}</th>
          <th className="report-label">{t('compare.unitNote')}</th>
          {table.years.map((y) => (
            <th key={y}>{y}</th>
          ))}
        </tr>
      </thead>
      <tbody>
        {table.rows.map((r) => (
          <tr key={r.id} className={`report-${r.style}`}>
            <td className="report-formline">{r.formLine ?? ''}</td>
            <td className="report-label">{translate(lang, r.label)}</td>
            {r.style === 'heading' ? (
              <td colSpan={table.years.length} />
            ) : (
              r.values.map((v, y) =>
                r.blank?.[y] ? (
                  <td key={table.years[y]} className="report-blank" title={t('compare.statutory.blank')}>
                    –
                  </td>
                ) : (
                  <td key={table.years[y]}>{formatValue(v, 'amount', lang)}</td>
                ),
              )
            )}
          </tr>
        ))}
      </tbody>
      {note.length > 0 && (
        <tfoot>
          {note.map((text) => (
            <tr key={String(text)}>
              <td colSpan={table.years.length + 2} className="report-note">
                {text}
              </td>
            </tr>
          ))}
        </tfoot>
      )}
    </table>
  );
}

export function StatutoryTables({ live }: { live: LiveScenario }) {
  const { t } = useI18n();
  const tables = useMemo(() => statutoryOverviews(live.doc, live.engine), [live]);
  return (
    <section className="statutory-scenario">
      <h4>{t('compare.statutory.scenario', { name: live.doc.name })}</h4>
      {tables.map((table) => (
        <Table key={table.id} table={table} />
      ))}
    </section>
  );
}
