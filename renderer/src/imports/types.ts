// What an import will do, computed before anything is written: the preview a user reads and the one edit it makes.
import type { Patch } from '../../../shared/patch/types';

export interface PreviewTable {
  columns: string[];
  /** Cells already formatted for display; numbers right-aligned by `numeric`. */
  rows: string[][];
  /** Which columns hold numbers (right-aligned). */
  numeric?: boolean[];
  /** Rows to mark, e.g. a deviation over the threshold. */
  flagged?: boolean[];
}

export interface ImportPlan {
  /** false: nothing can be imported, `lines` say why (each problem with its line and column). */
  ok: boolean;
  /** The preview in plain words: what will be imported, what was skipped and why, warnings. */
  lines: string[];
  table?: PreviewTable;
  /** The change, applied as one undoable edit. Empty when !ok. */
  patches: Patch[];
  /** The undo label of that edit. */
  label: string;
}

/** A file the user picked: its name and bytes (decoded by shared/imports, which knows SSB's encodings). */
export interface PickedFile {
  name: string;
  bytes: Uint8Array;
}
