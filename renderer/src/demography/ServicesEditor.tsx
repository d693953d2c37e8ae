// The services whose cost follows the population: name, programme area, unit and whether the change feeds the
// area's frame are edited here; coverage rates and unit cost are input lines in the grid below.
import { formatNumber } from '../../../shared/format';
import { useI18n } from '../i18n/useI18n';
import { TextField } from '../widgets/TextField';
import type { ViewPanelProps } from '../views/viewPanel';
import { addServicePatch, changeServicePatch, newService, removeServicePatch, type ServiceField } from './serviceEdits';

export function ServicesEditor({ live, onApply, onMessage }: ViewPanelProps) {
  const { t, lang } = useI18n();
  const doc = live.doc;
  const services = doc.demography.services;
  const lastYear = doc.years - 1;
  const change = (id: string, field: ServiceField, value: string | boolean, name: string) =>
    onApply([changeServicePatch(id, field, value)], t('demographyUi.edit.change', { name }));
  /** A name or unit may not be blank: the field then shows what the document has. */
  const commitText = (id: string, field: ServiceField, value: string, name: string): boolean => {
    if (value.trim() === '') return false;
    change(id, field, value.trim(), name);
    return true;
  };

  return (
    <section className="services" data-testid="services">
      <h3>{t('demographyUi.services.title')}</h3>
      <p className="muted small">{t('demographyUi.services.hint')}</p>
      {doc.demography.ageGroups.length === 0 && <p className="muted small">{t('demographyUi.services.noGroups')}</p>}
      {services.length === 0 ? (
        <p className="muted small">{t('demographyUi.services.none')}</p>
      ) : (
        <table className="services-table">
          <colgroup>
            <col className="col-name" />
            <col className="col-area" />
            <col />
            <col />
            <col />
            <col />
          </colgroup>
          <thead>
            <tr>
              <th>{t('demographyUi.services.name')}</th>
              <th>{t('demographyUi.services.area')}</th>
              <th>{t('demographyUi.services.unit')}</th>
              <th>{t('demographyUi.services.feedsFrame')}</th>
              <th className="num">{t('demographyUi.services.change', { year: doc.firstYear + lastYear })}</th>
              <th />
            </tr>
          </thead>
          <tbody>
            {services.map((s) => {
              const key = `demografi.${s.id}.endring`;
              const value = live.engine.has(key) ? live.engine.value(key, lastYear) : Number.NaN;
              return (
                <tr key={s.id} data-testid={`service-${s.id}`}>
                  <td><TextField key={s.name} value={s.name} testId="service-name" onCommit={(v) => commitText(s.id, 'name', v, s.name)} /></td>
                  <td>
                    <select value={s.areaId} data-testid="service-area" onChange={(e) => change(s.id, 'areaId', e.target.value, s.name)}>
                      {doc.areas.map((a) => (
                        <option key={a.id} value={a.id}>{a.code} {a.name}</option>
                      ))}
                    </select>
                  </td>
                  <td><TextField key={s.unit} value={s.unit} testId="service-unit" onCommit={(v) => commitText(s.id, 'unit', v, s.name)} /></td>
                  <td className="center">
                    <input type="checkbox" checked={s.feedsFrame} data-testid="service-feeds" onChange={(e) => change(s.id, 'feedsFrame', e.target.checked, s.name)} />
                  </td>
                  <td className="num" data-testid="service-change">{Number.isFinite(value) ? formatNumber(value, { lang }) : ''}</td>
                  <td>
                    <button type="button" data-testid="service-remove" onClick={() => onApply([removeServicePatch(s.id)], t('demographyUi.edit.remove', { name: s.name }))}>
                      {t('demographyUi.services.remove')}
                    </button>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
      <button
        type="button"
        data-testid="service-add"
        onClick={() => {
          const s = newService(doc, t('demographyUi.services.newName'), t('demographyUi.services.newUnit'));
          if (!s) return onMessage(t('demographyUi.services.noAreas'), 'error');
          onApply([addServicePatch(s)], t('demographyUi.edit.add', { name: s.name }));
        }}
      >
        {t('demographyUi.services.add')}
      </button>
    </section>
  );
}
