import { defineConfig } from 'vitest/config';

// Projects: pure core tests, service and route tests on PGlite, and the same service and route tests on
// PostgreSQL when DATABASE_URL is set (CI sets it, so both storage engines are exercised).
const dbTests = [
  'packages/services/src/**/*.test.ts',
  'packages/db/src/**/*.test.ts',
  'apps/server/src/**/*.test.ts',
  'apps/cli/src/**/*.test.ts',
];
const postgres = process.env.DATABASE_URL
  ? [
      {
        extends: true as const,
        test: { name: 'postgres', include: dbTests, env: { AIMS_TEST_ENGINE: 'postgres' } },
      },
    ]
  : [];

export default defineConfig({
  test: {
    // CLI tests spawn the real binary several times (seconds each on a loaded 2-core machine).
    testTimeout: 120_000,
    hookTimeout: 60_000,
    pool: 'forks',
    projects: [
      { extends: true, test: { name: 'core', include: ['packages/core/src/**/*.test.ts'] } },
      // The bench's own checks: no database, run once.
      { extends: true, test: { name: 'bench', include: ['bench/src/**/*.test.ts'] } },
      { extends: true, test: { name: 'pglite', include: dbTests, env: { AIMS_TEST_ENGINE: 'pglite' } } },
      ...postgres,
    ],
  },
});
