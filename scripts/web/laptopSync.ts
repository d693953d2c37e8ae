// The web mode's service with the laptop's sync engine (electron/sync): the page can connect to a team server and
// keep its fetched scenarios in the local store. What the engine changes in the local store (a merge, the server's
// edits) goes to the pages on the live stream, as an edit from another page would.
import type { Service } from '../../electron/service/service';
import { SyncEngine, type SyncEngineOptions } from '../../electron/sync/engine';
import { withSync } from '../../electron/sync/service';
import type { WebServer } from './server';

export function laptopSync<S extends Service>(service: S, opts: Omit<SyncEngineOptions, 'onLocalChange'> = {}): { service: S; engine: SyncEngine; attach(server: WebServer): void } {
  let server: WebServer | null = null;
  const engine = new SyncEngine(service, {
    ...opts,
    onLocalChange: (change) => server?.live.changed(change, undefined),
  });
  return { service: withSync(service, engine), engine, attach: (s) => void (server = s) };
}
