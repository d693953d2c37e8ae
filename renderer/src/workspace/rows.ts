// From the domain's lines to the rows of a view: filtered by view, ordered, with a heading row per group.
import type { DomainLineMeta } from '../../../shared/domain/types';
import type { LineSpec } from '../../../shared/engine/types';
import { VIEWS, type View } from '../../../shared/model/customLine';
import type { LineRow, RowStyle } from '../grid/types';

export { VIEWS, type View };

export function metaOf(spec: LineSpec): Partial<DomainLineMeta> {
  return (spec.meta ?? {}) as Partial<DomainLineMeta>;
}

/** The document path a formula edit of this line writes: only lines the user defined by a formula. */
export function formulaPath(spec: LineSpec) {
  const m = metaOf(spec);
  return !spec.input && m.custom && m.source?.kind === 'scalar' ? m.source.path : undefined;
}


/** Which lines a view shows. Tiltak: the measures' parameters are in the measures table above, so the grid
 *  keeps each measure's savings per year (planned and risk-adjusted), the effects typed per year (where the
 *  phase-in does not fit) and the sums against the requirement. */
function shows(view: View, spec: LineSpec, meta: Partial<DomainLineMeta>): boolean {
  if (view !== 'tiltak') return meta.view === view;
  if (meta.view === 'oversikt') return meta.group === 'innsparing';
  if (meta.view !== 'tiltak') return false;
  return meta.entity?.kind !== 'measure' || spec.key.endsWith('.innsparing') || spec.key.endsWith('.risikojustert') || (!!spec.input && spec.key.endsWith('.effekt'));
}

export function rowsForView(
  lines: readonly LineSpec[],
  view: View,
  groupLabel: (group: string) => string,
  lineLabel: (spec: LineSpec) => string,
): LineRow[] {
  const rows: LineRow[] = [];
  let group: string | undefined;
  // Groups stay together, in the order they first appear; within a group, by the domain's order.
  const picked = lines.map((l, i) => ({ l, i, m: metaOf(l) })).filter((x) => shows(view, x.l, x.m));
  const groupRank = new Map<string, number>();
  for (const x of picked) if (!groupRank.has(x.m.group ?? '')) groupRank.set(x.m.group ?? '', groupRank.size);
  const inView = picked
    .sort((a, b) => groupRank.get(a.m.group ?? '')! - groupRank.get(b.m.group ?? '')! || (a.m.order ?? a.i) - (b.m.order ?? b.i) || a.i - b.i)
    .map((x) => x.l);
  for (const spec of inView) {
    const meta = metaOf(spec);
    if (meta.group && meta.group !== group) {
      group = meta.group;
      rows.push({ key: `__group.${group}`, label: groupLabel(group), style: 'heading', editable: false });
    }
    const style: RowStyle = meta.style ?? (spec.input ? 'input' : 'computed');
    const display = meta.display ?? 'amount';
    rows.push({
      key: spec.key,
      label: lineLabel(spec),
      style,
      editable: !!spec.input && !!meta.source,
      percent: display === 'percent',
      unit: spec.unit,
      display,
      // A gap between the requirement and the identified savings is what the leader must see first.
      // A computed flag (a deviation over the threshold) is marked where it is 1.
      highlight: /\.gap(_|$)/.test(spec.key) ? 'gap' : display === 'flag' && !spec.input ? 'flag' : undefined,
      group: meta.group,
    });
  }
  return rows;
}
