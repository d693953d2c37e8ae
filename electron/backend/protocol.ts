// The messages between the Electron main process and the back end, which runs in its own process (a
// utilityProcess) so that SQLite and file work never hold up a window. Plain data both ways. The API operations
// are the contract's (shared/api); the shell's own needs (window bounds, recent files, a file to import) are
// the few extra requests below.
import type { Envelope } from '../../shared/api/errors';
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
  | { type: 'reply'; id: number; envelope: Envelope<unknown> };
