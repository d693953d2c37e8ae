// The shape the preload script exposes on window (one function per operation, never ipcRenderer itself).
import type { Envelope } from '../../../shared/api/errors';
import type { LiveChange } from '../../../shared/api/live';

export interface PreloadBridge {
  ops: Record<string, (input: unknown) => Promise<Envelope<unknown>>>;
  /** Menu commands from the native menu; returns an unsubscribe function. */
  onCommand(listener: (command: string, arg?: unknown) => void): () => void;
  /** Scenarios changed by the back end without a call of the page (a merge with the team server). */
  onLive(listener: (change: LiveChange) => void): () => void;
  /** Asks the main process to run a command it owns (a native file dialog, printing to PDF). */
  shellCommand(id: string): Promise<void>;
}

declare global {
  interface Window {
    handlingsrom?: PreloadBridge;
  }
}
