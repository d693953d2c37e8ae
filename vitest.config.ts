import os from 'node:os';
import { defineConfig } from 'vitest/config';

// Unit and integration tests live beside the code they test; end-to-end tests have their own config in e2e/.
export default defineConfig({
  test: {
    include: ['shared/**/*.test.ts', 'electron/**/*.test.ts', 'scripts/**/*.test.ts', 'renderer/**/*.test.{ts,tsx}'],
    exclude: ['**/node_modules/**', '**/fixtures/**'],
    environment: 'node',
    testTimeout: 30_000,
    // At least two files at a time: vitest's default leaves one core free, which on a 2-core machine ran them one by
    // one (187 s here against 117 s).
    maxWorkers: Math.max(2, os.availableParallelism() - 1),
  },
});
