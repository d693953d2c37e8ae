// Forutsetninger: the named assumptions (add with name, one value or one per year, unit; rename, move, remove).
// Their values are typed in the grid below (`forutsetning.<id>`); areas can compute their wage and price growth
// from one (Rammer), and formulas read them.
import type { Assumption } from '../../../shared/model/assumption';
import { planRemoveAssumption } from '../../../shared/structure/assumptions';
import { useI18n } from '../i18n/useI18n';
import { applyPlan } from '../kostra/editPlans';
import type { EditPlan } from '../structure/plans';
import { RowActions, submitAdd } from '../structure/RowActions';
import { useRemoval } from '../structure/useRemoval';
import { TextField } from '../widgets/TextField';
import type { ViewPanelProps } from '../views/viewPanel';
import { addAssumption, ASSUMPTION_UNITS, moveAssumption, renameAssumption, setAssumptionKind, setAssumptionUnit } from './edits';
import '../structure/structure.css';

/** Names offered when adding (any other name will do). */
const SUGGESTED = ['structure.assumption.suggest.wage', 'structure.assumption.suggest.price', 'structure.assumption.suggest.deflator', 'structure.assumption.suggest.interest'];

export function AssumptionsPanel({ live, onApply, onMessage }: ViewPanelProps) {
  const { t, tCode, lang } = useI18n();
  const doc = live.doc;
  const removal = useRemoval(onApply);
  const run = (plan: EditPlan): boolean => applyPlan(plan, onApply, onMessage);
  const unitLabel = (u: string) => t(`structure.assumption.unit.${u === '' ? 'none' : u === 'andel' ? 'share' : 'amount'}`);
  const remove = (a: Assumption) =>
    removal.ask(t('structure.assumption.what', { name: a.name }), t('structure.assumption.edit.remove', { name: a.name }), planRemoveAssumption(doc, a.id));

  return (
    <section className="structure-panel" data-testid="assumptions-panel">
      <h3>{t('structure.assumption.title')}</h3>
      {doc.assumptions.length === 0 ? (
        <p className="hint">{t('structure.assumption.empty')}</p>
      ) : (
        <table className="structure-table" data-testid="assumptions-table">
          <thead>
            <tr>
              <th>{t('structure.assumption.name')}</th>
              <th>{t('structure.assumption.kind')}</th>
              <th>{t('structure.assumption.unit')}</th>
              <th>{t('structure.assumption.key')}</th>
              <th />
            </tr>
          </thead>
          <tbody>
            {doc.assumptions.map((a, i) => (
              <tr key={a.id} data-testid={`assumption-${a.id}`}>
                <td>
                  <TextField key={a.name} value={a.name} testId="assumption-name" ariaLabel={t('structure.assumption.name')} onCommit={(v) => run(renameAssumption(doc, a.id, v, lang))} />
                </td>
                <td>
                  <select value={a.kind} data-testid="assumption-kind" aria-label={t('structure.assumption.kind')} onChange={(e) => run(setAssumptionKind(doc, a.id, e.target.value as Assumption['kind'], lang))}>
                    <option value="scalar">{t('structure.assumption.kind.scalar')}</option>
                    <option value="series">{t('structure.assumption.kind.series')}</option>
                  </select>
                </td>
                <td>
                  <select value={a.unit} data-testid="assumption-unit" aria-label={t('structure.assumption.unit')} onChange={(e) => run(setAssumptionUnit(doc, a.id, e.target.value, lang))}>
                    {(ASSUMPTION_UNITS as readonly string[]).includes(a.unit) ? null : <option value={a.unit}>{a.unit}</option>}
                    {ASSUMPTION_UNITS.map((u) => (
                      <option key={u} value={u}>{unitLabel(u)}</option>
                    ))}
                  </select>
                </td>
                <td><code>forutsetning.{a.id}</code></td>
                <RowActions prefix="assumption" index={i} count={doc.assumptions.length} onMove={(d) => run(moveAssumption(doc, a.id, d, lang))} onRemove={() => remove(a)} />
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <form
        className="structure-add"
        data-testid="assumption-add-form"
        onSubmit={(e) => submitAdd(e, (field) => run(addAssumption(doc, field('name'), field('kind') === 'series' ? 'series' : 'scalar', field('unit'), lang)))}
      >
        <label>
          {t('structure.assumption.name')}
          <input name="name" list="assumption-suggestions" placeholder={t('structure.assumption.suggest.deflator')} data-testid="assumption-new-name" required />
          <datalist id="assumption-suggestions">
            {SUGGESTED.map((k) => (
              <option key={k} value={tCode(k)} />
            ))}
          </datalist>
        </label>
        <label>
          {t('structure.assumption.kind')}
          <select name="kind" data-testid="assumption-new-kind" defaultValue="scalar">
            <option value="scalar">{t('structure.assumption.kind.scalar')}</option>
            <option value="series">{t('structure.assumption.kind.series')}</option>
          </select>
        </label>
        <label>
          {t('structure.assumption.unit')}
          <select name="unit" data-testid="assumption-new-unit" defaultValue="andel">
            {ASSUMPTION_UNITS.map((u) => (
              <option key={u} value={u}>{unitLabel(u)}</option>
            ))}
          </select>
        </label>
        <button type="submit" className="add" data-testid="assumption-add">{t('structure.assumption.add')}</button>
      </form>
      <p className="hint">{t('structure.assumption.hint')}</p>
      {removal.dialog}
    </section>
  );
}
