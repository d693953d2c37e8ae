// A computed scenario arranged as the app shows it: per view, its lines in display order.
import type { ComputedScenario, DomainLine, View } from '../../shared/domain';
import { VIEWS } from '../../shared/model';

export function linesByView(c: Pick<ComputedScenario, 'lines'>): Map<View, DomainLine[]> {
  const out = new Map<View, DomainLine[]>();
  for (const v of VIEWS) out.set(v, []);
  for (const l of c.lines) out.get(l.meta.view)?.push(l);
  for (const list of out.values()) list.sort((a, b) => a.meta.order - b.meta.order);
  return out;
}
