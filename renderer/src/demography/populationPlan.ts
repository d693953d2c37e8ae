// From a read population projection to the edit that puts it into a scenario's demography, with the preview a
// user reads first. Pure: the parsed file and the document in, an ImportPlan out; nothing is written here.
import { aggregateAges, describePopulation, regionText, type AgeTable, type PopulationResult, type TargetAgeGroup } from '../../../shared/imports';
import { formatNumber } from '../../../shared/format';
import { t, type Lang } from '../../../shared/i18n';
import { LIMITS } from '../../../shared/model/limits';
import type { Scenario } from '../../../shared/model';
import type { Patch } from '../../../shared/patch/types';
import type { ImportPlan } from '../imports/types';
import { DEFAULT_AGE_GROUPS, groupsOfFile, targetsOf } from './ageGroups';
import { planYears } from '../../../shared/model/years';

/** For a scenario without age groups: the standard grouping, or the file's own groups where it has others. */
function newGroups(result: AgeTable): TargetAgeGroup[] {
  return aggregateAges(result, DEFAULT_AGE_GROUPS).ok ? DEFAULT_AGE_GROUPS : groupsOfFile(result.ages);
}

function failed(lines: string[]): ImportPlan {
  return { ok: false, lines, patches: [], label: '' };
}

export function populationPlan(doc: Scenario, result: PopulationResult, lang: Lang): ImportPlan {
  const existing = doc.demography.ageGroups;
  const creating = existing.length === 0;
  if (!result.ok) return failed(describePopulation(result, lang));
  const { targets, missingAges } = creating ? { targets: newGroups(result), missingAges: [] } : targetsOf(existing);
  if (missingAges.length > 0) {
    return failed([t(lang, 'demographyUi.import.missingAges', { groups: missingAges.join(', ') }), t(lang, 'importUi.nothingWritten')]);
  }
  const aggregated = aggregateAges(result, targets);
  // describePopulation says what the file holds and, per group, what it gives (or why it cannot).
  const lines = describePopulation(result, lang, targets);
  if (!aggregated.ok) return failed(lines);

  const first = doc.firstYear;
  const lastKept = first + LIMITS.maxYears - 1;
  const horizon = planYears(doc);
  const fileYears = new Set(aggregated.years);
  const missing = horizon.filter((y) => !fileYears.has(y));
  const before = aggregated.years.filter((y) => y < first);
  const beyond = aggregated.years.filter((y) => y > first + doc.years - 1 && y <= lastKept);

  /** The group's series with the file's years written in, the other years as they were. */
  const seriesOf = (values: number[], old: (number | null)[]): (number | null)[] => {
    const out = [...old];
    aggregated.years.forEach((y, k) => {
      if (y < first || y > lastKept) return;
      const i = y - first;
      while (out.length < i) out.push(null);
      out[i] = values[k];
    });
    return out;
  };

  // Each group's population after the import: the file's years written over what the group had.
  const merged = targets.map((g, i) => seriesOf(aggregated.values[i], creating ? [] : (existing.find((x) => x.id === g.id)?.population ?? [])));
  const patches: Patch[] = [];
  if (creating) {
    const groups = targets.map((g, i) => ({
      id: g.id,
      name: g.label,
      fromAge: g.fromAge,
      ...(g.toAge === null ? {} : { toAge: g.toAge }),
      population: merged[i],
    }));
    patches.push({ op: 'set', path: ['demography', 'ageGroups'], value: groups });
    lines.push(t(lang, 'demographyUi.import.creates', { groups: targets.map((g) => g.label).join(', ') }));
  } else {
    targets.forEach((g, i) => patches.push({ op: 'set', path: ['demography', 'ageGroups', { id: g.id }, 'population'], value: merged[i] }));
    lines.push(t(lang, 'demographyUi.import.replaces', { count: targets.length }));
  }

  // The demographic change is measured from the base year: it must have figures after the import.
  const baseYear = doc.demography.baseYear ?? first;
  const hasBase = fileYears.has(baseYear) || (!creating && existing.every((g) => typeof g.population[baseYear - first] === 'number'));
  const firstCovered = horizon.find((y) => fileYears.has(y));
  if (!hasBase && firstCovered !== undefined) {
    patches.push({ op: 'set', path: ['demography', 'baseYear'], value: firstCovered });
    lines.push(t(lang, 'demographyUi.import.baseYear', { from: baseYear, to: firstCovered }));
  }
  if (firstCovered === undefined) {
    return failed([...lines, t(lang, 'demographyUi.import.noYears', { first, last: first + doc.years - 1 })]);
  }
  if (missing.length > 0) lines.push(t(lang, creating ? 'demographyUi.import.missingYearsBlank' : 'demographyUi.import.missingYearsKept', { years: missing.join(', ') }));
  if (before.length > 0) lines.push(t(lang, 'demographyUi.import.before', { years: `${before[0]}–${before[before.length - 1]}` }));
  if (beyond.length > 0) lines.push(t(lang, 'demographyUi.import.beyond', { years: `${beyond[0]}–${beyond[beyond.length - 1]}` }));

  const n = (v: number | null | undefined): string => (typeof v === 'number' ? formatNumber(v, { lang }) : '');
  const table = {
    columns: [t(lang, 'demographyUi.ageGroup'), ...horizon.map(String)],
    numeric: [false, ...horizon.map(() => true)],
    rows: targets.map((g, i) => [g.label, ...horizon.map((y) => n(merged[i][y - first]))]),
  };
  const label = t(lang, 'demographyUi.import.label', {
    region: result.region ? regionText(result.region) : '',
    alternative: result.alternative?.code ?? result.alternative?.label ?? '',
  });
  return { ok: true, lines, table, patches, label };
}
