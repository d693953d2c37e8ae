// One acknowledged change of a scenario as the live stream carries it (the server: scripts/server/live.ts; the
// page: renderer/src/api/live.ts).
import type { Patch } from '../patch/types';
import type { UndoState } from './contract';

export interface LiveChange {
  scenario: string;
  revision: number;
  kind: 'edit' | 'undo' | 'redo' | 'other';
  label: string;
  /** Absent when the change is not a patch the page can apply (open the scenario again). */
  patches?: Patch[];
  author: string | null;
  at: string;
  /** What undo and redo do now. */
  undo?: UndoState;
}
