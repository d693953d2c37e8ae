// Both readers (CSV and JSON-stat) hand every number of the chosen region and alternative to a collector, which
// checks the whole: one number per age, year and sex, no overlapping age groups, every age in every year, and the
// sexes either given as a total or both given to be added.

import { IssueList, type ImportIssue, type ImportMessage, type ImportSkip } from '../issues';
import type { AgeRange, Region, Sex, Statistic } from './labels';
import type { PopulationResult, PopulationSource, SexHandling, SourceAgeGroup } from './types';

export interface Location {
  line: number;
  column?: number;
  columnName?: string;
}

interface Cell {
  value: number;
  at: Location;
}

type Slot = Sex | 'none';

interface AgeEntry {
  range: AgeRange;
  label: string;
  at: Location;
}

/** Age group key: "80:89", "105:+". */
const ageKey = (r: AgeRange): string => `${r.fromAge}:${r.toAge ?? '+'}`;

function where(at: Location): Pick<ImportIssue, 'line' | 'column' | 'columnName'> {
  const out: Pick<ImportIssue, 'line' | 'column' | 'columnName'> = { line: at.line };
  if (at.column !== undefined) out.column = at.column;
  if (at.columnName !== undefined) out.columnName = at.columnName;
  return out;
}

/** Warnings of one kind beyond this many are counted, not listed. */
const MAX_SAME_WARNING = 5;

export class PopulationCollector {
  readonly errors = new IssueList();
  readonly skipped: ImportSkip[] = [];
  readonly warnings: ImportMessage[] = [];
  private readonly ages = new Map<string, AgeEntry>();
  private readonly years = new Set<number>();
  private readonly cells = new Map<string, Partial<Record<Slot, Cell>>>();
  /** The file's own word for each sex, to name it in messages. */
  private readonly sexLabels = new Map<Slot, string>();

  error(issue: ImportIssue): void {
    this.errors.add(issue);
  }

  skip(skip: ImportSkip): void {
    this.skipped.push(skip);
  }

  /** One number: `sex` null when the file has no sex dimension. */
  add(range: AgeRange, ageLabel: string, sex: Sex | null, sexLabel: string, year: number, value: number, at: Location): void {
    const key = ageKey(range);
    if (!this.ages.has(key)) this.ages.set(key, { range, label: ageLabel, at });
    this.years.add(year);
    const slot: Slot = sex ?? 'none';
    if (!this.sexLabels.has(slot)) this.sexLabels.set(slot, sexLabel);
    const cellKey = `${key}|${year}`;
    let cell = this.cells.get(cellKey);
    if (cell === undefined) {
      cell = {};
      this.cells.set(cellKey, cell);
    }
    const before = cell[slot];
    if (before !== undefined) {
      this.errors.add({
        ...where(at),
        code: 'imports.ssb.duplicate',
        params: { what: [sexLabel, ageLabel].filter((s) => s !== '').join(', '), year, first: before.at.line },
      });
      return;
    }
    cell[slot] = { value, at };
  }

  finish(
    source: PopulationSource,
    region: Region | null,
    alternative: Statistic | null,
    options: { regions: Region[]; alternatives: Statistic[] },
  ): PopulationResult {
    if (this.errors.size > 0) return { ok: false, errors: this.errors.toArray(), options };
    if (this.cells.size === 0) return { ok: false, errors: [{ line: 0, code: 'imports.ssb.noData', params: {} }], options };

    const ages = [...this.ages.values()].sort(
      (a, b) => a.range.fromAge - b.range.fromAge || (a.range.toAge ?? Infinity) - (b.range.toAge ?? Infinity),
    );
    if (ages[0].range.fromAge > 0) {
      this.warnings.push({ code: 'imports.ssb.ageGap', params: { from: 0, to: ages[0].range.fromAge - 1 } });
    }
    for (let i = 1; i < ages.length; i++) {
      const prev = ages[i - 1];
      const next = ages[i];
      if (prev.range.toAge === null || next.range.fromAge <= prev.range.toAge) {
        this.errors.add({ ...where(next.at), code: 'imports.ssb.ageOverlap', params: { a: prev.label, b: next.label } });
      } else if (next.range.fromAge > prev.range.toAge + 1) {
        this.warnings.push({
          code: 'imports.ssb.ageGap',
          params: { from: prev.range.toAge + 1, to: next.range.fromAge - 1 },
        });
      }
    }
    const years = [...this.years].sort((a, b) => a - b);
    for (let i = 1; i < years.length; i++) {
      if (years[i] !== years[i - 1] + 1) {
        this.warnings.push({ code: 'imports.ssb.yearGap', params: { from: years[i - 1] + 1, to: years[i] - 1 } });
      }
    }

    const sexes = this.sexHandling();
    if (typeof sexes !== 'string') {
      this.errors.add(sexes);
      return { ok: false, errors: this.errors.toArray(), options };
    }
    let mismatches = 0;
    const values = ages.map((age) =>
      years.map((year) => {
        const cell = this.cells.get(`${ageKey(age.range)}|${year}`) ?? {};
        const summed = cell.men !== undefined && cell.women !== undefined ? cell.men.value + cell.women.value : undefined;
        const value = sexes === 'none' ? cell.none?.value : (cell.total?.value ?? summed);
        if (cell.total !== undefined && summed !== undefined && Math.abs(cell.total.value - summed) > 0.5) {
          if (mismatches++ < MAX_SAME_WARNING) {
            this.warnings.push({
              ...where(cell.total.at),
              code: 'imports.ssb.totalMismatch',
              params: { age: age.label, year, total: cell.total.value, sum: summed },
            });
          }
        }
        if (value === undefined) {
          const missing = this.missingSex(cell);
          this.errors.add({
            line: 0,
            code: missing === null ? 'imports.ssb.missingValue' : 'imports.ssb.missingSexValue',
            params: { age: age.label, year, sex: missing ?? '' },
          });
          return NaN;
        }
        return value;
      }),
    );
    if (mismatches > MAX_SAME_WARNING) {
      this.warnings.push({ code: 'imports.ssb.moreMismatches', params: { count: mismatches - MAX_SAME_WARNING } });
    }
    if (sexes === 'total' && (this.sexLabels.has('men') || this.sexLabels.has('women'))) {
      this.warnings.push({ code: 'imports.ssb.sexesIgnored', params: { total: this.sexLabels.get('total') ?? '' } });
    }
    if (this.errors.size > 0) return { ok: false, errors: this.errors.toArray(), options };
    const sourceAges: SourceAgeGroup[] = ages.map((a) => ({ fromAge: a.range.fromAge, toAge: a.range.toAge, label: a.label }));
    return {
      ok: true,
      source,
      region,
      alternative,
      sexes,
      years,
      ages: sourceAges,
      values,
      skipped: this.skipped,
      warnings: this.warnings,
      options,
    };
  }

  /** How to combine the sexes, or why they cannot be. */
  private sexHandling(): SexHandling | ImportIssue {
    if (this.sexLabels.has('none')) return 'none';
    if (this.sexLabels.has('total')) return 'total';
    const men = this.sexLabels.get('men');
    const women = this.sexLabels.get('women');
    if (men !== undefined && women !== undefined) return 'summed';
    return { line: 0, code: 'imports.ssb.oneSexOnly', params: { sex: men ?? women ?? '' } };
  }

  /** For a cell with one sex but not the other (and no total), the sex that is missing. */
  private missingSex(cell: Partial<Record<Slot, Cell>>): string | null {
    if (cell.total !== undefined || cell.none !== undefined) return null;
    if (cell.men !== undefined && cell.women === undefined) return this.sexLabels.get('women') ?? null;
    if (cell.women !== undefined && cell.men === undefined) return this.sexLabels.get('men') ?? null;
    return null;
  }
}
