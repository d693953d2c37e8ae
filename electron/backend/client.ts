// The main process's side of the back end: calls become messages with an id, replies settle their promises. The
// port is anything that posts and receives plain messages (Electron's UtilityProcess; a MessagePort in tests).
import type { Envelope } from '../../shared/api/errors';
import type { LiveChange } from '../../shared/api/live';
import type { StartupFailure } from '../shell/startupFailure';
import type { BackendOptions, FromBackend, ShellRequest, ToBackend } from './protocol';

export interface BackendPort {
  postMessage(message: ToBackend): void;
  onMessage(listener: (message: FromBackend) => void): void;
}

export type StartResult = { ok: true; restored?: { backupTime: string; aside: string } } | { ok: false; failure: StartupFailure };

export class BackendClient {
  private nextId = 1;
  private readonly pending = new Map<number, (envelope: Envelope<unknown>) => void>();
  private starting: ((result: StartResult) => void) | null = null;
  private readonly liveListeners = new Set<(change: LiveChange) => void>();

  constructor(private readonly port: BackendPort) {
    port.onMessage((message) => {
      if (message.type === 'reply') {
        this.pending.get(message.id)?.(message.envelope);
        this.pending.delete(message.id);
      } else if (message.type === 'live') {
        for (const listener of this.liveListeners) listener(message.change);
      } else {
        this.starting?.(message.type === 'started' ? { ok: true, ...(message.restored ? { restored: message.restored } : {}) } : { ok: false, failure: message.failure });
        this.starting = null;
      }
    });
  }

  start(options: BackendOptions): Promise<StartResult> {
    return new Promise((resolve) => {
      this.starting = resolve;
      this.port.postMessage({ type: 'start', options });
    });
  }

  /** One API operation; the back end validates the payload. */
  call(op: string, payload: unknown): Promise<Envelope<unknown>> {
    return this.send((id) => ({ type: 'call', id, op, payload }));
  }

  shell<T>(request: ShellRequest): Promise<Envelope<T>> {
    return this.send((id) => ({ type: 'shell', id, request })) as Promise<Envelope<T>>;
  }

  /** Scenarios changed in the back end without a call (a merge with the team server): the main process passes
   *  them on to the windows. Returns the function that stops listening. */
  onLive(listener: (change: LiveChange) => void): () => void {
    this.liveListeners.add(listener);
    return () => void this.liveListeners.delete(listener);
  }

  /** The back end went away: every open call fails with a message instead of waiting for ever. */
  fail(failure: StartupFailure): void {
    this.starting?.({ ok: false, failure });
    this.starting = null;
    for (const settle of this.pending.values()) settle({ ok: false, error: { code: 'api.transport', params: { detail: failure.detail } } });
    this.pending.clear();
  }

  private send(make: (id: number) => ToBackend): Promise<Envelope<unknown>> {
    const id = this.nextId++;
    return new Promise((resolve) => {
      this.pending.set(id, resolve);
      this.port.postMessage(make(id));
    });
  }
}
