// Edits of investment projects, as patches: add (name and area; the amounts and the loan-financed share are typed
// in the grid below), rename, change area or owner, move. Removal goes through shared/structure (a formula may
// read the project's lines).
import { t, tCode, type Lang } from '../../../shared/i18n';
import { blankSeries } from '../../../shared/model/blank';
import { INVESTMENT_OWNERS, type Investment, type InvestmentOwner } from '../../../shared/model/investment';
import { LIMITS } from '../../../shared/model/limits';
import type { Scenario } from '../../../shared/model/scenario';
import { newSlugId } from '../../../shared/model/slug';
import { checkName, movePlan, nothing, one, refuse, renamePlan, type EditPlan } from '../structure/plans';

const path = (id: string) => ['investments', { id }];
const find = (doc: Scenario, id: string) => doc.investments.find((p) => p.id === id);

export function addInvestment(doc: Scenario, nameText: string, areaId: string, lang: Lang): EditPlan {
  const area = doc.areas.find((a) => a.id === areaId);
  if (doc.areas.length === 0) return refuse(lang, 'structure.investment.needsArea');
  if (!area) return refuse(lang, 'structure.investment.noArea');
  if (doc.investments.length >= LIMITS.maxInvestments) return refuse(lang, 'structure.tooMany', { max: LIMITS.maxInvestments });
  const n = checkName(nameText, lang);
  if (!n.ok) return n.plan;
  const id = newSlugId(doc, n.name, 'prosjekt');
  // Fully loan-financed until the user says otherwise, as the plan's projects are.
  const project: Investment = { id, name: n.name, areaId, owner: 'kommunekasse', amounts: blankSeries(doc.years), loanShare: 1 };
  return one([{ op: 'insert', path: path(id), value: project }], t(lang, 'structure.investment.edit.add', { name: n.name, area: area.code }));
}

export function renameInvestment(doc: Scenario, id: string, value: string, lang: Lang): EditPlan {
  return renamePlan(find(doc, id), path(id), value, 'structure.investment.edit.rename', lang);
}

export function setInvestmentArea(doc: Scenario, id: string, areaId: string, lang: Lang): EditPlan {
  const p = find(doc, id);
  const area = doc.areas.find((a) => a.id === areaId);
  if (!p || !area) return refuse(lang, 'structure.unknown');
  if (p.areaId === areaId) return nothing;
  return one([{ op: 'set', path: [...path(id), 'areaId'], value: areaId }], t(lang, 'structure.investment.edit.area', { name: p.name, area: area.code }));
}

export function setInvestmentOwner(doc: Scenario, id: string, owner: string, lang: Lang): EditPlan {
  const p = find(doc, id);
  if (!p || !(INVESTMENT_OWNERS as readonly string[]).includes(owner)) return refuse(lang, 'structure.unknown');
  if (p.owner === owner) return nothing;
  return one(
    [{ op: 'set', path: [...path(id), 'owner'], value: owner as InvestmentOwner }],
    t(lang, 'structure.investment.edit.owner', { name: p.name, owner: tCode(lang, `structure.investment.owner.${owner}`) }),
  );
}

export function moveInvestment(doc: Scenario, id: string, delta: -1 | 1, lang: Lang): EditPlan {
  const p = find(doc, id);
  if (!p) return refuse(lang, 'structure.unknown');
  return movePlan(doc.investments, ['investments'], id, delta, t(lang, 'structure.investment.edit.move', { name: p.name }));
}
