// The back end as a message handler: a start message opens the data (or reports why it cannot), then each call
// runs on the service — with the laptop's sync engine (electron/sync), as in the web mode, so the desktop app
// connects to a team server through the same calls. Used by the utilityProcess entry (entry.ts) and, in tests,
// across a real MessageChannel.
import fs from 'node:fs';
import path from 'node:path';
import type { ImportReview } from '../../shared/api/contract';
import { ApiError, type Envelope } from '../../shared/api/errors';
import type { LiveChange } from '../../shared/api/live';
import { dbPathIn } from '../paths';
import type { LocalService as Service } from '../service/service';
import { addRecentFile, loadWindowBounds, recentFiles, saveWindowBounds } from '../settings/settings';
import { classifyStartupError } from '../shell/startupFailure';
import type { BackendOptions, FromBackend, ShellRequest, ToBackend } from './protocol';

export interface Backend {
  /** Answers one message; `post` sends the answers (a start gets one, a call one reply). */
  receive(message: ToBackend): Promise<void>;
  close(): void;
}

async function openService(options: BackendOptions, live: (change: LiveChange) => void): Promise<{ service: Service; restored?: { backupTime: string; aside: string } }> {
  // Loaded here rather than at the top, so a missing or mismatched native module (better-sqlite3 loads with
  // the service) becomes a start-up failure with a message instead of a process that dies.
  const { createService } = await import('../service/service');
  const { SyncEngine } = await import('../sync/engine');
  const { withSync } = await import('../sync/service');
  let restored: { backupTime: string; aside: string } | undefined;
  if (options.recover === 'restore') {
    const { restoreBackup } = await import('../service/startup');
    const r = restoreBackup({ dataDir: options.dataDir });
    if (!r) throw new ApiError('db.noBackup', { file: dbPathIn(options.dataDir) });
    restored = { backupTime: r.backup.time, aside: r.aside };
  }
  const service = createService({
    dataDir: options.dataDir,
    shell: 'electron',
    nativeBinding: options.nativeBinding,
    examplesDir: options.examplesDir,
    acceptLoss: options.recover === 'keep',
    noOpen: options.noOpen,
  });
  const engine = new SyncEngine(service, { intervalMs: options.syncIntervalMs, onLocalChange: live });
  return { service: withSync(service, engine), restored };
}

function shellRequest(service: Service, request: Exclude<ShellRequest, { kind: 'close' }>): unknown | Promise<unknown> {
  switch (request.kind) {
    case 'windowBounds':
      return loadWindowBounds(service.db, request.defaults);
    case 'saveWindowBounds':
      saveWindowBounds(service.db, request.bounds);
      return null;
    case 'recentFiles':
      return recentFiles(service.db);
    case 'importFile':
      return importFile(service, request.file, request.lang);
  }
}

async function importFile(service: Service, file: string, lang: 'nb' | 'en' | undefined): Promise<unknown> {
  let content: string;
  try {
    content = await fs.promises.readFile(file, 'utf8');
  } catch (err) {
    throw new ApiError('desktop.fileUnreadable', { file, detail: err instanceof Error ? err.message : String(err) });
  }
  const fileName = path.basename(file);
  const input = { fileName, content, ...(lang ? { lang } : {}) };
  // A file that descends from a scenario here goes to the page, which asks whether to import it as a new scenario
  // or review it against that scenario (renderer/src/review); nothing is written until the user chooses.
  const review = await service.call('scenario.importReview', input);
  if (review.ok && (review.value as ImportReview).target) {
    addRecentFile(service.db, file);
    return { review: { fileName, content } };
  }
  const res = await service.call('scenario.import', input);
  if (!res.ok) throw new ApiError(res.error.code, res.error.params);
  addRecentFile(service.db, file);
  return res.value;
}

export function createBackend(post: (message: FromBackend) => void): Backend {
  let service: Service | null = null;
  return {
    async receive(message) {
      if (message.type === 'start') {
        if (service) return post({ type: 'started' });
        try {
          const opened = await openService(message.options, (change) => post({ type: 'live', change }));
          service = opened.service;
          post({ type: 'started', ...(opened.restored ? { restored: opened.restored } : {}) });
        } catch (err) {
          post({ type: 'failed', failure: classifyStartupError(err, dbPathIn(message.options.dataDir)) });
        }
        return;
      }
      let envelope: Envelope<unknown>;
      if (!service) envelope = { ok: false, error: { code: 'api.transport', params: { detail: 'not started' } } };
      else if (message.type === 'call') envelope = await service.call(message.op, message.payload);
      else if (message.request.kind === 'close') {
        await service.close();
        service = null;
        envelope = { ok: true, value: null };
      } else {
        try {
          envelope = { ok: true, value: await shellRequest(service, message.request) };
        } catch (err) {
          envelope = err instanceof ApiError ? { ok: false, error: err.toData() } : { ok: false, error: { code: 'api.internal', params: { op: message.request.kind, detail: String(err) } } };
        }
      }
      post({ type: 'reply', id: message.id, envelope });
    },
    close() {
      service?.close();
      service = null;
    },
  };
}
