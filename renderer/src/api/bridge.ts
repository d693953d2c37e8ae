// The shape the preload script exposes on window (one function per operation, never ipcRenderer itself).
import type { Envelope } from '../../../shared/api/errors';

export interface PreloadBridge {
  ops: Record<string, (input: unknown) => Promise<Envelope<unknown>>>;
}

declare global {
  interface Window {
    handlingsrom?: PreloadBridge;
  }
}
