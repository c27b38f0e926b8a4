// One entry point for both storage engines: embedded PGlite (default) or PostgreSQL (DATABASE_URL).
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { PGlite } from '@electric-sql/pglite';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { acquireDataDirLock, type DataDirLock } from './lock.ts';
import { leanClient, parseTextTypesAsText } from './pglite-lean.ts';
import * as schema from './schema/index.ts';

export type Schema = typeof schema;
/** A Drizzle database or transaction on either engine. */
export type Db = PgDatabase<PgQueryResultHKT, Schema>;
export type Engine = 'pglite' | 'postgres';

/** An open database with its engine and a way to close it. */
export interface Database {
  db: Db;
  engine: Engine;
  /** Throws when the database does not answer (readiness probe). */
  ping(): Promise<void>;
  /** Applies pending migrations (idempotent; serialized across processes on PostgreSQL). */
  migrate(): Promise<void>;
  close(): Promise<void>;
}

/** Folder of the committed SQL migrations. */
export const MIGRATIONS_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../migrations');

export type OpenOptions =
  | {
      engine: 'postgres';
      url: string;
      poolSize?: number;
      /**
       * Called with the SQL of a statement sent on a connection that is still busy with another — a transaction
       * (one connection) queried concurrently, e.g. through `Promise.all`. pg only queues it today and pg 9 refuses
       * it; the test databases fail on it so the whole class stays closed.
       */
      onOverlap?: (sql: string) => void;
    }
  | { engine: 'pglite'; dataDir?: string; pglite?: PGlite; lock?: boolean };

/**
 * PostgreSQL's shared buffers inside embedded PGlite: PGlite's default is 128 MB of WebAssembly memory, which is
 * never returned; an embedded single-organization database reads little at a time, and the operating system's
 * page cache still holds the files (issue 17). Override with AIMS_PGLITE_SHARED_BUFFERS (e.g. `64MB`).
 */
export const PGLITE_SHARED_BUFFERS = '16MB';

function pgliteStartParams(PGliteClass: typeof PGlite): string[] {
  const defaults = (PGliteClass as unknown as { defaultStartParams: string[] }).defaultStartParams;
  const sharedBuffers = process.env.AIMS_PGLITE_SHARED_BUFFERS || PGLITE_SHARED_BUFFERS;
  if (!/^\d+(kB|MB|GB)$/.test(sharedBuffers))
    throw new Error(`AIMS_PGLITE_SHARED_BUFFERS must look like 16MB, not ${sharedBuffers}`);
  return [...defaults, '-c', `shared_buffers=${sharedBuffers}`];
}

/** Runs initdb for a PGlite folder in a child process (see pglite-initdb.mjs) when the folder has no database. */
function initPgliteOutOfProcess(dir: string): void {
  if (fs.existsSync(path.join(dir, 'PG_VERSION'))) return;
  const script = fileURLToPath(new URL('./pglite-initdb.mjs', import.meta.url));
  const r = spawnSync(process.execPath, [script, dir], {
    stdio: ['ignore', 'ignore', 'pipe'],
    encoding: 'utf8',
  });
  if (r.status !== 0) throw new Error(`could not create the database in ${dir}: ${r.stderr || r.error}`);
}

/** Opens PostgreSQL when given a URL, otherwise PGlite in `dataDir` (in memory when absent). */
export async function openDatabase(opts: OpenOptions): Promise<Database> {
  if (opts.engine === 'postgres') return openPostgres(opts.url, opts.poolSize ?? 10, opts.onOverlap);
  return openPglite(opts);
}

// Each engine's driver is loaded only when that engine is opened: a process uses one, and loading both cost start-up
// time (issue 17: cold start).
async function openPostgres(url: string, max: number, onOverlap?: (sql: string) => void): Promise<Database> {
  const [{ default: pg }, { drizzle: drizzleNodePg }, { migrate: migrateNodePg }] = await Promise.all([
    import('pg'),
    import('drizzle-orm/node-postgres'),
    import('drizzle-orm/node-postgres/migrator'),
  ]);
  const pool = new pg.Pool({ connectionString: url, max });
  pool.on('error', () => {
    // An idle client lost its connection; the pool replaces it. Queries report their own errors.
  });
  if (onOverlap) pool.on('connect', (client) => watchOverlap(client, onOverlap));
  return databaseHandle('postgres', drizzleNodePg(pool, { schema }), pool, {
    migrate: async () => {
      // Several server processes may start at once: one migrates, the others wait on the lock.
      const client = await pool.connect();
      try {
        await client.query('select pg_advisory_lock(42001)');
        await migrateNodePg(drizzleNodePg(client), { migrationsFolder: MIGRATIONS_DIR });
      } finally {
        await client.query('select pg_advisory_unlock(42001)').catch(() => {});
        client.release();
      }
    },
    close: () => pool.end(),
  });
}

async function openPglite(opts: { dataDir?: string; pglite?: PGlite; lock?: boolean }): Promise<Database> {
  const [{ PGlite }, { drizzle: drizzlePglite }, { migrate: migratePglite }] = await Promise.all([
    import('@electric-sql/pglite'),
    import('drizzle-orm/pglite'),
    import('drizzle-orm/pglite/migrator'),
  ]);
  let lock: DataDirLock | undefined;
  let client = opts.pglite;
  if (!client) {
    if (opts.dataDir) {
      fs.mkdirSync(opts.dataDir, { recursive: true });
      if (opts.lock !== false) lock = acquireDataDirLock(opts.dataDir);
      const dir = path.join(opts.dataDir, 'pglite');
      try {
        initPgliteOutOfProcess(dir);
      } catch (e) {
        lock?.release();
        throw e;
      }
      client = new PGlite(dir, { startParams: pgliteStartParams(PGlite) });
    } else {
      client = new PGlite({ startParams: pgliteStartParams(PGlite) });
    }
  }
  const pglite = client;
  try {
    await pglite.waitReady;
  } catch (e) {
    lock?.release();
    throw e;
  }
  // Drizzle's per-query parsers made PGlite copy its parser table for every statement (see pglite-lean.ts).
  parseTextTypesAsText(pglite);
  const lean = leanClient(pglite);
  return databaseHandle('pglite', drizzlePglite(lean, { schema }), pglite, {
    migrate: async () => {
      await migratePglite(drizzlePglite(lean), { migrationsFolder: MIGRATIONS_DIR });
    },
    close: async () => {
      try {
        if (!pglite.closed) await pglite.close();
      } finally {
        lock?.release();
      }
    },
  });
}

/**
 * What both engines build alike: the Drizzle database typed for either engine, and a readiness probe that asks the
 * engine's own client for `select 1`; migrating and closing are each engine's own.
 */
function databaseHandle(
  engine: Engine,
  db: unknown,
  client: { query(sql: string): Promise<unknown> },
  own: Pick<Database, 'migrate' | 'close'>,
): Database {
  return {
    db: db as Db,
    engine,
    ping: async () => {
      await client.query('select 1');
    },
    ...own,
  };
}

/** A pg client's private queue state, read only by the overlap watch of the test databases. */
type BusyClient = { _activeQuery?: unknown; _queryQueue?: unknown[] };

/** Wraps `client.query` to report a statement sent while the connection is busy (see `onOverlap`). */
function watchOverlap(client: import('pg').PoolClient, onOverlap: (sql: string) => void): void {
  const query = client.query.bind(client) as (...args: unknown[]) => unknown;
  const busy = client as unknown as BusyClient;
  (client as unknown as { query: (...args: unknown[]) => unknown }).query = (...args: unknown[]) => {
    if (busy._activeQuery || (busy._queryQueue?.length ?? 0) > 0) {
      const first = args[0] as string | { text?: string };
      onOverlap(typeof first === 'string' ? first : String(first?.text));
    }
    return query(...args);
  };
}
