import { defineConfig } from 'vitest/config';

// Unit and integration tests live beside the code they test; end-to-end tests have their own config in e2e/.
export default defineConfig({
  test: {
    include: ['shared/**/*.test.ts', 'electron/**/*.test.ts', 'scripts/**/*.test.ts', 'renderer/**/*.test.{ts,tsx}'],
    exclude: ['**/node_modules/**', '**/fixtures/**'],
    environment: 'node',
    testTimeout: 30_000,
  },
});
