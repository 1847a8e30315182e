import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

/** The unit tests of shared/, which Stryker runs against each mutant (bench/mutation/stryker.config.json). */
export default defineConfig({
  test: {
    root: fileURLToPath(new URL('../..', import.meta.url)),
    include: ['shared/**/*.test.ts'],
    environment: 'node',
    testTimeout: 30_000,
  },
});
