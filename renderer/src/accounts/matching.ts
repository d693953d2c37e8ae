// Which account row of the scenario each row of an accounts file goes to: the row with the same programme-area
// code (case does not matter), else a new row, linked to the scenario's area of that code when there is one. A
// file row without a code ("Helse") is matched by name to an account row or an area; otherwise it is skipped.
import type { AccountsRow } from '../../../shared/imports/accounts/types';
import type { ImportSkip } from '../../../shared/imports/issues';
import { isValidId, newUniqueId } from '../../../shared/model/ids';
import { LIMITS } from '../../../shared/model/limits';
import type { Scenario } from '../../../shared/model/scenario';

export type RowTarget =
  /** An account row the scenario has: that year's values are set. */
  | { kind: 'update'; rowId: string; code: string; name: string; areaCode?: string }
  /** A new account row. */
  | { kind: 'new'; rowId: string; code: string; name: string; areaId?: string; areaCode?: string };

export interface MatchedRow {
  row: AccountsRow;
  target: RowTarget;
}

export interface Matching {
  matched: MatchedRow[];
  /** File rows that go nowhere, each with its line. */
  skipped: ImportSkip[];
  /** Two file rows for one account row: the import is refused (which one would be meant?). */
  duplicates: { line: number; first: number; code: string }[];
}

const fold = (s: string): string => s.toLowerCase().replace(/[\s\u00a0\u202f]+/g, ' ').trim();

/** The label without its leading code: "P04 Helse" → "Helse". */
export function nameOf(row: Pick<AccountsRow, 'label' | 'code'>): string {
  const rest = row.code === null ? row.label : row.label.slice(row.code.length);
  return rest.replace(/^[\s\-–:.]+/, '').trim();
}

/** Matches the file's rows to the scenario. Never throws. */
export function matchRows(doc: Scenario, rows: readonly AccountsRow[]): Matching {
  const accounts = doc.accounts.rows;
  const byCode = new Map(accounts.map((r) => [r.code.toLowerCase(), r]));
  const byName = new Map<string, (typeof accounts)[number]>();
  for (const r of accounts) {
    byName.set(fold(r.name), r);
    byName.set(fold(`${r.code} ${r.name}`), r);
  }
  const areaByCode = new Map(doc.areas.map((a) => [a.code.toLowerCase(), a]));
  const areaByName = new Map(doc.areas.map((a) => [fold(a.name), a]));
  const takenIds = new Set(accounts.map((r) => r.id));
  const seen = new Map<string, number>();
  const out: Matching = { matched: [], skipped: [], duplicates: [] };

  for (const row of rows) {
    let code = row.code;
    if (code === null) {
      // No code in the label: the name of an account row or of an area, as the scenario spells it.
      const known = byName.get(fold(row.label));
      code = known?.code ?? areaByName.get(fold(row.label))?.code ?? null;
    }
    if (code === null) {
      out.skipped.push({ line: row.line, text: row.label, reason: 'accountsUi.skip.noCode' });
      continue;
    }
    const folded = code.toLowerCase();
    const first = seen.get(folded);
    if (first !== undefined) {
      out.duplicates.push({ line: row.line, first, code });
      continue;
    }
    seen.set(folded, row.line);
    const area = areaByCode.get(folded);
    const existing = byCode.get(folded);
    if (existing !== undefined) {
      out.matched.push({
        row,
        target: { kind: 'update', rowId: existing.id, code: existing.code, name: existing.name, ...(area ? { areaCode: area.code } : {}) },
      });
      continue;
    }
    const name = (area?.name ?? (nameOf(row) || code)).slice(0, LIMITS.maxName);
    // The code in lower case is the id the example uses (`p05`); a random one when it is taken or not an id.
    const rowId = isValidId(folded) && !takenIds.has(folded) ? folded : newUniqueId('regnskap', takenIds);
    takenIds.add(rowId);
    out.matched.push({
      row,
      target: { kind: 'new', rowId, code, name, ...(area ? { areaId: area.id, areaCode: area.code } : {}) },
    });
  }
  return out;
}
