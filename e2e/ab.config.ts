import { defineConfig } from 'vitest/config';

// e2e/abRun.ts: the UI measures against several builds alternately (not part of the test suite).
export default defineConfig({ test: { include: ['e2e/abRun.ts'], environment: 'node', testTimeout: 3_600_000, hookTimeout: 120_000 } });
