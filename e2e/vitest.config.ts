import { defineConfig } from 'vitest/config';

// End-to-end tests: the real UI in Debian's Chromium, against the web mode and a real SQLite file. Each file starts
// its own server on a free port with its own data folder, so two files run side by side (the machines have two
// cores). Afterwards, alone: the speed figures of perf.e2e, and saving.e2e, which kills and restarts its server on
// the same port and times a page against the server's retries (side by side it once timed out reloading).
const ALONE = ['e2e/perf.e2e.test.ts', 'e2e/saving.e2e.test.ts'];
const common = { environment: 'node', testTimeout: 60_000, hookTimeout: 60_000 } as const;

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'ui',
          include: ['e2e/**/*.e2e.test.ts'],
          exclude: ['**/node_modules/**', ...ALONE],
          ...common,
          maxWorkers: 2,
          sequence: { groupOrder: 0 },
        },
      },
      {
        test: {
          name: 'alone',
          include: ALONE,
          ...common,
          fileParallelism: false,
          sequence: { groupOrder: 1 },
        },
      },
    ],
  },
});
