// Where the user's own lines can go in a view: its groups (a programme area in Rammer, a section such as
// `resultat` or `plan` in Oversikt and Forutsetninger), each with the key section a new line there gets, and the
// user line a row shows, if it is one.
import type { DomainLineMeta } from '../../../shared/domain/types';
import type { LiveScenario } from '../../../shared/live/scenario';
import { isValidId } from '../../../shared/model/ids';
import type { GroupRow } from '../../../shared/lines';
import type { View } from '../../../shared/model/customLine';
import type { LineRow } from '../grid/types';

/** Views that take lines of one's own. */
export const LINE_VIEWS: ReadonlySet<View> = new Set(['rammer', 'oversikt', 'forutsetninger']);

export interface LineGroup {
  group: string;
  label: string;
  section: string;
}

const HEADING = '__group.';

/** The groups of a view's rows that a line can be added to, in the order shown. */
export function lineGroups(live: LiveScenario, rows: readonly LineRow[]): LineGroup[] {
  const out: LineGroup[] = [];
  for (const r of rows) {
    if (r.style !== 'heading' || !r.key.startsWith(HEADING)) continue;
    const group = r.key.slice(HEADING.length);
    const area = live.doc.areas.find((a) => a.code === group);
    const section = area ? area.code.toLowerCase() : group;
    if (isValidId(section)) out.push({ group, label: r.label, section });
  }
  return out;
}

/** The user line a row shows: its id, or undefined for a generated line. */
export function customLineId(live: LiveScenario, key: string): string | undefined {
  const meta = live.spec(key)?.meta as Partial<DomainLineMeta> | undefined;
  return meta?.custom && meta.entity?.kind === 'customLine' ? meta.entity.id : undefined;
}

/** The rows of one group as shown, for moving a line within it. */
export function groupRows(live: LiveScenario, rows: readonly LineRow[], group: string | undefined): GroupRow[] {
  return rows.filter((r) => r.style !== 'heading' && r.group === group).map((r) => ({ key: r.key, lineId: customLineId(live, r.key) }));
}
