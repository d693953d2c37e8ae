// `npm run bench -- --server --phases`: where an edit's time goes during the measured run. The server's own figures
// per phase (scripts/server/phases.ts), PostgreSQL's (pg_stat_statements: the time each statement executed;
// pg_stat_wal: how many WAL flushes — fsyncs — and how long they took, against the commits they made durable), and
// the CPU each process took: the server, PostgreSQL (the postmaster and its backends), and this load generator.
import fs from 'node:fs';
import path from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import pg from 'pg';
import type { PhaseSummary } from '../server/phases';

/** The cluster's settings for it: statement and WAL timing. */
export const PHASE_SETTINGS = { shared_preload_libraries: "'pg_stat_statements'", track_wal_io_timing: 'on', track_io_timing: 'on' };

export interface PgFigures {
  commits: number;
  /** WAL flushes to disk (fsync or fdatasync) and their time. */
  walSyncs: number;
  walSyncMs: number;
  walWriteMs: number;
  /** The statements that took the most time in all: calls, mean and total execution time. */
  statements: { query: string; calls: number; meanMs: number; totalMs: number }[];
}

export interface CpuFigures {
  /** CPU seconds per wall second (1 = one core busy). */
  server: number;
  postgres: number;
  loadGenerator: number;
  /** How late this load generator's event loop ran (its own answers wait that long to be read). */
  loadGeneratorDelay: { p50Ms: number; p99Ms: number };
}

export interface PhaseReport {
  server: PhaseSummary;
  postgres: PgFigures;
  cpu: CpuFigures;
  seconds: number;
}

const TICK = 100; // USER_HZ on Linux

/** utime + stime of a process, in seconds (0 when it is gone). */
function cpuOf(pid: number): number {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(f[11]) + Number(f[12])) / TICK;
  } catch {
    return 0;
  }
}

/** The postmaster and its children (the backends, the WAL writer, the checkpointer…). */
function postgresPids(dataDir: string): number[] {
  const master = Number(fs.readFileSync(path.join(dataDir, 'postmaster.pid'), 'utf8').split('\n')[0]);
  const pids = [master];
  for (const d of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(d)) continue;
    try {
      const stat = fs.readFileSync(`/proc/${d}/stat`, 'utf8');
      if (Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]) === master) pids.push(Number(d));
    } catch {
      // gone meanwhile
    }
  }
  return pids;
}

/** Started when the measured run starts: resets PostgreSQL's statistics and notes the CPU used so far. */
export async function startPhaseWatch(url: string, dataDir: string, serverPid: number) {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  await c.query('CREATE EXTENSION IF NOT EXISTS pg_stat_statements');
  await c.query("SELECT pg_stat_statements_reset(), pg_stat_reset_shared('wal'), pg_stat_reset()");
  const commitsOf = async () => Number((await c.query<{ n: string }>('SELECT sum(xact_commit)::bigint AS n FROM pg_stat_database')).rows[0].n);
  // pg_stat_database is reset above, but its figures are sent to the collector with a delay: count from here.
  const commits0 = await commitsOf();
  const pgCpu = () => postgresPids(dataDir).reduce((s, p) => s + cpuOf(p), 0);
  const t0 = performance.now();
  const cpu0 = { server: cpuOf(serverPid), postgres: pgCpu(), self: process.cpuUsage() };
  const loop = monitorEventLoopDelay({ resolution: 10 });
  loop.enable();
  return {
    /** The figures since the start (call before the server stops: it reads the server's CPU). */
    async stop(): Promise<Omit<PhaseReport, 'server'>> {
      const seconds = (performance.now() - t0) / 1000;
      const self = process.cpuUsage(cpu0.self);
      const cpu: CpuFigures = {
        server: (cpuOf(serverPid) - cpu0.server) / seconds,
        postgres: (pgCpu() - cpu0.postgres) / seconds,
        loadGenerator: (self.user + self.system) / 1e6 / seconds,
        loadGeneratorDelay: { p50Ms: loop.percentile(50) / 1e6, p99Ms: loop.percentile(99) / 1e6 },
      };
      loop.disable();
      // Let the backends report their figures to the statistics.
      await new Promise((r) => setTimeout(r, 1000));
      const wal = (await c.query<{ wal_sync: string; wal_sync_time: number; wal_write_time: number }>('SELECT wal_sync, wal_sync_time, wal_write_time FROM pg_stat_wal')).rows[0];
      const st = await c.query<{ query: string; calls: string; mean_exec_time: number; total_exec_time: number }>(
        'SELECT query, calls, mean_exec_time, total_exec_time FROM pg_stat_statements ORDER BY total_exec_time DESC LIMIT 8',
      );
      const commits = (await commitsOf()) - commits0;
      await c.end();
      return {
        seconds,
        cpu,
        postgres: {
          commits,
          walSyncs: Number(wal.wal_sync),
          walSyncMs: wal.wal_sync_time,
          walWriteMs: wal.wal_write_time,
          statements: st.rows.map((r) => ({ query: r.query.replace(/\s+/g, ' ').slice(0, 90), calls: Number(r.calls), meanMs: r.mean_exec_time, totalMs: r.total_exec_time })),
        },
      };
    },
  };
}

const f1 = (x: number) => x.toFixed(1);
const f2 = (x: number) => x.toFixed(2);

export function formatPhases(r: PhaseReport): string {
  const lines = ['Where the time goes (the measured run; means over all calls, p50/p99 of each phase):'];
  const s = r.server;
  for (const [name, p] of Object.entries(s.phases)) {
    lines.push(`  ${name.padEnd(32)} n ${String(p.n).padStart(6)}  mean ${f2(p.meanMs).padStart(7)}  p50 ${f2(p.p50Ms).padStart(7)}  p99 ${f2(p.p99Ms).padStart(8)} ms`);
  }
  lines.push(`  the server's event loop: delay p50 ${f1(s.eventLoopDelay.p50Ms)} ms, p99 ${f1(s.eventLoopDelay.p99Ms)} ms, max ${f1(s.eventLoopDelay.maxMs)} ms`);
  const p = r.postgres;
  lines.push(
    `PostgreSQL: ${p.commits} commits made durable by ${p.walSyncs} WAL flushes (${f2(p.commits / Math.max(1, p.walSyncs))} commits per flush), ` +
      `a flush ${f2(p.walSyncMs / Math.max(1, p.walSyncs))} ms on average (${f1(p.walSyncMs / 1000)} s of ${f1(r.seconds)} s); WAL writes ${f1(p.walWriteMs / 1000)} s`,
  );
  for (const st of p.statements) lines.push(`  ${String(st.calls).padStart(7)} × ${f2(st.meanMs).padStart(6)} ms  ${st.query}`);
  lines.push(`CPU (cores busy): server ${f2(r.cpu.server)}, PostgreSQL ${f2(r.cpu.postgres)}, this load generator ${f2(r.cpu.loadGenerator)} — of 2; the load generator's event loop: delay p50 ${f1(r.cpu.loadGeneratorDelay.p50Ms)} ms, p99 ${f1(r.cpu.loadGeneratorDelay.p99Ms)} ms`);
  return lines.join('\n');
}
