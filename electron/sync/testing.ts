// Test helper: a real team server for the laptop's sync tests — the HTTP layer of scripts/server over a PostgreSQL
// store in a throwaway cluster, with a redaktør (kari), a colleague (per) and a leser (ola) — stopped and started
// again on the same port as a server that goes away and comes back.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, expect } from 'vitest';
import type { Scenario } from '../../shared/model/scenario';
import type { Patch } from '../../shared/patch/types';
import { startTeamServer } from '../../scripts/server/team';
import { createAccount } from '../../scripts/server/teamAccess';
import type { WebServer } from '../../scripts/web/server';
import { createServiceOn, type Service } from '../service/service';
import { sampleScenario } from '../service/testing';
import { openPgStore, type PgStore } from '../store/postgres/pgStore';
import { usePgCluster } from '../store/postgres/testing';

export const PASSWORD = 'budsjett-2025!';

export const cell = (area: string, item: string, year: number): Patch['path'] => ['areas', { id: area }, 'items', { id: item }, 'values', year];
export const set = (p: Patch['path'], value: number): Patch[] => [{ op: 'set', path: p, value }];
export const valueAt = (doc: Scenario, area: string, item: string, year: number) => doc.areas.find((a) => a.id === area)!.items.find((i) => i.id === item)!.values[year];

export interface TeamFixture {
  /** A temporary folder for the test file (laptops' data folders go under it). */
  readonly dir: string;
  /** The team server's service (its PostgreSQL store), to read and edit behind the server's back. */
  readonly team: Service;
  readonly origin: string;
  stop(): Promise<void>;
  /** Started again on the same port (its sessions are gone). */
  restart(): Promise<void>;
  /** A new team scenario (the sample), its id. */
  scenario(name: string): Promise<string>;
  /** The colleague's edit on the team server. */
  colleagueEdit(id: string, label: string, patches: Patch[]): Promise<void>;
}

export function useTeamServer(prefix: string): TeamFixture {
  const pgc = usePgCluster();
  let dir = '';
  let rendererDir = '';
  let store: PgStore;
  let team: Service;
  let server: WebServer | null = null;
  let port = 0;
  let colleague = '';
  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
    rendererDir = path.join(dir, 'renderer');
    fs.mkdirSync(rendererDir);
    fs.writeFileSync(path.join(rendererDir, 'index.html'), '<html><head></head><body></body></html>');
    store = await openPgStore(await pgc.newDatabase());
    team = createServiceOn(store, { dataDir: dir, shell: 'web', seedExample: false });
    await createAccount(store, { username: 'kari', displayName: 'Kari Nordmann', role: 'redaktør', password: PASSWORD });
    colleague = (await createAccount(store, { username: 'per', displayName: 'Per Planlegger', role: 'redaktør', password: PASSWORD })).id;
    await createAccount(store, { username: 'ola', displayName: 'Ola Leder', role: 'leser', password: PASSWORD });
    server = await startTeamServer({ service: team, store, rendererDir, port: 0 });
    port = Number(new URL(server.origin).port);
  }, 120_000);
  afterAll(async () => {
    await server?.close();
    await team?.close();
    if (dir) fs.rmSync(dir, { recursive: true, force: true });
  });
  return {
    get dir() {
      return dir;
    },
    get team() {
      return team;
    },
    get origin() {
      return `http://127.0.0.1:${port}`;
    },
    async stop() {
      await server?.close();
      server = null;
    },
    async restart() {
      await server?.close();
      server = await startTeamServer({ service: team, store, rendererDir, port });
    },
    async scenario(name) {
      return (await team.scenarios.insert(sampleScenario(name), {})).id;
    },
    async colleagueEdit(id, label, patches) {
      const { revision } = await team.scenarios.current(id);
      const res = await team.dispatch('scenario.edit', { id, baseRevision: revision, label, patches }, { userId: colleague });
      expect(res.ok).toBe(true);
    },
  };
}
