import type { DisplayFormat } from '../../../shared/format/display';

export type RowStyle = 'input' | 'computed' | 'subtotal' | 'total' | 'heading';

/** One row of a line grid: a line of the scenario, shown with a value per plan year. */
export interface LineRow {
  key: string;
  label: string;
  style: RowStyle;
  /** Input rows take typed and pasted values; computed rows are read-only. */
  editable: boolean;
  percent?: boolean;
  /** The line's unit ("1000 kr", "andel", …): typed and pasted text that names a unit is read into it. */
  unit?: string;
  /** How the values show (shared/format/display), the same in every view; switches as plain 1 / 0 to type over. */
  display?: DisplayFormat;
  /** 'gap': positive values (savings still missing) are flagged. */
  highlight?: 'gap' | 'flag';
  /** A group label shown as a separator before the first row of the group (e.g. the programme area). */
  group?: string;
}

export interface LineSource {
  years: number[];
  value(key: string, yearIndex: number): number;
  /** The cause of an error in the user's language, or undefined. */
  error(key: string, yearIndex: number): string | undefined;
  /** Why the cell has no value although the line has one that year (a share in a year without revenue), in the
   *  user's language: shown as a dash with this as its tooltip. */
  notApplicable?(key: string, yearIndex: number): string | undefined;
}
