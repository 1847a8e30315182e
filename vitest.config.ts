import { defineConfig } from 'vitest/config';

/** Unit and API tests. API tests run once per database: SQLite always, PostgreSQL when PG_TEST_URL is set. */
export default defineConfig({
  test: {
    include: ['shared/**/*.test.ts', 'server/**/*.test.ts', 'client/**/*.test.ts', 'bench/**/*.test.ts'],
    environment: 'node',
    testTimeout: 30_000,
    hookTimeout: 60_000,
    env: { BCRYPT_ROUNDS: '4' },
  },
});
