// The labels SSB's statistics bank writes for the dimensions of a population table, in bokmål and English (the
// bank has both), and the codes its API uses for them.

export interface AgeRange {
  fromAge: number;
  /** Inclusive; null for an open-ended oldest group ("105 år eller eldre"). */
  toAge: number | null;
}

export type AgeLabel = ({ kind: 'age' } & AgeRange) | { kind: 'total' };

const MAX_AGE = 130;

function normalize(text: string): string {
  return text
    .toLowerCase()
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .replace(/[\s\u00a0\u202f]+/g, ' ')
    .trim();
}

const AGE_TOTAL = /^(?:alle aldre|alder i alt|i alt|i alt alder|total|totalt|sum|all ages|ages total|age total)$/;
// "år", "års", "år gammel", "years", "year", "aar" after a number.
const YEARS_WORD = String.raw`(?:år|års|aar|years?|yrs?)`;
const OPEN_WORDS = String.raw`(?:\+|og eldre|eller eldre|og over|eller mer|og mer|and older|and over|or older|or more)`;

const SINGLE = new RegExp(String.raw`^(\d{1,3})(?: ?${YEARS_WORD})?$`);
const RANGE = new RegExp(String.raw`^(\d{1,3})(?: ?${YEARS_WORD})? ?- ?(\d{1,3})(?: ?${YEARS_WORD})?$`);
const OPEN = new RegExp(String.raw`^(\d{1,3})(?: ?${YEARS_WORD})? ?${OPEN_WORDS}(?: ?${YEARS_WORD})?$`);
const UNDER = new RegExp(String.raw`^(?:under|below|<) ?(\d{1,3})(?: ?${YEARS_WORD})?$`);
// API codes for groups: "F00-04", "F090+" (FemAarigGruppering and similar aggregations).
const CODE_GROUP = /^[a-z]{1,3}(\d{1,3})-(\d{1,3})$/;
const CODE_OPEN = /^[a-z]{1,3}(\d{1,3})\+$/;

function age(fromAge: number, toAge: number | null): AgeLabel | null {
  if (fromAge > MAX_AGE || (toAge !== null && (toAge > MAX_AGE || toAge < fromAge))) return null;
  return { kind: 'age', fromAge, toAge };
}

/**
 * Reads an age label: "0 år", "17", "000" (API code), "0-5 år", "80–89 år", "90 år eller eldre", "105+", "90 years
 * and over", "under 1 år"; a total ("Alle aldre", "I alt") is { kind: 'total' }. null if it is not an age.
 */
export function parseAgeLabel(text: string): AgeLabel | null {
  const s = normalize(text);
  if (s === '') return null;
  if (AGE_TOTAL.test(s)) return { kind: 'total' };
  let m = SINGLE.exec(s);
  if (m) return age(Number(m[1]), Number(m[1]));
  m = RANGE.exec(s) ?? CODE_GROUP.exec(s);
  if (m) return age(Number(m[1]), Number(m[2]));
  m = OPEN.exec(s) ?? CODE_OPEN.exec(s);
  if (m) return age(Number(m[1]), null);
  m = UNDER.exec(s);
  if (m && Number(m[1]) > 0) return age(0, Number(m[1]) - 1);
  return null;
}

/** "0 år", "80–89 år", "90 år eller eldre": how the app names a range when it makes one up. */
export function ageRangeText(range: AgeRange): string {
  if (range.toAge === null) return `${range.fromAge}+ år`;
  if (range.toAge === range.fromAge) return `${range.fromAge} år`;
  return `${range.fromAge}–${range.toAge} år`;
}

export type Sex = 'total' | 'men' | 'women';

const SEXES: Record<string, Sex> = {
  'begge kjønn': 'total',
  'begge kjonn': 'total',
  'kjønn i alt': 'total',
  'i alt': 'total',
  alle: 'total',
  total: 'total',
  totalt: 'total',
  sum: 'total',
  'both sexes': 'total',
  menn: 'men',
  mann: 'men',
  gutter: 'men',
  'gutter/menn': 'men',
  males: 'men',
  male: 'men',
  men: 'men',
  kvinner: 'women',
  kvinne: 'women',
  jenter: 'women',
  'jenter/kvinner': 'women',
  females: 'women',
  female: 'women',
  women: 'women',
};

/** "Menn", "Kvinner", "Begge kjønn" (and English); null if it is none of them. */
export function parseSex(text: string): Sex | null {
  return SEXES[normalize(text)] ?? null;
}

/** The API's codes for Kjonn: 0 both, 1 men, 2 women. */
export function sexFromCode(code: string): Sex | null {
  return code === '0' ? 'total' : code === '1' ? 'men' : code === '2' ? 'women' : null;
}

export interface Region {
  /** Municipality or county number ("3005"); null when the label has none. */
  code: string | null;
  name: string;
}

/** "3005 Drammen", "K-3005 Drammen", "3005", "Drammen", "0 Hele landet". */
export function parseRegion(text: string): Region {
  const s = text.replace(/[\s\u00a0]+/g, ' ').trim();
  const m = /^(?:k[-_.])?(\d{1,4})(?:[ :-]+(.*))?$/i.exec(s);
  if (m) return { code: m[1], name: (m[2] ?? '').trim() || m[1] };
  return { code: null, name: s };
}

/** A region's full name as SSB writes it: "3005 Drammen". */
export function regionText(region: Region): string {
  return region.code !== null && region.name !== region.code ? `${region.code} ${region.name}` : region.name;
}

export interface Statistic {
  /** The projection alternative's four letters ("MMMM", "LLML", "MMM0"); null for a statistic without one. */
  code: string | null;
  label: string;
}

/** "Hovedalternativet (MMMM)" → MMMM; "Folkemengde" → no code. */
export function parseStatistic(label: string): Statistic {
  const s = label.replace(/[\s\u00a0]+/g, ' ').trim();
  const m = /\(([A-Z0-9]{4})\)/.exec(s) ?? /(?:^|\s)([LMHK0]{4})$/.exec(s);
  return { code: m ? m[1] : null, label: s };
}

/** A year 1900–2199: "2024", or the API's "2024" with a suffix it never has for years ("2024M01" is not one). */
export function parseYear(text: string): number | null {
  const m = /^\s*((?:19|20|21)\d{2})\s*$/.exec(text);
  return m ? Number(m[1]) : null;
}

/** Splits a wide column header "Hovedalternativet (MMMM) 2024" into its statistic and year (also "2024 Folkemengde"). */
export function splitYearHeader(header: string): { rest: string; year: number } | null {
  const s = header.replace(/[\s\u00a0]+/g, ' ').trim();
  let m = /^(.*?)[ ,:]*\b((?:19|20|21)\d{2})$/.exec(s);
  if (m) return { rest: m[1].trim(), year: Number(m[2]) };
  m = /^((?:19|20|21)\d{2})\b[ ,:]*(.*)$/.exec(s);
  if (m) return { rest: m[2].trim(), year: Number(m[1]) };
  return null;
}

export type DimensionKind = 'region' | 'sex' | 'age' | 'year' | 'statistic';

const DIMENSIONS: Record<string, DimensionKind> = {
  region: 'region',
  kommune: 'region',
  kommuner: 'region',
  fylke: 'region',
  bydel: 'region',
  municipality: 'region',
  kjønn: 'sex',
  kjonn: 'sex',
  sex: 'sex',
  gender: 'sex',
  alder: 'age',
  aldersgruppe: 'age',
  age: 'age',
  år: 'year',
  ar: 'year',
  aar: 'year',
  tid: 'year',
  year: 'year',
  time: 'year',
  statistikkvariabel: 'statistic',
  statistikk: 'statistic',
  contents: 'statistic',
  contentscode: 'statistic',
  alternativ: 'statistic',
  framskrivingsalternativ: 'statistic',
  'framskrivings-alternativ': 'statistic',
  statistic: 'statistic',
  'statistical variable': 'statistic',
};

/** Which dimension a column header or JSON-stat dimension names ("kjønn", "Kjonn", "age", "statistikkvariabel"). */
export function dimensionOf(header: string): DimensionKind | null {
  return DIMENSIONS[normalize(header)] ?? null;
}

/** A header that names a column of values without naming the statistic: "value", "verdi", a table's title. */
export function isGenericValueHeader(header: string): boolean {
  const s = normalize(header);
  return s === '' || /^(?:value|values|verdi|verdier|antall|personer|obs_value)$/.test(s) || /^\d{5}:/.test(s);
}

/** SSB's symbols for a number that is not there: .. missing, . not applicable, ... not yet, : confidential. */
export function isSsbSymbol(text: string): boolean {
  return /^(?:\.{1,3}|…|:)$/.test(text.trim());
}
