// The accounts import, planned before anything is written: the file read by shared/imports (parseAccounts), the
// year it is for (from its headers, or chosen when it does not say; a year outside the horizon is refused), its
// rows matched to the scenario's account rows by code (matching.ts), and the one edit that sets that year's revised
// budget, accounts and stated deviations of the rows it has and inserts the rows it adds. The edit is checked by the
// scenario's own schema before the preview offers it.
import { formatNumber } from '../../../shared/format/numberFormat';
import { unitScale } from '../../../shared/format/units';
import { t, type Lang } from '../../../shared/i18n';
import { parseAccounts } from '../../../shared/imports/accounts/parse';
import type { AccountsImport, AccountsResult, AccountsRow } from '../../../shared/imports/accounts/types';
import { issueText } from '../../../shared/imports/issues';
import { failureLines, skippedLines, warningLines } from '../../../shared/imports/preview';
import { DEFAULT_DEVIATION_THRESHOLD, type AccountRow, type Accounts } from '../../../shared/model/accounts';
import { parseScenario } from '../../../shared/model/file';
import { describeModelIssues } from '../../../shared/model/issues';
import type { Series } from '../../../shared/model/kit';
import type { Scenario } from '../../../shared/model/scenario';
import { applyPatches } from '../../../shared/patch/apply';
import { PatchError } from '../../../shared/patch/errors';
import type { Patch } from '../../../shared/patch/types';
import type { ImportPlan, PickedFile, PreviewTable } from '../imports/types';
import { matchRows, type MatchedRow, type Matching } from './matching';

/** What the user decides in the preview: the year, when the file does not name it. */
export interface AccountsChoices {
  year: number;
}

export interface AccountsImportPlan extends ImportPlan {
  result: AccountsResult;
  /** The year the figures go to; undefined when the file could not be read. */
  year?: number;
  /** The file names its year (then the preview offers no choice). */
  yearFromFile: boolean;
  matching?: Matching;
}

/** Reads the file (parseAccounts never throws). */
export function readAccountsFile(file: PickedFile): AccountsResult {
  return parseAccounts(file.bytes);
}

/** The year the file names, else the scenario's first year (where the example keeps its accounts). */
export function defaultChoices(result: AccountsResult, doc: Scenario): AccountsChoices {
  return { year: result.ok && result.year !== null ? result.year : doc.firstYear };
}

/** The threshold the document uses (a share: 0.03 = 3 %). */
export function thresholdOf(doc: Scenario): number {
  return doc.accounts.thresholdShare ?? DEFAULT_DEVIATION_THRESHOLD;
}

/** How the file's amounts become the scenario's 1000 kr: null when the unit is not an amount of kroner. */
export function unitConversion(unit: string | null): ((v: number) => number) | null {
  if (unit === null) return (v) => v;
  const scale = unitScale(unit);
  if (scale.kind !== 'money') return null;
  const shift = scale.exponent - 3;
  // Divide rather than multiply by a fraction: 366 207 000 kr / 1000 is exactly 366 207.
  if (shift === 0) return (v) => v;
  return shift > 0 ? (v) => v * 10 ** shift : (v) => v / 10 ** -shift;
}

/** `series` with `value` at `index`, padded with blanks; the input is left as it is. */
export function seriesWith(series: Series | undefined, index: number, value: number | null): Series {
  const out: Series = Array.from({ length: Math.max(series?.length ?? 0, index + 1) }, (_, i) => series?.[i] ?? null);
  out[index] = value;
  return out;
}

/** The object of the series that hold any value, or undefined when none does. */
function nonBlank<K extends string>(fields: Record<K, Series>): Partial<Record<K, Series>> | undefined {
  const out: Partial<Record<K, Series>> = {};
  let any = false;
  for (const [k, v] of Object.entries(fields) as [K, Series][]) {
    if (v.some((x) => x !== null)) {
      out[k] = v;
      any = true;
    }
  }
  return any ? out : undefined;
}

/** A printed percentage as a share: −3,6 → −0.036, the double nearest the decimal (−3.6 / 100 is
 *  −0.036000000000000004). Printed percentages have far fewer than 9 decimals. */
export function percentToShare(percent: number): number {
  return Math.round(percent * 1e9) / 1e11;
}

/** One file row in the scenario's terms: 1000 kr, deviation = budget − accounts, shares as fractions. */
interface Converted {
  budget: number;
  accounts: number;
  deviation: number;
  share: number;
  statedDeviation: number | null;
  statedShare: number | null;
}

function converter(result: AccountsImport, unit: (v: number) => number) {
  // The file's stated deviations may be accounts − budget; the scenario stores budget − accounts.
  const sign = result.convention === 'accountsMinusBudget' ? -1 : 1;
  return (r: AccountsRow): Converted => {
    const budget = unit(r.budget);
    const accounts = unit(r.accounts);
    const deviation = budget - accounts;
    return {
      budget,
      accounts,
      deviation,
      share: budget !== 0 ? deviation / budget : 0,
      statedDeviation: r.statedDeviation === null ? null : sign * unit(r.statedDeviation),
      statedShare: r.statedPercent === null ? null : percentToShare(sign * r.statedPercent),
    };
  };
}

function rowPatches(doc: Scenario, m: MatchedRow, c: Converted, index: number): Patch[] {
  const { target } = m;
  if (target.kind === 'new') {
    const stated = nonBlank({ deviation: seriesWith(undefined, index, c.statedDeviation), deviationShare: seriesWith(undefined, index, c.statedShare) });
    const row: AccountRow = {
      id: target.rowId,
      code: target.code,
      name: target.name,
      ...(target.areaId !== undefined ? { areaId: target.areaId } : {}),
      revisedBudget: seriesWith(undefined, index, c.budget),
      accounts: seriesWith(undefined, index, c.accounts),
      ...(stated ? { stated } : {}),
    };
    return [{ op: 'insert', path: ['accounts', 'rows', { id: row.id }], value: row }];
  }
  const old = doc.accounts.rows.find((r) => r.id === target.rowId)!;
  const path = ['accounts', 'rows', { id: old.id }];
  const patches: Patch[] = [
    { op: 'set', path: [...path, 'revisedBudget'], value: seriesWith(old.revisedBudget, index, c.budget) },
    { op: 'set', path: [...path, 'accounts'], value: seriesWith(old.accounts, index, c.accounts) },
  ];
  // The stated numbers of that year are replaced too (by blanks when the file states none): old ones would be
  // checked against the new budget and accounts.
  const stated = nonBlank({
    deviation: seriesWith(old.stated?.deviation, index, c.statedDeviation),
    deviationShare: seriesWith(old.stated?.deviationShare, index, c.statedShare),
  });
  if (stated) patches.push({ op: 'set', path: [...path, 'stated'], value: stated });
  else if (old.stated !== undefined) patches.push({ op: 'remove', path: [...path, 'stated'] });
  return patches;
}

function totalPatches(old: Accounts['statedTotals'], total: Converted | null, index: number): Patch[] {
  const at = (s: Series | undefined, v: number | null) => seriesWith(s, index, v);
  const next = nonBlank({
    revisedBudget: at(old?.revisedBudget, total?.budget ?? null),
    accounts: at(old?.accounts, total?.accounts ?? null),
    deviation: at(old?.deviation, total?.statedDeviation ?? null),
    deviationShare: at(old?.deviationShare, total?.statedShare ?? null),
  });
  if (next) return [{ op: 'set', path: ['accounts', 'statedTotals'], value: next }];
  return old !== undefined ? [{ op: 'remove', path: ['accounts', 'statedTotals'] }] : [];
}

const hasValueAt = (r: AccountRow, index: number) => (r.revisedBudget[index] ?? null) !== null || (r.accounts[index] ?? null) !== null;

function previewTable(rows: { label: string; c: Converted; status: string; flagged: boolean }[], lang: Lang): PreviewTable {
  const n = (v: number) => formatNumber(v, { lang });
  const pct = (v: number) => formatNumber(v, { lang, percent: true });
  return {
    columns: [
      t(lang, 'accountsUi.col.area'),
      t(lang, 'accountsUi.col.budget'),
      t(lang, 'accountsUi.col.accounts'),
      t(lang, 'accountsUi.col.deviation'),
      t(lang, 'accountsUi.col.share'),
      t(lang, 'accountsUi.col.target'),
    ],
    numeric: [false, true, true, true, true, false],
    rows: rows.map((r) => [r.label, n(r.c.budget), n(r.c.accounts), n(r.c.deviation), pct(r.c.share), r.status]),
    flagged: rows.map((r) => r.flagged),
  };
}

/** The preview and the edit of an accounts import. Never throws; nothing is written until the plan is applied. */
export function planAccountsImport(doc: Scenario, result: AccountsResult, choices: AccountsChoices, lang: Lang): AccountsImportPlan {
  const yearFromFile = result.ok && result.year !== null;
  const year = result.ok && result.year !== null ? result.year : choices.year;
  const label = t(lang, 'accountsUi.import.label', { year: Number.isFinite(year) ? String(year) : '?' });
  const fail = (lines: string[], matching?: Matching): AccountsImportPlan => ({
    ok: false,
    lines: [t(lang, 'accountsUi.import.refused'), ...lines],
    patches: [],
    label,
    result,
    yearFromFile,
    ...(matching ? { matching } : {}),
  });
  if (!result.ok) return { ok: false, lines: failureLines(lang, result.errors), patches: [], label, result, yearFromFile };

  const last = doc.firstYear + doc.years - 1;
  if (!Number.isInteger(year) || year < doc.firstYear || year > last) {
    const params = { year: Number.isFinite(year) ? String(year) : '?', first: String(doc.firstYear), last: String(last) };
    return fail([t(lang, yearFromFile ? 'accountsUi.import.yearOutsideFile' : 'accountsUi.import.yearOutside', { ...params, header: result.accountsLabel })]);
  }
  const unit = unitConversion(result.unit);
  if (unit === null) return fail([t(lang, 'accountsUi.import.unknownUnit', { unit: result.unit ?? '' })]);
  const convert = converter(result, unit);
  const index = year - doc.firstYear;
  const matching = matchRows(doc, result.rows);
  if (matching.duplicates.length > 0) {
    return fail(
      matching.duplicates.map((d) => t(lang, 'imports.atLine', { line: d.line, message: t(lang, 'accountsUi.import.duplicateCode', { code: d.code, first: d.first }) })),
      matching,
    );
  }
  if (matching.matched.length === 0) return fail([t(lang, 'accountsUi.import.nothing'), ...skippedLines(lang, matching.skipped)], matching);

  const patches: Patch[] = [];
  const converted = matching.matched.map((m) => convert(m.row));
  matching.matched.forEach((m, i) => patches.push(...rowPatches(doc, m, converted[i], index)));
  const total = result.total ? convert(result.total) : null;
  patches.push(...totalPatches(doc.accounts.statedTotals, total, index));

  // The store checks the edited document against the schema; so does the preview, before it offers the edit.
  let next: unknown;
  try {
    next = applyPatches(doc, patches).doc;
  } catch (e) {
    if (e instanceof PatchError) return fail([t(lang, e.code, e.params)], matching);
    throw e;
  }
  const checked = parseScenario(next);
  if (!checked.ok) return fail([t(lang, 'accountsUi.import.invalid', { count: checked.issues.length }), ...describeModelIssues(checked.issues, lang, next)], matching);

  const threshold = thresholdOf(doc);
  const flaggedOf = (c: Converted) => Math.abs(c.share) > threshold;
  const pct = (v: number) => formatNumber(v, { lang, percent: true });
  const list = (items: string[]) => items.join(', ');
  const y = String(year);
  const updates = matching.matched.filter((m) => m.target.kind === 'update');
  const adds = matching.matched.filter((m) => m.target.kind === 'new');
  const lines: string[] = [
    t(lang, 'accountsUi.import.read', { count: result.rows.length, budget: result.budgetLabel, accounts: result.accountsLabel }),
    yearFromFile ? t(lang, 'accountsUi.import.yearFromFile', { year: y, header: result.accountsLabel }) : t(lang, 'accountsUi.import.yearChosen', { year: y }),
    result.unit === null
      ? t(lang, 'accountsUi.import.unitAssumed')
      : unitScale(result.unit).exponent === 3
        ? t(lang, 'accountsUi.import.unitSame', { unit: result.unit })
        : t(lang, 'accountsUi.import.unitConverted', { unit: result.unit }),
  ];
  if (updates.length > 0) lines.push(t(lang, 'accountsUi.import.updates', { year: y, count: updates.length, codes: list(updates.map((m) => m.target.code)) }));
  const replaced = updates.filter((m) => hasValueAt(doc.accounts.rows.find((r) => r.id === m.target.rowId)!, index));
  if (replaced.length > 0) lines.push(t(lang, 'accountsUi.import.replaces', { year: y, codes: list(replaced.map((m) => m.target.code)) }));
  if (adds.length > 0) lines.push(t(lang, 'accountsUi.import.adds', { count: adds.length, codes: list(adds.map((m) => `${m.target.code} ${m.target.name}`)) }));
  const linked = matching.matched.filter((m) => m.target.areaCode !== undefined).map((m) => m.target.areaCode!);
  lines.push(linked.length > 0 ? t(lang, 'accountsUi.import.linked', { codes: list(linked) }) : t(lang, 'accountsUi.import.noneLinked'));
  const inFile = new Set(matching.matched.map((m) => m.target.rowId));
  const untouched = doc.accounts.rows.filter((r) => !inFile.has(r.id) && hasValueAt(r, index));
  if (untouched.length > 0) lines.push(t(lang, 'accountsUi.import.untouched', { year: y, codes: list(untouched.map((r) => r.code)) }));
  const flagged = matching.matched.filter((_, i) => flaggedOf(converted[i])).map((m) => m.target.code);
  lines.push(
    flagged.length > 0
      ? t(lang, 'accountsUi.import.flagged', { threshold: pct(threshold), codes: list(flagged) })
      : t(lang, 'accountsUi.import.noneFlagged', { threshold: pct(threshold) }),
  );
  if (result.mismatches.length === 0) lines.push(t(lang, 'imports.preview.accountsReconcile'));
  else {
    lines.push(t(lang, 'imports.preview.accountsMismatches', { count: result.mismatches.length }));
    lines.push(...result.mismatches.map((m) => issueText(lang, m)));
    lines.push(t(lang, 'accountsUi.import.mismatchesKept'));
  }
  const skipped = [...result.skipped, ...matching.skipped].sort((a, b) => a.line - b.line);
  lines.push(...skippedLines(lang, skipped), ...warningLines(lang, result.warnings));

  const status = (m: MatchedRow) => {
    const what = t(lang, m.target.kind === 'update' ? 'accountsUi.status.update' : 'accountsUi.status.new', { code: m.target.code });
    return m.target.areaCode !== undefined ? `${what} · ${t(lang, 'accountsUi.status.linked', { code: m.target.areaCode })}` : what;
  };
  const tableRows = matching.matched.map((m, i) => ({ label: m.row.label, c: converted[i], status: status(m), flagged: flaggedOf(converted[i]) }));
  if (result.total && total) tableRows.push({ label: result.total.label, c: total, status: '', flagged: false });
  return { ok: true, lines, table: previewTable(tableRows, lang), patches, label, result, year, yearFromFile, matching };
}
