// The comparison's settings (peer group, year, unit of the unit costs) and its services (name, volume unit,
// programme area, remove). The numbers themselves are input lines in the grid below; this table shows the
// potential each gives.
import type { KostraPotentials } from '../../../shared/domain/kostra';
import { formatNumber } from '../../../shared/format/numberFormat';
import { KOSTRA_COST_UNITS, type Kostra } from '../../../shared/model/kostra';
import { useI18n } from '../i18n/useI18n';
import type { ViewPanelProps } from '../views/viewPanel';
import { applyPlan, removeService, setCostUnit, setPeerGroup, setServiceArea, setServiceText, setYear, type EditPlan } from './editPlans';
import { TextField } from '../widgets/TextField';
import { NumberField } from '../widgets/NumberInput';

const YEAR_FIELD = { unit: 'år', field: true } as const;

export interface KostraServicesProps extends Pick<ViewPanelProps, 'live' | 'onApply' | 'onMessage'> {
  kostra: Kostra;
  potentials: KostraPotentials;
}

export function KostraServices({ live, kostra, potentials, onApply, onMessage }: KostraServicesProps) {
  const { t, lang } = useI18n();
  const doc = live.doc;
  const n = (v: number) => formatNumber(v, { lang });
  const run = (plan: EditPlan): boolean => applyPlan(plan, onApply, onMessage);

  return (
    <>
      <div className="kostra-fields">
        <label>
          {t('kostraUi.field.peerGroup')}
          <TextField key={kostra.peerGroup} value={kostra.peerGroup} testId="kostra-peer" onCommit={(v) => run(setPeerGroup(doc, v, lang))} />
        </label>
        <label>
          {t('kostraUi.field.year')}
          <NumberField
            key={kostra.year}
            target={YEAR_FIELD}
            className="kostra-year"
            value={String(kostra.year)}
            testId="kostra-year"
            onCommit={(read) => (read.ok ? run(setYear(doc, read.value ?? Number.NaN, lang)) : (onMessage(t(read.error.code, read.error.params), 'error'), false))}
          />
        </label>
        <label>
          {t('kostraUi.field.costUnit')}
          <select value={kostra.costUnit} data-testid="kostra-unit" onChange={(e) => run(setCostUnit(doc, e.target.value, lang))}>
            {KOSTRA_COST_UNITS.map((u) => (
              <option key={u} value={u}>{u}</option>
            ))}
          </select>
        </label>
        {kostra.source && <span className="muted small kostra-source">{t('kostraUi.field.source', { source: kostra.source })}</span>}
      </div>
      {kostra.services.length > 0 && (
        <table className="kostra-table" data-testid="kostra-services">
          <thead>
            <tr>
              <th className="col-name">{t('kostraUi.col.service')}</th>
              <th className="col-unit">{t('kostraUi.col.unit')}</th>
              <th className="col-area">{t('kostraUi.col.area')}</th>
              <th className="num">{t('kostraUi.col.difference', { unit: kostra.costUnit })}</th>
              <th className="num">{t('kostraUi.col.potential')}</th>
              <th />
            </tr>
          </thead>
          <tbody>
            {kostra.services.map((s, i) => {
              const p = potentials.services[i];
              return (
                <tr key={s.id} data-testid={`kostra-service-${s.id}`} className={p && p.potential > 0 ? 'dearer' : undefined}>
                  <td>
                    <TextField key={s.name} value={s.name} testId="kostra-service-name" ariaLabel={t('kostraUi.col.service')} onCommit={(v) => run(setServiceText(doc, s.id, 'name', v, lang))} />
                  </td>
                  <td>
                    <TextField key={s.unit} value={s.unit} testId="kostra-service-unit" ariaLabel={t('kostraUi.col.unit')} onCommit={(v) => run(setServiceText(doc, s.id, 'unit', v, lang))} />
                  </td>
                  <td>
                    <select value={s.areaId ?? ''} data-testid="kostra-service-area" aria-label={t('kostraUi.col.area')} onChange={(e) => run(setServiceArea(doc, s.id, e.target.value, lang))}>
                      <option value="">{t('kostraUi.noArea')}</option>
                      {doc.areas.map((a) => (
                        <option key={a.id} value={a.id}>{a.code} {a.name}</option>
                      ))}
                    </select>
                  </td>
                  <td className="num">{p ? n(p.difference) : ''}</td>
                  <td className="num" data-testid="kostra-service-potential">{p ? n(p.potential) : ''}</td>
                  <td>
                    <button
                      type="button"
                      data-testid="kostra-service-remove"
                      title={t('kostraUi.removeServiceTitle', { name: s.name })}
                      onClick={() => run(removeService(doc, s.id, lang))}
                    >
                      {t('kostraUi.removeService')}
                    </button>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
      <KostraTotals kostra={kostra} potentials={potentials} />
    </>
  );
}

/** The potential in total and in the dearer services: under the services, and alone when they are hidden. */
export function KostraTotals({ kostra, potentials }: Pick<KostraServicesProps, 'kostra' | 'potentials'>) {
  const { t, lang } = useI18n();
  const n = (v: number) => formatNumber(v, { lang });
  return (
    <p className="kostra-totals" data-testid="kostra-totals">
      {t('kostraUi.totals', { total: n(potentials.total), dearer: n(potentials.totalDearer), peer: kostra.peerGroup })}
    </p>
  );
}
