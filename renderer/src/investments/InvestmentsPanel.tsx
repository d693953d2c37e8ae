// Investeringer: the projects (add with name and area, rename, area, owner, move, remove). Their amounts per year
// and loan-financed share are typed in the grid below, where the sums per area and the loans they raise follow.
import type { Investment } from '../../../shared/model/investment';
import { INVESTMENT_OWNERS } from '../../../shared/model/investment';
import { completeRemoval } from '../../../shared/structure/removal';
import { useI18n } from '../i18n/useI18n';
import { applyPlan } from '../kostra/editPlans';
import type { EditPlan } from '../structure/plans';
import { RowActions, submitAdd } from '../structure/RowActions';
import { useRemoval } from '../structure/useRemoval';
import { TextField } from '../widgets/TextField';
import type { ViewPanelProps } from '../views/viewPanel';
import { addInvestment, moveInvestment, renameInvestment, setInvestmentArea, setInvestmentOwner } from './edits';
import '../structure/structure.css';

export interface InvestmentsPanelProps extends ViewPanelProps {
  onNavigate(view: 'rammer'): void;
}

export function InvestmentsPanel({ live, onApply, onMessage, onNavigate }: InvestmentsPanelProps) {
  const { t, lang } = useI18n();
  const doc = live.doc;
  const removal = useRemoval(onApply);
  const run = (plan: EditPlan): boolean => applyPlan(plan, onApply, onMessage);

  if (doc.areas.length === 0) {
    return (
      <section className="empty-state" data-testid="investments-empty">
        <p>{t('structure.investment.needsArea')}</p>
        <button type="button" className="add" data-testid="goto-areas" onClick={() => onNavigate('rammer')}>{t('structure.area.add')}</button>
      </section>
    );
  }

  const remove = (p: Investment) =>
    removal.ask(
      t('structure.investment.what', { name: p.name }),
      t('structure.investment.edit.remove', { name: p.name }),
      completeRemoval(doc, [{ op: 'remove', path: ['investments', { id: p.id }] }], []),
    );

  const addForm = (
    <form
      className="structure-add"
      data-testid="investment-add-form"
      onSubmit={(e) => submitAdd(e, (field) => run(addInvestment(doc, field('name'), field('area'), lang)))}
    >
      <label>
        {t('structure.investment.name')}
        <input name="name" placeholder={t('structure.investment.placeholder')} data-testid="investment-new-name" required />
      </label>
      <label>
        {t('structure.investment.area')}
        <select name="area" data-testid="investment-new-area" defaultValue={doc.areas[0].id}>
          {doc.areas.map((a) => (
            <option key={a.id} value={a.id}>{a.code} {a.name}</option>
          ))}
        </select>
      </label>
      <button type="submit" className="add" data-testid="investment-add">{t('structure.investment.add')}</button>
    </form>
  );

  return (
    <section className={doc.investments.length === 0 ? 'empty-state' : 'structure-panel'} data-testid="investments-panel">
      {doc.investments.length === 0 ? (
        <p>{t('structure.investment.empty')}</p>
      ) : (
        <>
          <h3>{t('structure.investment.title')}</h3>
          <table className="structure-table" data-testid="investments-table">
            <thead>
              <tr>
                <th>{t('structure.investment.name')}</th>
                <th>{t('structure.investment.area')}</th>
                <th>{t('structure.investment.owner')}</th>
                <th />
              </tr>
            </thead>
            <tbody>
              {doc.investments.map((p, i) => (
                <tr key={p.id} data-testid={`investment-${p.id}`}>
                  <td>
                    <TextField key={p.name} value={p.name} testId="investment-name" ariaLabel={t('structure.investment.name')} onCommit={(v) => run(renameInvestment(doc, p.id, v, lang))} />
                  </td>
                  <td>
                    <select value={p.areaId} data-testid="investment-area" aria-label={t('structure.investment.area')} onChange={(e) => run(setInvestmentArea(doc, p.id, e.target.value, lang))}>
                      {doc.areas.map((a) => (
                        <option key={a.id} value={a.id}>{a.code} {a.name}</option>
                      ))}
                    </select>
                  </td>
                  <td>
                    <select value={p.owner} data-testid="investment-owner" aria-label={t('structure.investment.owner')} onChange={(e) => run(setInvestmentOwner(doc, p.id, e.target.value, lang))}>
                      {INVESTMENT_OWNERS.map((o) => (
                        <option key={o} value={o}>{t(`structure.investment.owner.${o}`)}</option>
                      ))}
                    </select>
                  </td>
                  <RowActions prefix="investment" index={i} count={doc.investments.length} onMove={(d) => run(moveInvestment(doc, p.id, d, lang))} onRemove={() => remove(p)} />
                </tr>
              ))}
            </tbody>
          </table>
          <p className="hint">{t('structure.investment.hint')}</p>
        </>
      )}
      {addForm}
      {removal.dialog}
    </section>
  );
}
