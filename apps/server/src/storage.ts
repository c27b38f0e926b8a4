// Which storage the environment names, opened. Its own module so that `main` can start opening it before the rest
// of the server is loaded (issue 17: cold start).
import path from 'node:path';
import { type Database, openDatabase } from '@openaims/db';
import type { Env } from './env.ts';

/** Opens the database the environment names: PostgreSQL when DATABASE_URL is set, else PGlite in AIMS_DATA_DIR. */
export function openConfiguredDatabase(env: Pick<Env, 'DATABASE_URL' | 'AIMS_DATA_DIR'>): Promise<Database> {
  return env.DATABASE_URL
    ? openDatabase({ engine: 'postgres', url: env.DATABASE_URL })
    : openDatabase({ engine: 'pglite', dataDir: path.resolve(env.AIMS_DATA_DIR) });
}
