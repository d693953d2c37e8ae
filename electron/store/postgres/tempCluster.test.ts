import fs from 'node:fs';
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { startTempCluster } from './tempCluster';
import { usePgCluster } from './testing';

const pgc = usePgCluster();

describe('throwaway PostgreSQL cluster', () => {
  it('serves a fresh database on its own socket, as an unprivileged user', async () => {
    const url = await pgc.newDatabase();
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      const r = await client.query<{ db: string; superuser: string; version: string }>(
        "SELECT current_database() AS db, current_setting('is_superuser') AS superuser, current_setting('server_version_num') AS version",
      );
      expect(r.rows[0].db).toBe('hr_test_1');
      expect(Number(r.rows[0].version)).toBeGreaterThanOrEqual(150000);
      // The socket is in the cluster's own folder: nothing listens on a TCP port.
      expect(fs.readdirSync(pgc.cluster.dir).some((f) => f.startsWith('.s.PGSQL.'))).toBe(true);
      const owner = fs.statSync(`${pgc.cluster.dir}/data`).uid;
      if (process.getuid?.() === 0) expect(owner).not.toBe(0);
    } finally {
      await client.end();
    }
  });

  it('fails, saying how to install PostgreSQL, when it is not there', () => {
    const before = process.env.HANDLINGSROM_PG_BIN;
    process.env.HANDLINGSROM_PG_BIN = '/nonexistent/postgresql/bin';
    try {
      expect(() => startTempCluster()).toThrow(/install it \(Debian: apt-get install postgresql/);
    } finally {
      if (before === undefined) delete process.env.HANDLINGSROM_PG_BIN;
      else process.env.HANDLINGSROM_PG_BIN = before;
    }
  });

  it('is stopped and removed by stop()', async () => {
    const c = startTempCluster({ fast: true });
    const client = new pg.Client({ connectionString: c.url() });
    await client.connect();
    await client.end();
    c.stop();
    expect(fs.existsSync(c.dir)).toBe(false);
    const late = new pg.Client({ connectionString: c.url() });
    await expect(late.connect()).rejects.toThrow();
    c.stop();
  });
});
