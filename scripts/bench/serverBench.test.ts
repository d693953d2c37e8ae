// The team server's load bench, small (3 users × 2 s, one SIGKILL, on an fsync-off cluster: the server is killed,
// not PostgreSQL): it runs end to end, every acknowledged edit is read back from PostgreSQL, none is lost, and it
// reports its figures. Never its timings: speed goals live in `npm run bench -- --server` (README, "Under load").
// The renderer must be built (npm test builds it first).
import { expect, it } from 'vitest';
import { benchServer, formatServerBench } from './serverBench';

it('drives the team server with a few users, SIGKILLs it once under load, and loses no acknowledged edit', async () => {
  const r = await benchServer({ seconds: 2, users: 3, rate: 5, kills: 1, pool: 4, json: false, phases: false }, () => undefined, { fast: true });
  expect(r.edits).toBeGreaterThan(0);
  expect(r.errors).toBe(0);
  expect(r.lost).toBe(0);
  expect(r.kills).toMatchObject({ kills: 1, lost: 0 });
  expect(r.kills!.acked).toBeGreaterThan(0);
  for (const x of [r.editsPerSecond, r.editP50, r.editP99, r.kills!.restartMs]) expect(Number.isFinite(x)).toBe(true);
  const text = formatServerBench(r, 'env');
  expect(text).toContain('acknowledged edits lost 0');
  expect(text).toMatch(/edit latency\s+p50 [\d.]+ ms, p99 [\d.]+ ms/);
}, 120_000);
