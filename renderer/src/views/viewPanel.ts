// What a view's own panel (above its grid: imports, editors, charts) gets from the workspace.
import type { LiveScenario } from '../../../shared/live/scenario';
import type { Patch } from '../../../shared/patch/types';

export interface ViewPanelProps {
  live: LiveScenario;
  /** Changes with every edit, undo and redo: recompute what depends on values. */
  version: number;
  /** Applies patches as one undoable edit with this label. */
  onApply(patches: Patch[], label: string): void;
  onMessage(text: string | null, kind?: 'info' | 'error'): void;
}
