// For tests of structure edits: apply a plan as the store would, and insist the result is a valid document.
import { parseScenario } from '../../../shared/model/file';
import type { Scenario } from '../../../shared/model/scenario';
import { applyPatches } from '../../../shared/patch/apply';
import type { EditPlan } from './plans';

export function applyEdit(doc: Scenario, plan: EditPlan): Scenario {
  if (!plan.ok) throw new Error(plan.message);
  const next = applyPatches(doc, plan.patches).doc;
  const r = parseScenario(next);
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  return next;
}
