// Crash safety: a child process writes edits (and undos) as fast as it can and prints each revision once its
// transaction has committed; it is killed with SIGKILL at random moments, 50 times. After every kill the database
// must pass integrity_check, hold every edit the child reported, replay to the same document from its snapshot as
// from the very first version, and give a consistent undo history.
import { spawn } from 'node:child_process';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { applyPatches } from '../../shared/patch';
import { importScenario } from '../files/importScenario';
import { exportHandlingsrom } from '../files/handlingsromFile';
import { createService } from '../service/service';
import { sampleScenario, tempDirs } from '../service/testing';
import { openDatabase } from './db';
import { ScenarioTables } from './scenarios';
import { deriveStacks } from './undoStacks';

const CHILD = path.join(path.dirname(fileURLToPath(import.meta.url)), 'crashChild.ts');
const KILLS = 50;
const tmp = tempDirs('hr-crash-');
afterAll(() => tmp.cleanup());

interface Reported {
  revision: number;
  kind: string;
  year: number;
  value: number | null;
}

/** Run the child, kill it `delayMs` after its first commit (or, with `atOnce`, as soon as it is ready, while its
 *  first transaction may be under way), and return what it reported as committed. */
function runAndKill(dbFile: string, id: string, seed: number, delayMs: number, atOnce: boolean): Promise<Reported[]> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', CHILD, dbFile, id, String(seed)], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    let timer: NodeJS.Timeout | undefined;
    child.stdout.on('data', (d: Buffer) => {
      out += d.toString('utf8');
      const started = atOnce ? out.includes('ready\n') : /ready\n.+\n/.test(out);
      if (timer === undefined && started) timer = setTimeout(() => child.kill('SIGKILL'), atOnce ? 0 : delayMs);
    });
    child.stderr.on('data', (d: Buffer) => (err += d.toString('utf8')));
    child.on('error', reject);
    // 'close', not 'exit': only then has all the output been read.
    child.on('close', (code, signal) => {
      if (timer) clearTimeout(timer);
      if (signal !== 'SIGKILL') return reject(new Error(`child exited by itself (${code}): ${err}`));
      // Only complete lines count: a line cut off by the kill was never fully reported.
      const lines = out.split('\n').slice(0, -1).filter((l) => l !== 'ready');
      resolve(
        lines.map((l) => {
          const [revision, kind, year, value] = l.split(' ');
          return { revision: Number(revision), kind, year: Number(year), value: value === 'null' ? null : Number(value) };
        }),
      );
    });
  });
}

function check(dbFile: string, id: string, initial: unknown, reported: Reported[], before: number): number {
  const db = openDatabase(dbFile);
  try {
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    const tables = new ScenarioTables(db);
    const revision = tables.revision(id)!;
    const maxReported = reported.length ? reported[reported.length - 1].revision : before;
    // Everything reported is there; at most one more commit (made, then killed before it was printed).
    expect(revision - maxReported).toBeGreaterThanOrEqual(0);
    expect(revision - maxReported).toBeLessThanOrEqual(1);
    const rows = db.prepare('SELECT revision, kind, patches FROM edits WHERE scenario_id = ? AND revision >= ?').all(id, reported[0]?.revision ?? 0) as {
      revision: number;
      kind: string;
      patches: string;
    }[];
    const byRevision = new Map(rows.map((r) => [r.revision, r]));
    for (const r of reported) {
      const row = byRevision.get(r.revision);
      expect(row, `revision ${r.revision}`).toBeDefined();
      expect(row!.kind).toBe(r.kind);
      const [p] = JSON.parse(row!.patches) as { op: string; path: unknown[]; value: unknown }[];
      expect(p).toMatchObject({ op: 'set', value: r.value });
      expect(p.path.at(-1)).toBe(r.year);
    }
    // The snapshot + tail replay equals replaying the whole log from the first version.
    const loaded = tables.load(id)!;
    let doc = initial;
    const log = tables.log(id);
    expect(log.map((e) => e.revision)).toEqual(Array.from({ length: revision }, (_, i) => i + 1));
    for (const patches of db.prepare('SELECT patches FROM edits WHERE scenario_id = ? ORDER BY revision').pluck().all(id) as string[]) {
      doc = applyPatches(doc, JSON.parse(patches)).doc;
    }
    expect(loaded.doc).toEqual(doc);
    expect(() => deriveStacks(log)).not.toThrow();
    return revision;
  } finally {
    db.close();
  }
}

describe('crash safety', () => {
  it(`keeps every committed edit through ${KILLS} kills with SIGKILL`, { timeout: 240_000 }, async () => {
    // Independent chains run side by side (each on its own database) to use the machine's cores.
    const chains = Math.max(2, Math.min(4, os.availableParallelism()));
    const setups = await Promise.all(Array.from({ length: chains }, async () => {
      const dataDir = tmp.make();
      const svc = createService({ dataDir, shell: 'cli' });
      const { id } = await importScenario(svc.scenarios, exportHandlingsrom(sampleScenario()).content);
      const initial = await svc.scenarios.document(id);
      svc.close();
      return { dbFile: path.join(dataDir, 'handlingsrom.sqlite'), id, initial };
    }));
    let seed = 12345;
    const rand = () => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff);
    let kills = 0;
    let reportedTotal = 0;
    await Promise.all(
      setups.map(async ({ dbFile, id, initial }, c) => {
        let revision = 0;
        for (let i = c; i < KILLS; i += chains) {
          // Mostly while edits stream in; sometimes at once, while the first transaction may be under way.
          const atOnce = rand() < 0.15;
          const reported = await runAndKill(dbFile, id, 1 + Math.floor(rand() * 1e9), Math.floor(rand() * 200), atOnce);
          revision = check(dbFile, id, initial, reported, revision);
          reportedTotal += reported.length;
          kills++;
        }
      }),
    );
    expect(kills).toBe(KILLS);
    // The children did get work done between kills: every run not killed at once committed at least one edit.
    expect(reportedTotal).toBeGreaterThan(KILLS / 2);
  });
});
