// `npm run bench -- --server [--seconds 60] [--users 50] [--rate 5] [--kills 10] [--pool 10] [--profile DIR]`: the team server under
// load (issue 21). A throwaway PostgreSQL cluster with its durable defaults (fsync and synchronous_commit on), the
// server as a CHILD process (`npm run server`'s code, bundled once with esbuild so a restart takes a second, not
// tsx's transform), driven over loopback: each simulated user signs in (a session of its own), imports the plan
// example as its own scenario, and edits a year cell of it `rate` times a second for `seconds`, while it also reads
// (opens a colleague's scenario every 2 s) and compares (three scenarios and a history every 10 s). Reported: edits
// per second, p50/p99 of an edit's latency (goal p99 ≤ 50 ms), the reads' and compares' p50/p99, and the
// acknowledged edits lost — every scenario's log read back from PostgreSQL, each acknowledged edit at its revision
// with the patches sent. Then the same load while the server is SIGKILLed `kills` times (restarted on the same
// port each time; the sessions are in PostgreSQL, so the users go on): 0 acknowledged edits lost again. With
// --phases, where the measured run's time went (serverPhases.ts): the server's phases, PostgreSQL's statements and
// WAL flushes, and the CPU of the server, PostgreSQL and this load generator.
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { build } from 'esbuild';
import pg from 'pg';
import { LOGIN_PATH } from '../../shared/api/accounts';
import type { Patch } from '../../shared/patch';
import { openPgStore } from '../../electron/store/postgres/pgStore';
import { startTempCluster, type TempClusterOptions } from '../../electron/store/postgres/tempCluster';
import { hashPassword } from '../server/password';
import { PHASES_ENV, type PhaseSummary } from '../server/phases';
import { TOKEN_HEADER } from '../web/server';
import { EXAMPLE_FILE } from './main';
import { formatPhases, PHASE_SETTINGS, startPhaseWatch, type PhaseReport } from './serverPhases';
import { argsOr, benchSession } from './session';

const root = path.resolve(import.meta.dirname, '../..');
const PASSWORD = 'bench-passord-2026';

export interface ServerBenchArgs {
  seconds: number;
  users: number;
  rate: number;
  kills: number;
  pool: number;
  json: boolean;
  /** A folder for the server's V8 CPU profile of the measured run (node --cpu-prof; see profileSummary.ts). */
  profile?: string;
  /** Time the server's phases, PostgreSQL's statements and fsyncs, and each process's CPU (serverPhases.ts). */
  phases: boolean;
}

export function parseServerBenchArgs(argv: readonly string[]): ServerBenchArgs {
  const a: ServerBenchArgs = { seconds: 60, users: 50, rate: 5, kills: 10, pool: 10, json: false, phases: false };
  for (let i = 0; i < argv.length; i++) {
    const k = argv[i];
    if (k === '--server') continue;
    if (k === '--json') {
      a.json = true;
      continue;
    }
    if (k === '--phases') {
      a.phases = true;
      continue;
    }
    if (k === '--profile') {
      a.profile = path.resolve(argv[++i] ?? 'bench/output');
      continue;
    }
    const name = k.replace(/^--/, '') as keyof ServerBenchArgs;
    if (!['seconds', 'users', 'rate', 'kills', 'pool'].includes(name)) throw new Error(`unknown option ${k} (with --server: --seconds, --users, --rate, --kills, --pool, --profile DIR, --phases, --json)`);
    const v = Number(argv[++i]);
    if (!Number.isFinite(v) || v < 0 || (name !== 'seconds' && !Number.isInteger(v))) throw new Error(`${k} takes a number ≥ 0`);
    (a as unknown as Record<string, number>)[name] = v;
  }
  return a;
}

// ---------------------------------------------------------------------------------------------- the server child

/** `scripts/server.ts` bundled next to dist/renderer (its root is found one folder up, as from scripts/). */
async function bundleServer(): Promise<string> {
  const out = path.join(root, 'dist', 'bench-server.mjs');
  await build({ entryPoints: [path.join(root, 'scripts', 'server.ts')], outfile: out, bundle: true, platform: 'node', format: 'esm', packages: 'external', logLevel: 'error' });
  return out;
}

interface Child {
  proc: ChildProcess;
  origin: string;
  exited: Promise<void>;
}

function startServer(bundle: string, url: string, port: number, pool: number, profile?: string, phasesFile?: string): Promise<Child> {
  const prof = profile ? ['--cpu-prof', '--cpu-prof-dir', profile] : [];
  const env = phasesFile ? { ...process.env, [PHASES_ENV]: phasesFile } : process.env;
  const proc = spawn(process.execPath, [...prof, bundle, '--pg', url, '--port', String(port), '--pool', String(pool), '--lang', 'en'], { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'] });
  const exited = new Promise<void>((resolve) => proc.once('exit', () => resolve()));
  let out = '';
  let err = '';
  proc.stderr!.on('data', (d: Buffer) => (err = (err + d.toString()).slice(-4000)));
  return new Promise((resolve, reject) => {
    proc.stdout!.on('data', (d: Buffer) => {
      out += d.toString();
      const m = /listens on (http:\/\/127\.0\.0\.1:\d+)/.exec(out);
      if (m) resolve({ proc, origin: m[1], exited });
    });
    proc.once('exit', (code) => reject(new Error(`the server exited (${code}) before it listened: ${err}`)));
  });
}

// ---------------------------------------------------------------------------------------------- the simulated users

class Unreachable extends Error {}

/** The users' connections, kept open between calls as a browser keeps them. node:http rather than fetch: the load
 *  generator shares the two cores with the server and PostgreSQL, and fetch took more of them than the server did. */
const agent = new http.Agent({ keepAlive: true });

interface Answer {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: string;
}

function post(origin: string, target: string, headers: Record<string, string>, body: string, timeoutMs = 30_000): Promise<Answer> {
  const u = new URL(target, origin);
  return new Promise((resolve, reject) => {
    const req = http.request(
      { host: u.hostname, port: u.port, path: u.pathname, method: 'POST', agent, timeout: timeoutMs, headers: { 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(body), ...headers } },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }));
        res.on('error', reject);
      },
    );
    req.on('timeout', () => req.destroy(new Error('timed out')));
    req.on('error', reject);
    req.end(body);
  });
}

interface Session {
  cookie: string;
  token: string;
}

interface Acked {
  scenario: string;
  revision: number;
  patches: Patch[];
}

interface Tally {
  edit: number[];
  read: number[];
  compare: number[];
  acked: Acked[];
  stale: number;
  failed: number;
  /** Answers other than an acknowledgement or a refusal: a server error. */
  errors: string[];
}

class User {
  session!: Session;
  scenario = '';
  revision = 0;
  areaId = '';
  constructor(
    readonly name: string,
    readonly n: number,
    private readonly server: () => string,
  ) {}

  async login() {
    const res = await post(this.server(), LOGIN_PATH, {}, JSON.stringify({ username: this.name, password: PASSWORD }));
    const body = JSON.parse(res.body) as { ok: boolean; value?: { token: string } };
    if (!body.ok || !body.value) throw new Error(`${this.name} could not sign in: ${res.body}`);
    this.session = { cookie: (res.headers['set-cookie']?.[0] ?? '').split(';')[0], token: body.value.token };
  }

  /** One API call; Unreachable when the server is down (killed), the envelope otherwise. */
  async call<T>(op: string, input: unknown): Promise<{ ok: true; value: T } | { ok: false; error: { code: string } }> {
    let res: Answer;
    try {
      res = await post(this.server(), `/api/${op}`, { Cookie: this.session.cookie, [TOKEN_HEADER]: this.session.token }, JSON.stringify(input));
    } catch (err) {
      throw new Unreachable(err instanceof Error ? err.message : String(err));
    }
    if (res.status !== 200) throw new Unreachable(`HTTP ${res.status}`);
    try {
      return JSON.parse(res.body) as never;
    } catch (err) {
      throw new Unreachable(err instanceof Error ? err.message : String(err));
    }
  }

  async value<T>(op: string, input: unknown): Promise<T> {
    const r = await this.call<T>(op, input);
    if (!r.ok) throw new Error(`${this.name}: ${op} refused: ${r.error.code}`);
    return r.value;
  }

  /** The scenario's revision as the server has it now (after a failure, the edit in flight may or may not be in). */
  async resync() {
    const opened = await this.value<{ revision: number }>('scenario.open', { id: this.scenario });
    this.revision = opened.revision;
  }
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Runs every user's edits, reads and compares until `done`; failures while the server is down are retried. */
async function drive(users: User[], ids: string[], args: ServerBenchArgs, done: () => boolean, tally: Tally, measure: () => boolean): Promise<void> {
  const period = 1000 / args.rate;
  const editLoop = async (u: User) => {
    let seq = 0;
    let next = performance.now() + Math.random() * period;
    let needsSync = false;
    while (!done()) {
      const wait = next - performance.now();
      if (wait > 0) await sleep(wait);
      next += period;
      if (next < performance.now() - period) next = performance.now();
      try {
        if (needsSync) {
          await u.resync();
          needsSync = false;
        }
        seq++;
        const patches: Patch[] = [{ op: 'set', path: ['areas', { id: u.areaId }, 'frame', 'originalBudget', seq % 4], value: u.n * 1_000_000 + seq }];
        const t0 = performance.now();
        const r = await u.call<{ revision: number }>('scenario.edit', { id: u.scenario, baseRevision: u.revision, label: `bench ${seq}`, patches });
        const ms = performance.now() - t0;
        if (r.ok) {
          u.revision = r.value.revision;
          tally.acked.push({ scenario: u.scenario, revision: r.value.revision, patches });
          if (measure()) tally.edit.push(ms);
        } else if (r.error.code === 'store.stale') {
          tally.stale++;
          needsSync = true;
        } else {
          tally.errors.push(r.error.code);
          needsSync = true;
        }
      } catch (err) {
        if (!(err instanceof Unreachable)) throw err;
        tally.failed++;
        needsSync = true;
        await sleep(100);
      }
    }
  };
  const readLoop = async (u: User) => {
    let tick = 0;
    await sleep(Math.random() * 2000);
    while (!done()) {
      tick++;
      try {
        const t0 = performance.now();
        if (tick % 5 === 0) {
          const pick = [0, 1, 2].map((k) => ids[(u.n + 1 + k * 7) % ids.length]);
          await Promise.all([...pick.map((id) => u.value('scenario.open', { id })), u.value('scenario.history', { id: pick[0], limit: 50 })]);
          if (measure()) tally.compare.push(performance.now() - t0);
        } else {
          await u.value('scenario.open', { id: ids[(u.n + tick) % ids.length] });
          if (measure()) tally.read.push(performance.now() - t0);
        }
      } catch (err) {
        if (!(err instanceof Unreachable)) throw err;
        await sleep(100);
      }
      await sleep(2000);
    }
  };
  await Promise.all(users.flatMap((u) => [editLoop(u), readLoop(u)]));
}

// ---------------------------------------------------------------------------------------------- figures

function percentile(xs: readonly number[], p: number): number {
  if (xs.length === 0) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)];
}

/** Every acknowledged edit, read back from PostgreSQL: at its revision, with the patches sent. */
async function lostEdits(url: string, acked: readonly Acked[]): Promise<number> {
  const store = await openPgStore(url, { maxConnections: 4 });
  let lost = 0;
  try {
    const byScenario = new Map<string, Acked[]>();
    for (const a of acked) byScenario.set(a.scenario, [...(byScenario.get(a.scenario) ?? []), a]);
    for (const [id, list] of byScenario) {
      // The whole scenario must still load (snapshot + log replay), and hold every acknowledged edit.
      if (!(await store.load(id))) {
        lost += list.length;
        continue;
      }
      for (const a of list) {
        const e = await store.edit(id, a.revision);
        if (!e || !isDeepStrictEqual(e.patches, a.patches)) lost++;
      }
    }
  } finally {
    await store.close();
  }
  return lost;
}

export interface ServerBenchResult {
  load: { users: number; rate: number; seconds: number; pool: number };
  edits: number;
  editsPerSecond: number;
  editP50: number;
  editP99: number;
  readP50: number;
  readP99: number;
  compareP50: number;
  compareP99: number;
  stale: number;
  errors: number;
  lost: number;
  kills: { kills: number; acked: number; failedCalls: number; lost: number; restartMs: number } | null;
  /** With --phases. */
  phases?: PhaseReport;
}

/** `cluster`: the smoke test's (serverBench.test.ts) fsync-off cluster; the bench keeps PostgreSQL's durable defaults. */
export async function benchServer(args: ServerBenchArgs, log: (s: string) => void, cluster0: TempClusterOptions = {}): Promise<ServerBenchResult> {
  if (!fs.existsSync(path.join(root, 'dist', 'renderer', 'index.html'))) throw new Error('the renderer is not built: run npm run build:renderer first');
  log('bundling the server');
  const bundle = await bundleServer();
  log(`starting a PostgreSQL cluster (${cluster0.fast ? 'fsync off' : 'fsync and synchronous_commit on'})`);
  const cluster = startTempCluster({ ...cluster0, ...(args.phases ? { settings: PHASE_SETTINGS } : {}) });
  let child: Child | undefined;
  try {
    const admin = new pg.Client({ connectionString: cluster.url() });
    await admin.connect();
    await admin.query('CREATE DATABASE handlingsrom');
    await admin.end();
    const url = cluster.url('handlingsrom');
    // The accounts, straight into the store (one scrypt hash for all: the bench measures edits, not hashing).
    const store = await openPgStore(url, { maxConnections: 2 });
    const hash = await hashPassword(PASSWORD);
    for (let i = 0; i < args.users; i++) await store.createUser({ username: `bruker${i + 1}`, displayName: `Bruker ${i + 1}`, role: 'redaktør', passwordHash: hash });
    await store.close();

    const phasesFile = args.phases ? path.join(cluster.dir, 'phases.json') : undefined;
    child = await startServer(bundle, url, 0, args.pool, args.profile, phasesFile);
    const port = Number(new URL(child.origin).port);
    const origin = child.origin;
    log(`server at ${origin}; ${args.users} users sign in and import the plan example`);
    const users = Array.from({ length: args.users }, (_, i) => new User(`bruker${i + 1}`, i + 1, () => origin));
    const content = fs.readFileSync(EXAMPLE_FILE, 'utf8');
    for (const u of users) {
      await u.login();
      const created = await u.value<{ id: string }>('scenario.import', { fileName: `${u.name}.handlingsrom`, content });
      u.scenario = created.id;
      const opened = await u.value<{ revision: number; scenario: { areas: { id: string }[] } }>('scenario.open', { id: u.scenario });
      u.revision = opened.revision;
      u.areaId = opened.scenario.areas[Math.floor(opened.scenario.areas.length / 2)].id;
    }
    const ids = users.map((u) => u.scenario);

    // Warm up for a few seconds (JIT, the pool, the service's caches), then measure.
    const tally: Tally = { edit: [], read: [], compare: [], acked: [], stale: 0, failed: 0, errors: [] };
    const warm = Math.min(5, args.seconds / 4);
    log(`load: ${args.users} users × ${args.rate} edits/s for ${args.seconds} s (after ${warm} s of warm-up), reads and compares mixed in`);
    const t0 = performance.now();
    const measureFrom = t0 + warm * 1000;
    const end = t0 + (warm + args.seconds) * 1000;
    let watch: Awaited<ReturnType<typeof startPhaseWatch>> | undefined;
    const watching = phasesFile
      ? sleep(warm * 1000).then(async () => {
          child!.proc.kill('SIGUSR2');
          watch = await startPhaseWatch(url, path.join(cluster.dir, 'data'), child!.proc.pid!);
        })
      : Promise.resolve();
    await drive(users, ids, args, () => performance.now() >= end, tally, () => performance.now() >= measureFrom);
    await watching;
    const measured = tally.edit.length;
    let phases: PhaseReport | undefined;
    if (watch && phasesFile) {
      const figures = await watch.stop();
      child.proc.kill('SIGTERM');
      await child.exited;
      phases = { ...figures, server: JSON.parse(fs.readFileSync(phasesFile, 'utf8')) as PhaseSummary };
      child = await startServer(bundle, url, port, args.pool);
    }
    if (args.profile) {
      // A clean stop writes the profile; the kills that follow run without it.
      child.proc.kill('SIGTERM');
      await child.exited;
      log(`the server's CPU profile is in ${args.profile}`);
      child = await startServer(bundle, url, port, args.pool);
    }
    log('reading every scenario back');
    const lost = await lostEdits(url, tally.acked);

    let kills: ServerBenchResult['kills'] = null;
    if (args.kills > 0) {
      const k: Tally = { edit: [], read: [], compare: [], acked: [], stale: 0, failed: 0, errors: [] };
      const each = Math.max(2, Math.min(6, args.seconds / args.kills));
      log(`SIGKILL under the same load: ${args.kills} times, every ${each} s, restarted on port ${port}`);
      let killed = false;
      const restarts: number[] = [];
      const killer = (async () => {
        for (let i = 0; i < args.kills; i++) {
          await sleep(each * 1000);
          child!.proc.kill('SIGKILL');
          await child!.exited;
          const r0 = performance.now();
          child = await startServer(bundle, url, port, args.pool);
          restarts.push(performance.now() - r0);
        }
        await sleep(each * 1000);
      })().finally(() => (killed = true));
      // The users drive until the killer is done (its last restart plus one period of load).
      await Promise.all([killer, drive(users, ids, args, () => killed, k, () => false)]);
      log('reading every scenario back');
      kills = { kills: args.kills, acked: k.acked.length, failedCalls: k.failed, lost: await lostEdits(url, k.acked), restartMs: restarts.length ? percentile(restarts, 50) : NaN };
    }
    return {
      load: { users: args.users, rate: args.rate, seconds: args.seconds, pool: args.pool },
      edits: measured,
      editsPerSecond: measured / args.seconds,
      editP50: percentile(tally.edit, 50),
      editP99: percentile(tally.edit, 99),
      readP50: percentile(tally.read, 50),
      readP99: percentile(tally.read, 99),
      compareP50: percentile(tally.compare, 50),
      compareP99: percentile(tally.compare, 99),
      stale: tally.stale,
      errors: tally.errors.length,
      lost,
      kills,
      phases,
    };
  } finally {
    if (child) {
      child.proc.kill('SIGKILL');
      await child.exited;
    }
    cluster.stop();
  }
}

const ms = (x: number) => (Number.isFinite(x) ? `${x.toFixed(1)} ms` : '–');

export function formatServerBench(r: ServerBenchResult, env: string): string {
  const l = r.load;
  const lines = [
    `Team server under load: ${l.users} users × ${l.rate} edits/s for ${l.seconds} s, reads (a colleague's scenario every 2 s) and compares (three scenarios and a history every 10 s) mixed in; pool ${l.pool}; the server a child process on loopback, PostgreSQL with fsync and synchronous_commit on.`,
    `  edits acknowledged      ${r.edits} (${r.editsPerSecond.toFixed(1)}/s)`,
    `  edit latency            p50 ${ms(r.editP50)}, p99 ${ms(r.editP99)} (goal p99 ≤ 50 ms: ${r.editP99 <= 50 ? 'met' : 'MISSED'})`,
    `  read (open)             p50 ${ms(r.readP50)}, p99 ${ms(r.readP99)}`,
    `  compare (3 open + log)  p50 ${ms(r.compareP50)}, p99 ${ms(r.compareP99)}`,
    `  refused as stale        ${r.stale}; other errors ${r.errors}`,
    `  acknowledged edits lost ${r.lost} (every scenario read back from PostgreSQL)`,
  ];
  if (r.kills) {
    const k = r.kills;
    lines.push(
      `SIGKILL of the server under the same load, ${k.kills} times (restarted on the same port; median restart ${ms(k.restartMs)}):`,
      `  edits acknowledged      ${k.acked}; calls that failed while it was down ${k.failedCalls}`,
      `  acknowledged edits lost ${k.lost}`,
    );
  }
  if (r.phases) lines.push(formatPhases(r.phases));
  lines.push(env);
  return lines.join('\n');
}

/** `npm run bench -- --server …` */
export async function mainServer(argv: readonly string[]): Promise<number> {
  const args = argsOr(() => parseServerBenchArgs(argv));
  if (!args) return 2;
  const session = benchSession();
  const r = await benchServer(args, session.log);
  const env = session.env();
  console.log(args.json ? JSON.stringify({ ...r, env }, null, 2) : formatServerBench(r, env));
  return r.lost > 0 || (r.kills?.lost ?? 0) > 0 ? 1 : 0;
}
