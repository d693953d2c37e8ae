// A throwaway PostgreSQL cluster per test file (tempCluster.ts), and a fresh database in it per test.
import pg from 'pg';
import { afterAll, beforeAll } from 'vitest';
import { startTempCluster, type TempCluster } from './tempCluster';

export interface TestCluster {
  /** The cluster, once beforeAll has run. */
  readonly cluster: TempCluster;
  /** Creates an empty database and returns its connection string. */
  newDatabase(): Promise<string>;
}

/** Starts a cluster before the file's tests and stops and removes it after them. */
export function usePgCluster(): TestCluster {
  let cluster: TempCluster | undefined;
  let n = 0;
  beforeAll(() => {
    cluster = startTempCluster({ fast: true });
  }, 120_000);
  afterAll(() => cluster?.stop());
  return {
    get cluster() {
      if (!cluster) throw new Error('the PostgreSQL cluster is not started (use it inside a test)');
      return cluster;
    },
    async newDatabase() {
      const c = this.cluster;
      const name = `hr_test_${++n}`;
      const admin = new pg.Client({ connectionString: c.url() });
      await admin.connect();
      try {
        await admin.query(`CREATE DATABASE ${name}`);
      } finally {
        await admin.end();
      }
      return c.url(name);
    },
  };
}
