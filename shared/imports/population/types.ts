// The result of reading a population projection: one region, one projection alternative, population by age group
// and year. Its own types, not the scenario model's: the model takes it through aggregateAges.

import type { TextEncodingName } from '../decode';
import type { ImportIssue, ImportMessage, ImportSkip } from '../issues';
import type { Region, Statistic } from './labels';

export interface SourceAgeGroup {
  fromAge: number;
  /** Inclusive; null for the open-ended oldest group. */
  toAge: number | null;
  /** As the file wrote it: "0 år", "105 år eller eldre". */
  label: string;
}

/** What a file offers to choose between. */
export interface PopulationOptions {
  regions: Region[];
  /** Statistics of the file; for a projection, its alternatives ("Hovedalternativet (MMMM)"). */
  alternatives: Statistic[];
}

/** Which region and alternative to read, by code ("3005", "MMMM") or by name; needed when a file has several. */
export interface PopulationSelection {
  region?: string;
  alternative?: string;
}

export interface PopulationSource {
  format: 'csv' | 'json-stat2';
  /** null when the text was passed in already decoded. */
  encoding: TextEncodingName | null;
  /** The CSV separator. */
  separator?: string;
  /** The title line (CSV) or label (JSON-stat) of the table, e.g. "14288: Framskrevet folkemengde …". */
  title: string | null;
}

/** How the sexes were read: a total given in the file, men and women added, or a file without sex. */
export type SexHandling = 'total' | 'summed' | 'none';

export interface PopulationImport {
  ok: true;
  source: PopulationSource;
  region: Region | null;
  alternative: Statistic | null;
  sexes: SexHandling;
  years: number[];
  /** Sorted by age, without overlaps. */
  ages: SourceAgeGroup[];
  /** values[age][year], in persons. */
  values: number[][];
  skipped: ImportSkip[];
  warnings: ImportMessage[];
  options: PopulationOptions;
}

export interface PopulationFailure {
  ok: false;
  errors: ImportIssue[];
  /** What the file offers, when it got that far: a file with several regions fails until one is chosen. */
  options?: PopulationOptions;
}

export type PopulationResult = PopulationImport | PopulationFailure;
