// A population table as SSB's statistics bank downloads it as CSV, in any of its layouts:
//   wide:  "region";"kjønn";"alder";"Hovedalternativet (MMMM) 2024";"Hovedalternativet (MMMM) 2025"…
//   long:  region;kjønn;alder;år;Hovedalternativet (MMMM)      (a year column, a column per statistic)
//   long:  region,kjønn,alder,statistikkvariabel,år,value      (the API's csv2: one value column)
// with or without a title line above the header and with or without a region or sex column. Columns are found by
// their header; a column whose header is not known is recognised by its first value ("0 år", "Menn", "3005 Drammen").

import { readCsvTable, separatorName } from '../csvReader';
import type { TextEncodingName } from '../decode';
import { IssueList, type ImportMessage } from '../issues';
import { PopulationCollector, type Location } from './collect';
import { readCount } from './count';
import {
  dimensionOf,
  isGenericValueHeader,
  isSsbSymbol,
  parseAgeLabel,
  parseRegion,
  parseSex,
  parseStatistic,
  parseYear,
  splitYearHeader,
  type DimensionKind,
  type Region,
  type Sex,
  type Statistic,
} from './labels';
import { choose, regionKey, statisticKey } from './select';
import type { PopulationOptions, PopulationResult, PopulationSelection } from './types';

interface ValueColumn {
  index: number;
  header: string;
  /** From a wide header; null when the year is in a column of its own. */
  year: number | null;
  /** From the header; null when a statistic column (or nothing) names it. */
  statistic: Statistic | null;
}

interface Layout {
  dims: Partial<Record<DimensionKind, number>>;
  values: ValueColumn[];
  warnings: ImportMessage[];
}

const looksLikeNumber = (s: string): boolean => /^[\s\d.,\u00a0\u202f-]+$/.test(s) && /\d/.test(s);

/** Finds the columns: dimensions by header (or by their first value), values by a year or statistic in the header. */
function findLayout(header: string[], firstRow: string[] | undefined, headerLine: number, errors: IssueList): Layout {
  const dims: Partial<Record<DimensionKind, number>> = {};
  const candidates: ValueColumn[] = [];
  const unknown: number[] = [];
  const warnings: ImportMessage[] = [];
  header.forEach((raw, index) => {
    const h = raw.trim();
    const kind = dimensionOf(h);
    if (kind !== null) {
      if (dims[kind] === undefined) dims[kind] = index;
      else errors.add({ line: headerLine, column: index + 1, code: 'imports.ssb.duplicateColumn', params: { name: h } });
      return;
    }
    if (isGenericValueHeader(h)) {
      candidates.push({ index, header: h, year: null, statistic: null });
      return;
    }
    const split = splitYearHeader(h);
    if (split === null) unknown.push(index);
    else candidates.push({ index, header: h, year: split.year, statistic: split.rest ? parseStatistic(split.rest) : null });
  });
  for (const index of unknown) {
    const h = header[index].trim();
    const sample = (firstRow?.[index] ?? '').trim();
    const age = /[^\d\s]/.test(sample) ? parseAgeLabel(sample) : null;
    if (dims.age === undefined && age?.kind === 'age') dims.age = index;
    else if (dims.sex === undefined && parseSex(sample) !== null) dims.sex = index;
    else if (dims.region === undefined && /^(?:k[-_.])?\d{4}\s+\S/i.test(sample)) dims.region = index;
    else if (looksLikeNumber(sample) || isSsbSymbol(sample)) {
      candidates.push({ index, header: h, year: null, statistic: parseStatistic(h) });
    }
    else warnings.push({ line: headerLine, column: index + 1, code: 'imports.columnIgnored', params: { name: h } });
  }
  let values: ValueColumn[];
  if (dims.year !== undefined) {
    // The year is in a column: a header names only the statistic.
    values = candidates.map((c) => ({
      ...c,
      year: null,
      statistic: isGenericValueHeader(c.header) ? null : parseStatistic(c.header),
    }));
  } else {
    for (const c of candidates.filter((v) => v.year === null)) {
      warnings.push({ line: headerLine, column: c.index + 1, code: 'imports.columnIgnored', params: { name: c.header } });
    }
    values = candidates.filter((c) => c.year !== null);
  }
  return { dims, values, warnings };
}

export function readPopulationCsv(
  text: string,
  selection: PopulationSelection,
  encoding: TextEncodingName | null,
): PopulationResult {
  const read = readCsvTable(text);
  if (!read.ok) return { ok: false, errors: read.errors };
  const { table } = read;
  const headerLine = table.header.line;
  const header = table.header.cells;
  const errors = new IssueList();
  const layout = findLayout(header, table.rows[0]?.cells, headerLine, errors);
  const { dims } = layout;
  if (dims.age === undefined) errors.add({ line: headerLine, code: 'imports.ssb.missingAge', params: {} });
  if (layout.values.length === 0) errors.add({ line: headerLine, code: 'imports.ssb.noValueColumns', params: {} });
  if (errors.size > 0) return { ok: false, errors: errors.toArray() };

  // A blank dimension cell repeats the one above, as in a table copied from the statistics bank's web page.
  const carried = [dims.region, dims.sex, dims.statistic, dims.year].filter((d): d is number => d !== undefined);
  const above = new Map<number, string>();
  for (const row of table.rows) {
    for (const col of carried) {
      if (row.cells[col].trim() !== '') above.set(col, row.cells[col]);
      else row.cells[col] = above.get(col) ?? '';
    }
  }

  // Pass 1: what the file offers.
  const regions = new Map<string, Region>();
  const statistics = new Map<string, Statistic>();
  if (dims.statistic === undefined) {
    for (const v of layout.values) if (v.statistic) statistics.set(statisticKey(v.statistic), v.statistic);
  }
  for (const row of table.rows) {
    if (dims.region !== undefined) {
      const r = parseRegion(row.cells[dims.region]);
      if (r.name !== '' && !regions.has(regionKey(r))) regions.set(regionKey(r), r);
    }
    if (dims.statistic !== undefined) {
      const s = parseStatistic(row.cells[dims.statistic]);
      if (s.label !== '' && !statistics.has(statisticKey(s))) statistics.set(statisticKey(s), s);
    }
  }
  const options: PopulationOptions = { regions: [...regions.values()], alternatives: [...statistics.values()] };
  const chosen = choose(options, selection);
  if (!chosen.ok) return { ok: false, errors: chosen.errors, options };
  const { region, alternative } = chosen.selected;
  const regionWanted = region ? regionKey(region) : null;
  const statWanted = alternative ? statisticKey(alternative) : null;

  // Pass 2: the chosen region and alternative.
  const collector = new PopulationCollector();
  collector.errors.addAll(errors.toArray());
  collector.warnings.push(...layout.warnings);
  for (const r of table.preamble) collector.skip({ line: r.line, text: r.cells.join(' '), reason: 'imports.skip.title' });
  const ageCol = dims.age as number;
  const at = (line: number, index: number): Location => ({ line, column: index + 1, columnName: header[index].trim() });
  for (const row of table.rows) {
    const cells = row.cells;
    const regionCol = dims.region;
    const statCol = dims.statistic;
    if (regionCol !== undefined && regionWanted !== null && regionKey(parseRegion(cells[regionCol])) !== regionWanted) continue;
    if (statCol !== undefined && statWanted !== null && statisticKey(parseStatistic(cells[statCol])) !== statWanted) continue;
    const ageText = cells[ageCol].trim();
    const age = parseAgeLabel(ageText);
    if (age === null) {
      collector.error({ ...at(row.line, ageCol), code: 'imports.ssb.unknownAge', params: { text: ageText } });
      continue;
    }
    if (age.kind === 'total') {
      collector.skip({ line: row.line, column: ageCol + 1, text: ageText, reason: 'imports.skip.totalAge' });
      continue;
    }
    let sexText = '';
    let sex: Sex | null = null;
    if (dims.sex !== undefined) {
      sexText = cells[dims.sex].trim();
      sex = parseSex(sexText);
      if (sex === null) {
        collector.error({ ...at(row.line, dims.sex), code: 'imports.ssb.unknownSex', params: { text: sexText } });
        continue;
      }
    }
    let rowYear: number | null = null;
    if (dims.year !== undefined) {
      rowYear = parseYear(cells[dims.year]);
      if (rowYear === null) {
        collector.error({ ...at(row.line, dims.year), code: 'imports.ssb.badYear', params: { text: cells[dims.year].trim() } });
        continue;
      }
    }
    for (const v of layout.values) {
      const otherStatistic = v.statistic !== null && statWanted !== null && statisticKey(v.statistic) !== statWanted;
      if (dims.statistic === undefined && otherStatistic) continue;
      const year = v.year ?? rowYear;
      if (year === null) continue;
      const count = readCount(cells[v.index]);
      if (!count.ok) collector.error({ ...at(row.line, v.index), code: count.code, params: count.params });
      else collector.add(age, ageText, sex, sexText, year, count.value, at(row.line, v.index));
    }
  }
  for (const r of table.notes) collector.skip({ line: r.line, text: r.cells.join(' '), reason: 'imports.skip.note' });
  const title = table.preamble.length > 0 ? table.preamble[0].cells.join(' ').trim() : null;
  return collector.finish(
    { format: 'csv', encoding, separator: separatorName(table.separator), title },
    region,
    alternative,
    options,
  );
}
