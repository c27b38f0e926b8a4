// Test databases: each test file gets a fresh migrated database cloned from a template (opening and
// migrating a new PGlite costs seconds; loading a dumped template costs a fraction of one).
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { type Database, MIGRATIONS_DIR, openDatabase } from './client.ts';
import { withAdmin, withDatabaseName } from './postgres-admin.ts';

/** Which engine the tests of this process run on: AIMS_TEST_ENGINE=postgres needs DATABASE_URL. */
export function testEngine(): 'pglite' | 'postgres' {
  return process.env.AIMS_TEST_ENGINE === 'postgres' ? 'postgres' : 'pglite';
}

function migrationsHash(): string {
  const h = crypto.createHash('sha256');
  for (const f of fs
    .readdirSync(MIGRATIONS_DIR)
    .filter((f) => f.endsWith('.sql'))
    .sort()) {
    h.update(f).update(fs.readFileSync(path.join(MIGRATIONS_DIR, f)));
  }
  return h.digest('hex').slice(0, 16);
}

async function pgliteTemplate(): Promise<Blob> {
  const file = path.join(os.tmpdir(), `aims-test-template-${migrationsHash()}.tar.gz`);
  if (!fs.existsSync(file)) {
    const client = new PGlite();
    const database = await openDatabase({ engine: 'pglite', pglite: client });
    await database.migrate();
    const dump = await client.dumpDataDir('gzip');
    await database.close();
    const tmp = `${file}.${process.pid}.tmp`;
    fs.writeFileSync(tmp, Buffer.from(await dump.arrayBuffer()));
    fs.renameSync(tmp, file);
  }
  return new Blob([fs.readFileSync(file)]);
}

async function postgresTestDatabase(url: string): Promise<Database> {
  const template = `aims_tpl_${migrationsHash()}`;
  const name = `aims_t_${crypto.randomBytes(6).toString('hex')}`;
  await withAdmin(url, async (c) => {
    await c.query('select pg_advisory_lock(42002)');
    try {
      const { rowCount } = await c.query('select 1 from pg_database where datname = $1', [template]);
      if (!rowCount) {
        await c.query(`create database "${template}"`);
        const tpl = await openDatabase({
          engine: 'postgres',
          url: withDatabaseName(url, template),
          poolSize: 1,
        });
        await tpl.migrate();
        await tpl.close();
      }
      await c.query(`create database "${name}" template "${template}"`);
    } finally {
      await c.query('select pg_advisory_unlock(42002)');
    }
  });
  const overlaps: string[] = [];
  const database = await openDatabase({
    engine: 'postgres',
    url: withDatabaseName(url, name),
    poolSize: 4,
    onOverlap: (sql) => overlaps.push(sql.replace(/\s+/g, ' ').slice(0, 200)),
  });
  return {
    ...database,
    close: async () => {
      await database.close();
      await withAdmin(url, (c) => c.query(`drop database if exists "${name}"`)).catch(() => {});
      // A transaction is one connection: statements sent on it concurrently only queue today and pg 9 refuses them.
      if (overlaps.length) {
        throw new Error(
          `${overlaps.length} statement(s) sent on a busy PostgreSQL connection (concurrent queries in a transaction?), first: ${overlaps[0]}`,
        );
      }
    },
  };
}

/** A fresh, migrated, empty database on the engine under test. Close it in afterAll. */
export async function testDatabase(): Promise<Database> {
  if (testEngine() === 'postgres') {
    const url = process.env.DATABASE_URL;
    if (!url) throw new Error('AIMS_TEST_ENGINE=postgres needs DATABASE_URL');
    return postgresTestDatabase(url);
  }
  const blob = await pgliteTemplate();
  const client = new PGlite({ loadDataDir: blob });
  return openDatabase({ engine: 'pglite', pglite: client });
}
