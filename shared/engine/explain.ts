// explain(key, year): the derivation tree of one cell, from the compiled shape's reads.
import type { Fn } from './compile';
import type { Line } from './line';
import type { EngineError, ExplainNode } from './types';

/** The parts of the engine explain needs to see. */
export interface ExplainView {
  firstYear: number;
  years: number;
  data: Float64Array;
  groups: Int32Array[];
  /** What the line's slot holds: a referenced line's base offset, or a tag group id. */
  slot(l: Line, slot: number): number;
  lineAt(base: number): Line;
  cellError(l: Line, y: number): EngineError | undefined;
  formulaText(l: Line): string | undefined;
  /** Evaluate a prev() default for the line in year y (NaN on error), without disturbing the engine. */
  evalDefault(fn: Fn, l: Line, y: number): number;
}

const valueOf = (v: number): number | null => (v === v ? v : null);

export function explainCell(view: ExplainView, root: Line, rootYear: number, maxDepth: number): ExplainNode {
  const seen = new Set<number>();

  const lineNode = (l: Line, y: number): ExplainNode => {
    const n: ExplainNode = { key: l.key, year: view.firstYear + y, value: valueOf(view.data[l.base + y]), inputs: [] };
    if (l.spec.label !== undefined) n.label = l.spec.label;
    const e = view.cellError(l, y);
    if (e !== undefined) n.error = e;
    const f = view.formulaText(l);
    if (f !== undefined) n.formula = f;
    return n;
  };

  const expand = (l: Line, y: number, depth: number): ExplainNode => {
    const n = lineNode(l, y);
    const shape = l.shape;
    // Unbound lines (unknown names, bad definitions) have nothing to show below them; cycles do.
    if (shape === null || shape.reads.length === 0 || l.defErr !== null || l.bindErr !== null) return n;
    if (depth >= maxDepth) {
      n.truncated = true;
      return n;
    }
    // Only an expanded cell counts as seen, so a cell first met at the depth limit is expanded where met higher.
    const cell = l.base + y;
    if (seen.has(cell)) {
      n.repeated = true;
      return n;
    }
    seen.add(cell);
    const shown = new Set<string>();
    for (const r of shape.reads) {
      const at = y - r.lag;
      const id = `${r.slot}:${r.lag}:${r.kind}`;
      if (shown.has(id)) continue;
      shown.add(id);
      if (r.kind === 'line') {
        const target = view.lineAt(view.slot(l, r.slot));
        if (at >= 0) {
          n.inputs.push(expand(target, at, depth + 1));
          continue;
        }
        const site = shape.prevSites.find((p) => p.slot === r.slot && p.lag === r.lag);
        const v = site?.def ? view.evalDefault(site.def, l, y) : 0;
        const before: ExplainNode = { key: target.key, year: view.firstYear + at, value: valueOf(v), inputs: [], beforeStart: true };
        if (target.spec.label !== undefined) before.label = target.spec.label;
        n.inputs.push(before);
        continue;
      }
      if (at < 0) continue;
      const tag = shape.tags[r.slot - shape.names.length];
      const members = view.groups[view.slot(l, r.slot)];
      let sum = 0;
      for (let i = 0; i < members.length; i++) sum += view.data[members[i] + at];
      const agg: ExplainNode = {
        key: `${r.kind}(${JSON.stringify(tag)})`,
        tag,
        year: view.firstYear + at,
        value: r.kind === 'counttag' ? members.length : valueOf(sum),
        inputs: [],
      };
      if (depth + 1 >= maxDepth) {
        if (members.length > 0) agg.truncated = true;
      } else {
        for (let i = 0; i < members.length; i++) agg.inputs.push(expand(view.lineAt(members[i]), at, depth + 2));
      }
      n.inputs.push(agg);
    }
    return n;
  };

  return expand(root, rootYear, 0);
}
