// A list of measures pasted as text (a block copied from Excel, or a table copied out of a budget document): a
// header row names the columns, each further row is a measure. Reads the header into column roles (which the
// preview lets the user change), then each row into a measure or a reason why it is refused. Amounts are read in
// 1000 kr: "12,0 mill." is 12 000, a bare number is taken as 1000 kr unless the header names another unit.
import { parseNumber, parseTsv, type FormatError } from '../format';
import { unitScale } from '../format/units';
import { LIMITS } from '../model/limits';
import { type Measure, type MeasureEffect, type MeasureKind, type MeasureStatus } from '../model/measure';
import type { Scenario } from '../model/scenario';
import { slugId } from '../model/slug';
import { effectPerYear, measureIds } from './edits';

export const COLUMN_ROLES = ['name', 'area', 'fullYear', 'firstYear', 'fte', 'costPerFte', 'startYear', 'startMonth', 'probability', 'status', 'kind', 'note', 'ignore'] as const;
export type ColumnRole = (typeof COLUMN_ROLES)[number];

/** A message as an i18n code (shared/i18n/measuresUi.ts) with its parameters. */
export interface Msg {
  code: string;
  params: Record<string, string | number>;
}

export interface PastedTable {
  header: string[];
  /** Data rows, each as long as the header; `line` is the row's line in the pasted text (1 = the header). */
  rows: { line: number; cells: string[] }[];
  /** The role each column's header suggests ('ignore' when it says nothing we know). */
  roles: ColumnRole[];
  /** The year a first-year column names ("Effekt i 2021" → 2021), if any. */
  headerYear: number | null;
}

// Header words, tried in this order (cost per FTE before FTE, first-year effect before full-year effect).
const HEADER_PATTERNS: [RegExp, ColumnRole][] = [
  [/kost\w* per årsverk|årsverkskost|cost per fte|kostnad per stilling/, 'costPerFte'],
  [/årsverk|\bfte\b|stillinger/, 'fte'],
  [/første år|effekt i år|first.?year|effekt (i )?(19|20)\d\d|effect (in )?(19|20)\d\d|\b(19|20)\d\d\b/, 'firstYear'],
  [/helår|hel år|års-?effekt|full.?year|annual/, 'fullYear'],
  [/startår|start year|fra år/, 'startYear'],
  [/startmåned|start month|måned|month/, 'startMonth'],
  [/sannsynlig|probability|realiser/, 'probability'],
  [/status/, 'status'],
  [/programområde|tjenesteområde|område|\barea\b|programme/, 'area'],
  [/^type$|^kind$|innsparing\/økning/, 'kind'],
  [/merknad|notat|kommentar|beskrivelse|\bnotes?\b/, 'note'],
  [/tiltak|navn|\bname\b|measure/, 'name'],
];

function roleOf(header: string): ColumnRole {
  const h = header.toLowerCase().replace(/\s+/g, ' ').trim();
  if (h === '') return 'ignore';
  for (const [re, role] of HEADER_PATTERNS) if (re.test(h)) return role;
  return 'ignore';
}

/** Splits the text into cells: tabs as Excel copies them; a text without tabs (copied from a PDF) by runs of two
 *  or more blanks. */
function cellsOf(text: string): string[][] {
  if (text.includes('\t')) return parseTsv(text);
  return text.split(/\r\n|\r|\n/).map((line) => line.split(/ {2,}|\u00a0{2,}/));
}

/** The pasted text as a table with a header, or null when it holds no rows. */
export function readPastedTable(text: string): PastedTable | null {
  const all = cellsOf(text)
    .map((cells, i) => ({ line: i + 1, cells: cells.map((c) => c.trim()) }))
    .filter((r) => r.cells.some((c) => c !== ''));
  if (all.length === 0) return null;
  const [head, ...body] = all;
  const width = Math.max(...all.map((r) => r.cells.length));
  const pad = (cells: string[]) => [...cells, ...new Array<string>(width - cells.length).fill('')];
  const header = pad(head.cells);
  const roles = header.map(roleOf);
  // One column per role: a second column the header would give the same role is left out until the user says.
  const seen = new Set<ColumnRole>();
  roles.forEach((r, i) => {
    if (r !== 'ignore' && seen.has(r)) roles[i] = 'ignore';
    seen.add(r);
  });
  if (!roles.includes('name')) {
    const firstText = roles.findIndex((r) => r === 'ignore');
    if (firstText >= 0) roles[firstText] = 'name';
  }
  const firstYearCol = roles.indexOf('firstYear');
  const year = firstYearCol >= 0 ? /\b((?:19|20)\d\d)\b/.exec(header[firstYearCol]) : null;
  return {
    header,
    rows: body.map((r) => ({ line: r.line - head.line + 1, cells: pad(r.cells) })),
    roles,
    headerYear: year ? Number(year[1]) : null,
  };
}

export interface PasteChoices {
  /** The role of each column (default: the header's). */
  roles: ColumnRole[];
  /** The area of rows without one (an area column's blank cells, or every row when there is no such column). */
  areaId: string | null;
  /** The start year of rows without one; a first-year effect is the effect in this year. */
  startYear: number;
  /** The cost of one FTE where the table gives FTEs but no cost. */
  costPerFte: number;
}

export interface RefusedRow {
  line: number;
  name: string;
  reason: Msg;
}

export interface PasteResult {
  measures: Measure[];
  refused: RefusedRow[];
  /** Rows that are sums of the others ("Sum", "Totalt"), with what they state and what the measures give. */
  sums: { line: number; name: string; fullYear: number | null; firstYear: number | null }[];
  /** Rows taken with an assumption the user should see (no effect given …). */
  notes: { line: number; name: string; note: Msg }[];
  /** Totals of the measures read: full-year effect and effect in the start year (1000 kr). */
  totals: { fullYear: number; firstYear: number };
}

const SUM_ROW = /^(sum|summer?t?|totalt?|i alt|total)\b/i;
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'mai', 'jun', 'jul', 'aug', 'sep', 'okt', 'nov', 'des'];
const MONTHS_EN = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const STATUS_WORDS: Record<string, MeasureStatus> = {
  forslag: 'forslag', foreslått: 'forslag', proposed: 'forslag',
  vedtatt: 'vedtatt', adopted: 'vedtatt',
  iverksatt: 'iverksatt', implemented: 'iverksatt',
  forkastet: 'forkastet', rejected: 'forkastet', avvist: 'forkastet',
};
const KIND_WORDS: Record<string, MeasureKind> = { innsparing: 'saving', saving: 'saving', økning: 'increase', okning: 'increase', increase: 'increase' };

class Refusal extends Error {
  constructor(readonly reason: Msg) {
    super(reason.code);
  }
}

const refuse = (code: string, params: Record<string, string | number> = {}): never => {
  throw new Refusal({ code, params });
};

function formatRefusal(err: FormatError, column: string): never {
  return refuse('measuresUi.paste.badNumber', { column, reason: err.code, text: String(err.params.text ?? '') });
}

/** Multiplier from a header's unit to 1000 kr ("Helårseffekt (mill. kr)" → 1000), 1 when it names none. */
function headerFactor(header: string): number {
  const m = /\(([^)]*)\)|\bi ([^,]*kr)\b/i.exec(header);
  const unit = m ? (m[1] ?? m[2]) : /mill|mnok/i.test(header) ? 'mill. kr' : undefined;
  const scale = unitScale(unit);
  return scale.kind === 'money' ? 10 ** (scale.exponent - 3) : 1;
}

function amountIn(text: string, header: string): number | null {
  if (text === '') return null;
  const parsed = parseNumber(text, { unit: '1000 kr' });
  if (!parsed.ok) return formatRefusal(parsed.error, header);
  if (parsed.value === null) return null;
  if (parsed.percent) refuse('measuresUi.paste.notAmount', { column: header, text });
  // A number that named its own unit is already in 1000 kr; a bare one is in the header's unit.
  const value = parsed.scale !== undefined ? parsed.value : parsed.value * headerFactor(header);
  if (value < 0) refuse('measuresUi.paste.negative', { column: header, text });
  return Math.round(value * 1e6) / 1e6;
}

function plainIn(text: string, header: string): number | null {
  if (text === '') return null;
  const parsed = parseNumber(text);
  if (!parsed.ok) return formatRefusal(parsed.error, header);
  if (parsed.value !== null && parsed.value < 0) refuse('measuresUi.paste.negative', { column: header, text });
  return parsed.value;
}

function monthIn(text: string, header: string): number | null {
  const word = text.toLowerCase().slice(0, 3);
  const named = Math.max(MONTHS.indexOf(word), MONTHS_EN.indexOf(word));
  if (named >= 0) return named + 1;
  const v = plainIn(text, header);
  if (v !== null && !(Number.isInteger(v) && v >= 1 && v <= 12)) refuse('measuresUi.paste.badMonth', { text });
  return v;
}

function probabilityIn(text: string, header: string): number | null {
  if (text === '') return null;
  const parsed = parseNumber(text);
  if (!parsed.ok) return formatRefusal(parsed.error, header);
  if (parsed.value === null) return null;
  const share = parsed.percent || parsed.value > 1 ? (parsed.percent ? parsed.value : parsed.value / 100) : parsed.value;
  if (!(share >= 0 && share <= 1)) refuse('measuresUi.paste.badProbability', { text });
  return share;
}

function areaIn(doc: Scenario, text: string): string {
  const t = text.toLowerCase().replace(/\s+/g, ' ').trim();
  const code = t.split(' ')[0];
  const area = doc.areas.find((a) => a.code.toLowerCase() === code || a.name.toLowerCase() === t || `${a.code} ${a.name}`.toLowerCase() === t);
  return area ? area.id : refuse('measuresUi.paste.unknownArea', { text });
}

function wordIn<T>(words: Record<string, T>, text: string, code: string): T {
  const v = words[text.toLowerCase().trim()];
  return v !== undefined ? v : refuse(code, { text });
}

/** Reads the rows into measures with the user's choices. Never throws. */
export function readPastedMeasures(doc: Scenario, table: PastedTable, choices: PasteChoices): PasteResult {
  const taken = measureIds(doc);
  const result: PasteResult = { measures: [], refused: [], sums: [], notes: [], totals: { fullYear: 0, firstYear: 0 } };
  const col = (role: ColumnRole) => choices.roles.indexOf(role);
  const cols = Object.fromEntries(COLUMN_ROLES.map((r) => [r, col(r)])) as Record<ColumnRole, number>;
  const cell = (cells: string[], role: ColumnRole) => (cols[role] >= 0 ? cells[cols[role]] : '');
  const head = (role: ColumnRole) => (cols[role] >= 0 ? table.header[cols[role]] : role);
  const startIndex = choices.startYear - doc.firstYear;

  for (const { line, cells } of table.rows) {
    const name = cell(cells, 'name');
    try {
      const fullYear = amountIn(cell(cells, 'fullYear'), head('fullYear'));
      const firstYear = amountIn(cell(cells, 'firstYear'), head('firstYear'));
      if (SUM_ROW.test(name)) {
        result.sums.push({ line, name, fullYear, firstYear });
        continue;
      }
      if (name === '') refuse('measuresUi.paste.noName');
      if (name.length > LIMITS.maxName) refuse('measuresUi.paste.longName', { max: LIMITS.maxName });
      if (doc.measures.length + result.measures.length >= LIMITS.maxMeasures) refuse('measuresUi.paste.tooMany', { max: LIMITS.maxMeasures });
      const areaText = cell(cells, 'area');
      const areaId = areaText !== '' ? areaIn(doc, areaText) : (choices.areaId ?? refuse('measuresUi.paste.noArea'));
      const fte = plainIn(cell(cells, 'fte'), head('fte'));
      const costPerFte = amountIn(cell(cells, 'costPerFte'), head('costPerFte')) ?? choices.costPerFte;
      const startYear = plainIn(cell(cells, 'startYear'), head('startYear')) ?? choices.startYear;
      if (!Number.isInteger(startYear) || startYear < LIMITS.minYear || startYear > LIMITS.maxYear) refuse('measuresUi.paste.badYear', { text: String(startYear) });
      const startMonth = monthIn(cell(cells, 'startMonth'), head('startMonth')) ?? 1;
      const probability = probabilityIn(cell(cells, 'probability'), head('probability')) ?? 1;
      const status: MeasureStatus = cell(cells, 'status') === '' ? 'forslag' : wordIn(STATUS_WORDS, cell(cells, 'status'), 'measuresUi.paste.badStatus');
      const kind: MeasureKind = cell(cells, 'kind') === '' ? 'saving' : wordIn(KIND_WORDS, cell(cells, 'kind'), 'measuresUi.paste.badKind');
      const note = cell(cells, 'note');

      const fteFull = fte !== null ? fte * costPerFte : null;
      let effect: MeasureEffect;
      let fteBasis: Measure['fteBasis'];
      if (firstYear !== null) {
        // Balanse 2021: the first year's effect is given, full effect after it.
        const full = fullYear ?? fteFull ?? firstYear;
        const i0 = startYear - doc.firstYear;
        effect = { mode: 'explicit', fullYear: full, perYear: Array.from({ length: doc.years }, (_, i) => (i < i0 ? 0 : i === i0 ? firstYear : full)) };
        if (i0 < 0 || i0 >= doc.years) result.notes.push({ line, name, note: { code: 'measuresUi.paste.firstYearOutside', params: { year: startYear } } });
        if (fte !== null) fteBasis = { fte, costPerFte };
      } else if (fullYear === null && fte !== null) {
        effect = { mode: 'fte', fte, costPerFte, startYear, startMonth };
      } else {
        effect = { mode: 'phasein', fullYear: fullYear ?? 0, startYear, startMonth };
        if (fte !== null) fteBasis = { fte, costPerFte };
      }
      if (fullYear === null && firstYear === null && fte === null) result.notes.push({ line, name, note: { code: 'measuresUi.paste.noEffect', params: {} } });
      const measure: Measure = {
        id: slugId(name, taken, 'tiltak'),
        name,
        areaId,
        kind,
        effect,
        probability,
        status,
        included: true,
        ...(note !== '' ? { notes: note.slice(0, LIMITS.maxText) } : {}),
        ...(fteBasis ? { fteBasis } : {}),
      };
      result.measures.push(measure);
      result.totals.fullYear += effect.mode === 'fte' ? effect.fte * effect.costPerFte : effect.fullYear;
      result.totals.firstYear += effectPerYear(doc, effect)[startIndex] ?? 0;
    } catch (err) {
      if (!(err instanceof Refusal)) throw err;
      result.refused.push({ line, name, reason: err.reason });
    }
  }
  return result;
}
