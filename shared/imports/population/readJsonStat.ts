// A population table in JSON-stat 2.0, the format of SSB's API (PxWebApi): dimensions (Region, Kjonn, Alder,
// ContentsCode, Tid) with their categories, and the values in one flat array in row-major order (the last dimension
// varies fastest). See https://json-stat.org/format/. Values may be given as an array or as an object keyed by
// index (a sparse dataset); a missing value is null, with SSB's symbol in `status`.

import type { TextEncodingName } from '../decode';
import { IssueList, type ImportIssue } from '../issues';
import { PopulationCollector } from './collect';
import {
  dimensionOf,
  parseAgeLabel,
  parseRegion,
  parseSex,
  parseStatistic,
  parseYear,
  sexFromCode,
  type AgeLabel,
  type DimensionKind,
  type Region,
  type Sex,
  type Statistic,
} from './labels';
import { choose } from './select';
import type { PopulationResult, PopulationSelection } from './types';

const MAX_SPARSE_CELLS = 5_000_000;

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

const isObject = (v: Json | undefined): v is JsonObject => typeof v === 'object' && v !== null && !Array.isArray(v);
const isStringArray = (v: Json | undefined): v is string[] => Array.isArray(v) && v.every((x) => typeof x === 'string');

/** 1-based line and column of a character offset. */
function lineColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}

/** The line where `"key":` first occurs: JSON has no cells, so messages point at the key that holds the problem. */
function lineOfKey(text: string, key: string): number {
  const escaped = key.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const m = new RegExp(`"${escaped}"\\s*:`).exec(text);
  return m ? lineColumn(text, m.index).line : 0;
}

interface Category {
  code: string;
  label: string;
}

interface Dimension {
  id: string;
  label: string;
  kind: DimensionKind | null;
  categories: Category[];
  line: number;
}

function categoriesOf(dim: JsonObject): Category[] | null {
  const category = dim.category;
  if (!isObject(category)) return null;
  const labels = isObject(category.label) ? category.label : {};
  let codes: string[];
  if (isStringArray(category.index)) codes = category.index;
  else if (isObject(category.index)) {
    const index = category.index;
    codes = Object.keys(index).sort((a, b) => Number(index[a]) - Number(index[b]));
  } else codes = Object.keys(labels); // a dimension of one category may leave out the index
  return codes.map((code) => ({ code, label: typeof labels[code] === 'string' ? (labels[code] as string) : code }));
}

function fail(issue: ImportIssue): PopulationResult {
  return { ok: false, errors: [issue] };
}

/** Which dimension this is: by the dataset's roles, then by its id, then by its label. */
function kindOf(id: string, label: string, role: JsonObject): DimensionKind | null {
  const inRole = (name: string): boolean => isStringArray(role[name]) && (role[name] as string[]).includes(id);
  if (inRole('time')) return 'year';
  if (inRole('metric')) return 'statistic';
  if (inRole('geo')) return 'region';
  return dimensionOf(id) ?? dimensionOf(label);
}

function regionOf(c: Category): Region {
  const fromLabel = parseRegion(c.label);
  if (fromLabel.code !== null) return fromLabel;
  const code = c.code.replace(/^k[-_.]/i, '');
  return /^\d{1,4}$/.test(code) ? { code, name: fromLabel.name } : fromLabel;
}

export function readPopulationJsonStat(
  text: string,
  selection: PopulationSelection,
  encoding: TextEncodingName | null,
): PopulationResult {
  let doc: Json;
  try {
    doc = JSON.parse(text) as Json;
  } catch (e) {
    const m = /position (\d+)/.exec(e instanceof Error ? e.message : '');
    const at = m ? lineColumn(text, Number(m[1])) : { line: 0 };
    return fail({ ...at, code: 'imports.json.syntax', params: {} });
  }
  // A bundle ({ "name": dataset }) of one dataset is read as that dataset.
  if (isObject(doc) && doc.class !== 'dataset') {
    const inner = Object.values(doc).filter((v) => isObject(v) && v.class === 'dataset');
    if (inner.length === 1) doc = inner[0];
  }
  if (!isObject(doc) || !isStringArray(doc.id) || !Array.isArray(doc.size) || !isObject(doc.dimension)) {
    return fail({ line: 1, code: 'imports.json.notJsonStat', params: {} });
  }
  const ids = doc.id;
  const rawSizes = doc.size;
  const dimensionObject = doc.dimension;
  const role = isObject(doc.role) ? doc.role : {};
  if (rawSizes.length !== ids.length || !rawSizes.every((s) => typeof s === 'number' && Number.isInteger(s) && s >= 0)) {
    return fail({ line: lineOfKey(text, 'size'), code: 'imports.json.notJsonStat', params: {} });
  }
  const sizes = rawSizes as number[];
  const errors = new IssueList();
  const dims: Dimension[] = [];
  for (const [i, id] of ids.entries()) {
    const raw = dimensionObject[id];
    const line = lineOfKey(text, id);
    const categories = isObject(raw) ? categoriesOf(raw) : null;
    if (!isObject(raw) || categories === null) {
      errors.add({ line, code: 'imports.json.badDimension', params: { name: id } });
      continue;
    }
    const label = typeof raw.label === 'string' ? raw.label : id;
    if (categories.length !== sizes[i]) {
      errors.add({ line, code: 'imports.json.badDimension', params: { name: label } });
      continue;
    }
    const kind = kindOf(id, label, role);
    if (kind === null && categories.length > 1) {
      errors.add({ line, code: 'imports.json.unknownDimension', params: { name: label } });
    }
    dims.push({ id, label, kind, categories, line });
  }
  if (errors.size > 0) return { ok: false, errors: errors.toArray() };
  const find = (kind: DimensionKind): number => dims.findIndex((d) => d.kind === kind);
  const ageDim = find('age');
  const yearDim = find('year');
  const sexDim = find('sex');
  const regionDim = find('region');
  const statDim = find('statistic');
  if (ageDim < 0) return fail({ line: lineOfKey(text, 'dimension'), code: 'imports.ssb.missingAge', params: {} });
  if (yearDim < 0) return fail({ line: lineOfKey(text, 'dimension'), code: 'imports.ssb.missingYear', params: {} });

  const total = sizes.reduce((a, b) => a * b, 1);
  const value = doc.value;
  const valueLine = lineOfKey(text, 'value');
  // An array holds every cell, so the file's size bounds it; a sparse object does not, and its dimensions could
  // multiply to more cells than any table of one municipality has.
  if (!Array.isArray(value) && total > MAX_SPARSE_CELLS) {
    return fail({ line: valueLine, code: 'imports.json.tooManyCells', params: { count: total } });
  }
  if (Array.isArray(value) ? value.length !== total : !isObject(value)) {
    return fail({
      line: valueLine,
      code: 'imports.json.sizeMismatch',
      params: { expected: total, found: Array.isArray(value) ? value.length : 0 },
    });
  }

  const regions: Region[] = regionDim >= 0 ? dims[regionDim].categories.map(regionOf) : [];
  const statistics: Statistic[] = statDim >= 0 ? dims[statDim].categories.map((c) => parseStatistic(c.label)) : [];
  const options = { regions, alternatives: statistics };
  const chosen = choose(options, selection);
  if (!chosen.ok) return { ok: false, errors: chosen.errors, options };
  const { region, alternative } = chosen.selected;

  const collector = new PopulationCollector();
  // Per category of the age, sex and year dimensions: what it means, or null if it is skipped or wrong.
  const ages: (AgeLabel | null)[] = dims[ageDim].categories.map((c) => {
    const parsed = parseAgeLabel(c.label) ?? parseAgeLabel(c.code);
    const line = dims[ageDim].line;
    if (parsed === null) collector.error({ line, code: 'imports.ssb.unknownAge', params: { text: c.label } });
    else if (parsed.kind === 'total') collector.skip({ line, text: c.label, reason: 'imports.skip.totalAge' });
    return parsed;
  });
  const sexes: (Sex | null)[] =
    sexDim >= 0
      ? dims[sexDim].categories.map((c) => {
          const sex = parseSex(c.label) ?? sexFromCode(c.code);
          const line = dims[sexDim].line;
          if (sex === null) collector.error({ line, code: 'imports.ssb.unknownSex', params: { text: c.label } });
          return sex;
        })
      : [];
  const years: (number | null)[] = dims[yearDim].categories.map((c) => {
    const year = parseYear(c.code) ?? parseYear(c.label);
    if (year === null) collector.error({ line: dims[yearDim].line, code: 'imports.ssb.badYear', params: { text: c.label } });
    return year;
  });
  const wanted = dims.map((d, i) => {
    if (i === regionDim && region) return regions.indexOf(region);
    if (i === statDim && alternative) return statistics.indexOf(alternative);
    return -1; // every category
  });
  const status = doc.status;
  const symbolAt = (i: number): string => {
    if (typeof status === 'string') return status;
    const s = Array.isArray(status) ? status[i] : isObject(status) ? status[String(i)] : undefined;
    return typeof s === 'string' ? s : '';
  };

  // Row-major walk over every cell; `index` holds each dimension's category.
  const index = dims.map(() => 0);
  for (let flat = 0; flat < total; flat++) {
    if (flat > 0) {
      for (let d = dims.length - 1; d >= 0; d--) {
        if (++index[d] < sizes[d]) break;
        index[d] = 0;
      }
    }
    if (wanted.some((w, d) => w >= 0 && index[d] !== w)) continue;
    const age = ages[index[ageDim]];
    const year = years[index[yearDim]];
    const sex = sexDim >= 0 ? sexes[index[sexDim]] : null;
    if (age === null || age.kind === 'total' || year === null || (sexDim >= 0 && sex === null)) continue;
    const ageLabel = dims[ageDim].categories[index[ageDim]].label;
    const sexLabel = sexDim >= 0 ? dims[sexDim].categories[index[sexDim]].label : '';
    const what = [sexLabel, ageLabel, String(year)].filter((s) => s !== '').join(', ');
    const v = Array.isArray(value) ? value[flat] : (value as JsonObject)[String(flat)];
    if (v === null || v === undefined) {
      const symbol = symbolAt(flat) || 'null';
      collector.error({ line: valueLine, code: 'imports.json.missingValue', params: { what, symbol } });
    } else if (typeof v !== 'number' || !Number.isFinite(v) || v < 0) {
      const text = JSON.stringify(v).slice(0, 40);
      collector.error({ line: valueLine, code: 'imports.json.badValue', params: { what, text } });
    } else {
      collector.add(age, ageLabel, sex, sexLabel, year, v, { line: valueLine });
    }
  }
  const title = typeof doc.label === 'string' ? doc.label : null;
  return collector.finish({ format: 'json-stat2', encoding, title }, region, alternative, options);
}
