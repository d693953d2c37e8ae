// What a budget-vs-accounts import will bring in, in plain words.

import { formatNumber } from '../../format/numberFormat';
import { t, type Lang } from '../../i18n/index';
import { issueText } from '../issues';
import { failureLines, skippedLines, warningLines } from '../preview';
import type { AccountsResult } from './types';

export function describeAccounts(result: AccountsResult, lang: Lang): string[] {
  if (!result.ok) return failureLines(lang, result.errors);
  const n = (v: number): string => formatNumber(v, { lang });
  const pct = (v: number | null): string => (v === null ? '' : formatNumber(v / 100, { lang, percent: true }));
  const unit = result.unit ?? '';
  const lines = [
    t(lang, 'imports.preview.accounts', {
      count: result.rows.length,
      budget: result.budgetLabel,
      accounts: result.accountsLabel,
      unit,
    }),
  ];
  for (const r of [...result.rows, ...(result.total ? [result.total] : [])]) {
    lines.push(
      t(lang, r.flagged ? 'imports.preview.accountsRowFlagged' : 'imports.preview.accountsRow', {
        area: r.label,
        budget: n(r.budget),
        accounts: n(r.accounts),
        deviation: n(r.deviation),
        percent: pct(r.deviationPercent),
      }),
    );
  }
  if (result.mismatches.length === 0) lines.push(t(lang, 'imports.preview.accountsReconcile'));
  else {
    lines.push(t(lang, 'imports.preview.accountsMismatches', { count: result.mismatches.length }));
    lines.push(...result.mismatches.map((m) => issueText(lang, m)));
  }
  lines.push(...skippedLines(lang, result.skipped));
  lines.push(...warningLines(lang, result.warnings));
  return lines;
}
