import { defineConfig } from 'vitest/config';

// End-to-end tests: the real UI in Debian's Chromium, against the web mode and a real SQLite file.
export default defineConfig({
  test: {
    include: ['e2e/**/*.e2e.test.ts'],
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 60_000,
    fileParallelism: false,
  },
});
