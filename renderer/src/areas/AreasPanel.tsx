// Rammer: the programme areas (add with code and name, rename, move, remove, how wage and price growth is found)
// and the chosen area's frame items and printed totals. The frame's numbers are typed in the grid below.
import { useState } from 'react';
import { formatNumber } from '../../../shared/format/numberFormat';
import type { Area } from '../../../shared/model/area';
import { planRemoveArea } from '../../../shared/structure/areas';
import { completeRemoval } from '../../../shared/structure/removal';
import { useI18n } from '../i18n/useI18n';
import { applyPlan } from '../kostra/editPlans';
import { RowActions, submitAdd } from '../structure/RowActions';
import { useRemoval } from '../structure/useRemoval';
import { TextField } from '../widgets/TextField';
import { NumberField } from '../widgets/NumberInput';
import type { ViewPanelProps } from '../views/viewPanel';
import { addArea, addItem, clearStated, moveArea, moveItem, recodeArea, renameArea, renameItem, setDeflator, setStated, STATED_FIELDS, STATED_TARGET } from './edits';
import type { EditPlan } from '../structure/plans';
import '../structure/structure.css';

export interface AreasPanelProps extends ViewPanelProps {
  /** Opens another view (the empty state offers the next step). */
  onNavigate(view: 'tiltak' | 'forutsetninger'): void;
}

export function AreasPanel({ live, onApply, onMessage, onNavigate }: AreasPanelProps) {
  const { t, lang } = useI18n();
  const doc = live.doc;
  const [chosenId, setChosenId] = useState<string | null>(null);
  const chosen = doc.areas.find((a) => a.id === chosenId) ?? doc.areas[0];
  const removal = useRemoval(onApply);
  // After the first area the empty state gives way to the table, with a new form: its code field takes the focus.
  const [added, setAdded] = useState(false);
  const run = (plan: EditPlan): boolean => applyPlan(plan, onApply, onMessage);

  const addForm = (
    <form
      className="structure-add"
      data-testid="area-add-form"
      onSubmit={(e) =>
        submitAdd(e, (field) => {
          const plan = addArea(doc, field('code'), field('name'), lang);
          if (plan.ok && plan.id) {
            setChosenId(plan.id);
            setAdded(true);
          }
          return run(plan);
        })
      }
    >
      <label>
        {t('structure.area.code')}
        <input name="code" className="code" placeholder="P05" data-testid="area-new-code" required autoFocus={added} />
      </label>
      <label>
        {t('structure.area.name')}
        <input name="name" placeholder={t('structure.area.namePlaceholder')} data-testid="area-new-name" required />
      </label>
      <button type="submit" className="add" data-testid="area-add">{t('structure.area.add')}</button>
    </form>
  );

  if (doc.areas.length === 0) {
    return (
      <section className="empty-state" data-testid="areas-empty">
        <p>{t('structure.area.empty')}</p>
        {addForm}
      </section>
    );
  }

  const removeArea = (a: Area) =>
    removal.ask(t('structure.area.what', { name: `${a.code} ${a.name}` }), t('structure.area.edit.remove', { name: `${a.code} ${a.name}` }), planRemoveArea(doc, a.id));

  return (
    <section className="structure-panel" data-testid="areas-panel">
      <div className="structure-columns">
        <div>
          <h3>{t('structure.area.title')}</h3>
          <table className="structure-table" data-testid="areas-table">
            <thead>
              <tr>
                <th className="code">{t('structure.area.code')}</th>
                <th>{t('structure.area.name')}</th>
                <th className="growth" title={t('structure.area.growthTitle')}>{t('structure.area.growth')}</th>
                <th />
              </tr>
            </thead>
            <tbody>
              {doc.areas.map((a, i) => (
                <tr key={a.id} className={a.id === chosen?.id ? 'chosen' : undefined} data-testid={`area-${a.code}`} onClick={() => setChosenId(a.id)}>
                  <td className="code" title={t('structure.area.codeTitle', { key: `${a.code.toLowerCase()}.ramme` })}>
                    <TextField
                      key={a.code}
                      value={a.code}
                      testId="area-code"
                      ariaLabel={t('structure.area.code')}
                      onCommit={(v) => run(recodeArea(doc, a.id, v, lang, (text) => onMessage(text, 'info')))}
                    />
                  </td>
                  <td>
                    <TextField key={a.name} value={a.name} testId="area-name" ariaLabel={t('structure.area.name')} onCommit={(v) => run(renameArea(doc, a.id, v, lang))} />
                  </td>
                  <td>
                    <select
                      value={a.deflatorId ?? ''}
                      data-testid="area-growth"
                      aria-label={t('structure.area.growth')}
                      onChange={(e) => run(setDeflator(doc, a.id, e.target.value, lang))}
                    >
                      <option value="">{t('structure.area.growthTyped')}</option>
                      {doc.assumptions.map((x) => (
                        <option key={x.id} value={x.id}>{t('structure.area.growthFrom', { name: x.name })}</option>
                      ))}
                    </select>
                  </td>
                  <RowActions prefix="area" index={i} count={doc.areas.length} onMove={(d) => run(moveArea(doc, a.id, d, lang))} onRemove={() => removeArea(a)} />
                </tr>
              ))}
            </tbody>
          </table>
          {addForm}
          <p className="hint">{t('structure.area.hint')}</p>
          {doc.measures.length === 0 && (
            <p className="hint">
              {t('structure.area.nextMeasures')}{' '}
              <button type="button" data-testid="goto-measures" onClick={() => onNavigate('tiltak')}>{t('structure.gotoMeasures')}</button>
            </p>
          )}
        </div>
        {chosen && <AreaDetails key={chosen.id} area={chosen} live={live} run={run} ask={removal.ask} />}
      </div>
      {removal.dialog}
    </section>
  );
}

interface AreaDetailsProps extends Pick<ViewPanelProps, 'live'> {
  area: Area;
  run(plan: EditPlan): boolean;
  ask: ReturnType<typeof useRemoval>['ask'];
}

/** The chosen area's items of "nye tiltak og realendringer" and the totals its published table prints. */
function AreaDetails({ area, live, run, ask }: AreaDetailsProps) {
  const { t, lang } = useI18n();
  const doc = live.doc;
  const years = Array.from({ length: doc.years }, (_, i) => i);
  const prefix = area.code.toLowerCase();
  return (
    <>
      <div data-testid="area-details">
        <h3>{t('structure.item.title', { area: `${area.code} ${area.name}` })}</h3>
        {area.items.length === 0 ? (
          <p className="hint">{t('structure.item.empty')}</p>
        ) : (
          <table className="structure-table" data-testid="items-table">
            <tbody>
              {area.items.map((item, i) => (
                <tr key={item.id} data-testid={`item-${item.id}`}>
                  <td>
                    <TextField key={item.name} value={item.name} testId="item-name" ariaLabel={t('structure.item.name')} onCommit={(v) => run(renameItem(doc, area.id, item.id, v, lang))} />
                  </td>
                  <RowActions
                    prefix="item"
                    index={i}
                    count={area.items.length}
                    onMove={(d) => run(moveItem(doc, area.id, item.id, d, lang))}
                    onRemove={() =>
                      ask(
                        t('structure.item.what', { name: item.name }),
                        t('structure.item.edit.remove', { name: item.name, area: area.code }),
                        completeRemoval(doc, [{ op: 'remove', path: ['areas', { id: area.id }, 'items', { id: item.id }] }], []),
                      )
                    }
                  />
                </tr>
              ))}
            </tbody>
          </table>
        )}
        <form
          className="structure-add"
          onSubmit={(e) => submitAdd(e, (field) => run(addItem(doc, area.id, field('name'), lang)))}
        >
          <label>
            {t('structure.item.name')}
            <input name="name" placeholder={t('structure.item.placeholder')} data-testid="item-new-name" required />
          </label>
          <button type="submit" className="add" data-testid="item-add">{t('structure.item.add')}</button>
        </form>
      </div>
      <details className="stated" data-testid="stated">
        <summary>
          {t('structure.stated.title')}
          {area.stated !== undefined && <span className="hint"> – {t('structure.stated.isSet')}</span>}
        </summary>
        <p className="hint">{t('structure.stated.hint')}</p>
        <table className="structure-table" data-testid="stated-table">
          <thead>
            <tr>
              <th />
              {years.map((y) => (
                <th key={y} className="num">{doc.firstYear + y}</th>
              ))}
            </tr>
          </thead>
          <tbody>
            {STATED_FIELDS.map((field) => (
              <tr key={field} data-testid={`stated-${field}`}>
                <td>{t(`structure.stated.${field}`)}</td>
                {years.map((y) => {
                  const v = area.stated?.[field]?.[y];
                  const text = v === null || v === undefined ? '' : formatNumber(v, { lang });
                  return (
                    <td key={y}>
                      <NumberField
                        key={`${prefix}|${text}`}
                        className="stated"
                        value={text}
                        target={STATED_TARGET}
                        testId={`stated-${field}-${doc.firstYear + y}`}
                        ariaLabel={`${t(`structure.stated.${field}`)} ${doc.firstYear + y}`}
                        onCommit={(_, value) => run(setStated(doc, area.id, field, y, value, lang))}
                      />
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
        {area.stated !== undefined && (
          <button type="button" data-testid="stated-clear" onClick={() => run(clearStated(doc, area.id, lang))}>{t('structure.stated.clearButton')}</button>
        )}
      </details>
    </>
  );
}
