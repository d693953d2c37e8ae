// Shared pieces of the plain-language previews: the failure list, the skipped list and the warnings.

import { t, type Lang } from '../i18n/index';
import { issueText, messageText, skipText, type ImportIssue, type ImportMessage, type ImportSkip } from './issues';

/** Skipped lines listed one by one before they are counted. */
const MAX_LISTED = 20;

export function failureLines(lang: Lang, errors: ImportIssue[]): string[] {
  return [t(lang, 'imports.preview.failed', { count: errors.length }), ...errors.map((e) => issueText(lang, e))];
}

export function skippedLines(lang: Lang, skipped: ImportSkip[]): string[] {
  if (skipped.length === 0) return [t(lang, 'imports.preview.nothingSkipped')];
  const lines = [t(lang, 'imports.preview.skipped', { count: skipped.length })];
  for (const s of skipped.slice(0, MAX_LISTED)) lines.push(skipText(lang, s));
  if (skipped.length > MAX_LISTED) lines.push(t(lang, 'imports.preview.andMore', { count: skipped.length - MAX_LISTED }));
  return lines;
}

export function warningLines(lang: Lang, warnings: ImportMessage[]): string[] {
  return warnings.map((w) => messageText(lang, w));
}
