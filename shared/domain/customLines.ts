// Lines the user added (scenario.lines): an input series or a formula under `<section>.<name>`, placed after
// another line of its view (`after`) or at the end of its group. A key that a generated line already has is a
// problem, and the user line is left out.
import type { CustomLine } from '../model/customLine';
import { customLineKey } from '../model/customLine';
import { label, ORDER_STEP } from './builder';
import { areaPrefix, displayForUnit, type BuildContext } from './context';
import type { DomainLineMeta } from './types';

/** Lines placed after the same line are spaced by this much, in the order of scenario.lines. */
const AFTER_STEP = ORDER_STEP / 1000;

export function addCustomLines(ctx: BuildContext): void {
  const { s } = ctx;
  const areaCodes = new Map(s.areas.map((a) => [areaPrefix(a), a.code]));
  const placedAfter = new Map<string, number>();
  for (const line of s.lines) addCustomLine(ctx, line, areaCodes, placedAfter);
}

function addCustomLine(ctx: BuildContext, line: CustomLine, areaCodes: Map<string, string>, placedAfter: Map<string, number>): void {
  const { b } = ctx;
  const key = customLineKey(line);
  const group = areaCodes.get(line.section) ?? line.section;
  let order: number | undefined;
  if (line.after !== undefined) {
    const anchor = b.get(line.after);
    if (anchor === undefined || anchor.meta.view !== line.view) {
      b.problems.push({ code: 'domain.unknownAfter', params: { key, after: line.after } });
    } else {
      const n = (placedAfter.get(line.after) ?? 0) + 1;
      placedAfter.set(line.after, n);
      order = anchor.meta.order + n * AFTER_STEP;
    }
  }
  if (order === undefined) {
    // At the end of its group in the view (or of the view when the group is new).
    const last = b.lastOrder(line.view, group);
    const base = last ?? Math.max(0, b.lastOrder(line.view) ?? 0);
    const n = (placedAfter.get(`${line.view}|${group}`) ?? 0) + 1;
    placedAfter.set(`${line.view}|${group}`, n);
    order = base + n * AFTER_STEP;
  }
  // One literal per line, no spread of shared fields (a spread makes a draft of a new shape for every line).
  const input = line.kind === 'input';
  const meta: DomainLineMeta = {
    view: line.view,
    group,
    order,
    style: input ? 'input' : 'computed',
    display: displayForUnit(line.unit),
    label: label('line.named', { name: line.label }),
    source: { path: ['lines', { id: line.id }, input ? 'values' : 'formula'], kind: input ? 'series' : 'scalar' },
    entity: { kind: 'customLine', id: line.id },
    custom: true,
  };
  const tags = line.tags !== undefined && line.tags.length > 0 ? line.tags : undefined;
  if (line.kind === 'input') {
    const values = b.series(line.values);
    b.place(tags === undefined ? { key, label: '', unit: line.unit, meta, input: values } : { key, label: '', unit: line.unit, meta, input: values, tags });
  } else {
    const formula = line.formula;
    b.place(tags === undefined ? { key, label: '', unit: line.unit, meta, formula } : { key, label: '', unit: line.unit, meta, formula, tags });
  }
}
