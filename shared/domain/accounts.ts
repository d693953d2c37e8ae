// Budget against accounts per area (årsevaluering): deviation = revised budget − accounts (positive: spent less
// than budgeted, as the seeds print it), and as a share of the revised budget; a row whose share exceeds the
// threshold either way is flagged (1), and the flagged rows are counted per year.
import { DEFAULT_DEVIATION_THRESHOLD, type AccountRow } from '../model/accounts';
import { label } from './builder';
import { KR, SHARE, type BuildContext } from './context';
import { PERCENT_TOLERANCE } from './results';
import { T } from './templates';

export const ACCOUNT_TAGS = { budget: 'regnskap.revidert_budsjett', accounts: 'regnskap.regnskap', flagged: 'regnskap.over_terskel' };

/** Keys of the view's own lines: the threshold (input, a share) and the number of rows over it per year. */
export const ACCOUNT_KEYS = { threshold: 'regnskap.terskel', flaggedCount: 'regnskap.antall_over_terskel' } as const;

/** The key prefix of an account row's lines: `regnskap.p05` (…`.revidert_budsjett`, `.regnskap`, `.avvik`,
 *  `.avvik_andel`, `.over_terskel`). */
export function accountRowKey(code: string): string {
  return `regnskap.${code.toLowerCase()}`;
}

/** A row's two input lines: its deviation lines show blank in years where both are blank. */
const rowInputs = (r: string): string[] => [`${r}.revidert_budsjett`, `${r}.regnskap`];

function addRow(ctx: BuildContext, row: AccountRow): void {
  const { b } = ctx;
  const r = accountRowKey(row.code);
  const names = { code: row.code, name: row.name };
  const entity = { kind: 'accountRow' as const, id: row.id };
  const inputs = rowInputs(r);
  const path = ['accounts', 'rows', { id: row.id }];
  b.add({
    view: 'regnskap',
    group: 'regnskap',
    entity,
    key: `${r}.revidert_budsjett`,
    label: label('line.accounts.revisedBudget', names),
    unit: KR,
    style: 'input',
    display: 'amount',
    input: b.series(row.revisedBudget),
    tags: [ACCOUNT_TAGS.budget],
    source: { path: [...path, 'revisedBudget'], kind: 'series' },
  });
  b.add({
    view: 'regnskap',
    group: 'regnskap',
    entity,
    key: `${r}.regnskap`,
    label: label('line.accounts.accounts', names),
    unit: KR,
    style: 'input',
    display: 'amount',
    input: b.series(row.accounts),
    tags: [ACCOUNT_TAGS.accounts],
    source: { path: [...path, 'accounts'], kind: 'series' },
  });
  b.add({
    view: 'regnskap',
    group: 'regnskap',
    entity,
    key: `${r}.avvik`,
    label: label('line.accounts.deviation', names),
    unit: KR,
    style: 'subtotal',
    display: 'amount',
    template: { id: T.accountDeviation, args: { r } },
    blankUnless: inputs,
    stated: b.stated(row.stated?.deviation, 2),
  });
  b.add({
    view: 'regnskap',
    group: 'regnskap',
    entity,
    key: `${r}.avvik_andel`,
    label: label('line.accounts.deviationShare', names),
    unit: SHARE,
    style: 'computed',
    display: 'percent',
    template: { id: T.accountDeviationShare, args: { r } },
    blankUnless: inputs,
    // Without a revised budget the share is no number (safediv gives 0): a dash with the reason.
    notApplicable: { whenZero: `${r}.revidert_budsjett`, reason: 'line.na.noBudget' },
    stated: b.stated(row.stated?.deviationShare, PERCENT_TOLERANCE),
  });
  b.add({
    view: 'regnskap',
    group: 'regnskap',
    entity,
    key: `${r}.over_terskel`,
    label: label('line.accounts.overThreshold', names),
    unit: '',
    style: 'computed',
    display: 'flag',
    template: { id: T.accountOverThreshold, args: { r } },
    blankUnless: inputs,
    tags: [ACCOUNT_TAGS.flagged],
  });
}

export function addAccounts(ctx: BuildContext): void {
  const { b, s } = ctx;
  const rows = s.accounts.rows;
  if (rows.length === 0) return;
  // First in the view, where the flags below are read against it.
  b.add({
    view: 'regnskap',
    group: 'regnskap',
    key: ACCOUNT_KEYS.threshold,
    label: label('line.accounts.threshold'),
    unit: SHARE,
    style: 'input',
    display: 'percent',
    input: b.scalar(s.accounts.thresholdShare ?? DEFAULT_DEVIATION_THRESHOLD),
    source: { path: ['accounts', 'thresholdShare'], kind: 'scalar' },
  });
  for (const row of rows) addRow(ctx, row);
  const st = s.accounts.statedTotals;
  const common = { view: 'regnskap' as const, group: 'regnskap', unit: KR, display: 'amount' as const };
  const allInputs = rows.flatMap((row) => rowInputs(accountRowKey(row.code)));
  const n = rows.length;
  b.add({
    ...common,
    key: 'regnskap.sum_revidert_budsjett',
    label: label('line.accounts.sumRevisedBudget'),
    style: 'subtotal',
    formula: `sumtag("${ACCOUNT_TAGS.budget}")`,
    blankUnless: allInputs,
    stated: b.stated(st?.revisedBudget, n),
  });
  b.add({
    ...common,
    key: 'regnskap.sum_regnskap',
    label: label('line.accounts.sumAccounts'),
    style: 'subtotal',
    formula: `sumtag("${ACCOUNT_TAGS.accounts}")`,
    blankUnless: allInputs,
    stated: b.stated(st?.accounts, n),
  });
  b.add({
    ...common,
    key: 'regnskap.sum_avvik',
    label: label('line.accounts.sumDeviation'),
    style: 'total',
    formula: 'regnskap.sum_revidert_budsjett - regnskap.sum_regnskap',
    blankUnless: allInputs,
    stated: b.stated(st?.deviation, 2 * n),
  });
  b.add({
    ...common,
    unit: SHARE,
    display: 'percent',
    key: 'regnskap.sum_avvik_andel',
    label: label('line.accounts.sumDeviationShare'),
    style: 'computed',
    formula: 'safediv(regnskap.sum_avvik, regnskap.sum_revidert_budsjett)',
    blankUnless: allInputs,
    notApplicable: { whenZero: 'regnskap.sum_revidert_budsjett', reason: 'line.na.noBudget' },
    stated: b.stated(st?.deviationShare, PERCENT_TOLERANCE),
  });
  b.add({
    ...common,
    unit: 'antall',
    display: 'amount', // a whole number, as amounts are shown
    key: ACCOUNT_KEYS.flaggedCount,
    label: label('line.accounts.flaggedCount'),
    style: 'computed',
    formula: `sumtag("${ACCOUNT_TAGS.flagged}")`,
    blankUnless: allInputs,
  });
}
