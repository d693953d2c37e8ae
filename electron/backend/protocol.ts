// The messages between the Electron main process and the back end, which runs in its own process (a
// utilityProcess) so that SQLite and file work never hold up a window. Plain data both ways. The API operations
// are the page's (shared/api/calls.ts: the contract's and the laptop's sync operations); the shell's own needs
// (window bounds, recent files, a file to import) are the few extra requests below. The back end also tells, unasked,
// of a scenario changed by the team server's sync (a live change, as the web mode's live stream carries it).
import type { Envelope } from '../../shared/api/errors';
import type { LiveChange } from '../../shared/api/live';
import type { WindowBounds } from '../settings/settings';
import type { StartupFailure } from '../shell/startupFailure';

export interface BackendOptions {
  dataDir: string;
  /** What the user chose after a failed start: put the newest good backup in place first, or open the database as
   *  it is although acknowledged edits are missing (electron/shell/startupFailure.ts, startupChoice). */
  recover?: 'restore' | 'keep';
  /** Start on the scenario list (the command line's --no-open). */
  noOpen?: boolean;
  nativeBinding?: string;
  examplesDir?: string;
  /** How often the sync engine brings scenarios linked to a team server up to date (default 5 s; tests: 0). */
  syncIntervalMs?: number;
}

export type ShellRequest =
  | { kind: 'windowBounds'; defaults: WindowBounds }
  | { kind: 'saveWindowBounds'; bounds: WindowBounds }
  | { kind: 'recentFiles' }
  /** Read a scenario file from disk and import it (the file work stays in the back end too). */
  | { kind: 'importFile'; file: string; lang?: 'nb' | 'en' }
  /** Close the database before the app quits (answered once it is closed). */
  | { kind: 'close' };

export type ToBackend =
  | { type: 'start'; options: BackendOptions }
  | { type: 'call'; id: number; op: string; payload: unknown }
  | { type: 'shell'; id: number; request: ShellRequest };

export type FromBackend =
  /** restored: the backup put in place when recover was 'restore'. */
  | { type: 'started'; restored?: { backupTime: string; aside: string } }
  | { type: 'failed'; failure: StartupFailure }
  | { type: 'reply'; id: number; envelope: Envelope<unknown> }
  /** A scenario changed in the local store without a call of the page (a merge with the team server). */
  | { type: 'live'; change: LiveChange };
