// What a population import will bring in, in plain words, before anything is written.

import { formatNumber } from '../../format/numberFormat';
import { t, type Lang } from '../../i18n/index';
import { issueText } from '../issues';
import { failureLines, skippedLines, warningLines } from '../preview';
import { aggregateAges, type TargetAgeGroup } from './aggregate';
import { regionText } from './labels';
import type { PopulationResult } from './types';

/**
 * The preview as lines of text: region and alternative, ages and years, how sexes were read, the total population
 * in the first and last year, per scenario age group if `groups` is given, other regions and alternatives the file
 * has, what was skipped and why, and warnings. For a failed import: the errors, each with its line and column.
 */
export function describePopulation(result: PopulationResult, lang: Lang, groups?: TargetAgeGroup[]): string[] {
  if (!result.ok) return failureLines(lang, result.errors);
  const n = (v: number): string => formatNumber(v, { lang });
  const lines: string[] = [];
  lines.push(
    t(lang, 'imports.preview.population', {
      region: result.region ? regionText(result.region) : t(lang, 'imports.preview.noRegion'),
      alternative: result.alternative ? result.alternative.label : t(lang, 'imports.preview.noAlternative'),
    }),
  );
  const { source } = result;
  lines.push(
    t(lang, source.format === 'csv' ? 'imports.preview.sourceCsv' : 'imports.preview.sourceJson', {
      encoding: source.encoding ?? t(lang, 'imports.preview.decodedText'),
      separator: source.separator ?? '',
    }),
  );
  const first = result.years[0];
  const last = result.years[result.years.length - 1];
  lines.push(
    t(lang, 'imports.preview.shape', {
      ages: result.ages.length,
      firstAge: result.ages[0].label,
      lastAge: result.ages[result.ages.length - 1].label,
      years: result.years.length,
      firstYear: first,
      lastYear: last,
    }),
  );
  lines.push(t(lang, `imports.preview.sexes.${result.sexes}`));
  const totalIn = (y: number): number => result.values.reduce((sum, row) => sum + row[y], 0);
  lines.push(
    t(lang, 'imports.preview.totals', {
      firstYear: first,
      first: n(totalIn(0)),
      lastYear: last,
      last: n(totalIn(result.years.length - 1)),
    }),
  );
  if (groups) {
    const aggregated = aggregateAges(result, groups);
    if (aggregated.ok) {
      aggregated.groups.forEach((g, i) => {
        const row = aggregated.values[i];
        const params = { group: g.label, firstYear: first, first: n(row[0]), lastYear: last, last: n(row[row.length - 1]) };
        lines.push(t(lang, 'imports.preview.group', params));
      });
      lines.push(...warningLines(lang, aggregated.warnings));
    } else {
      lines.push(t(lang, 'imports.preview.groupsFailed'), ...aggregated.errors.map((e) => issueText(lang, e)));
    }
  }
  const otherRegions = result.options.regions.filter((r) => r !== result.region);
  if (result.region && otherRegions.length > 0) {
    lines.push(t(lang, 'imports.preview.otherRegions', { list: otherRegions.map(regionText).join(', ') }));
  }
  const otherAlternatives = result.options.alternatives.filter((a) => a !== result.alternative);
  if (result.alternative && otherAlternatives.length > 0) {
    lines.push(
      t(lang, 'imports.preview.otherAlternatives', { list: otherAlternatives.map((a) => a.label).join(', ') }),
    );
  }
  lines.push(...skippedLines(lang, result.skipped));
  lines.push(...warningLines(lang, result.warnings));
  return lines;
}
