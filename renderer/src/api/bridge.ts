// The shape the preload script exposes on window (one function per operation, never ipcRenderer itself).
import type { Envelope } from '../../../shared/api/errors';

export interface PreloadBridge {
  ops: Record<string, (input: unknown) => Promise<Envelope<unknown>>>;
  /** Menu commands from the native menu; returns an unsubscribe function. */
  onCommand(listener: (command: string, arg?: unknown) => void): () => void;
}

declare global {
  interface Window {
    handlingsrom?: PreloadBridge;
  }
}
