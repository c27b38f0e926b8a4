// The PostgreSQL test databases refuse concurrent statements on one connection (a transaction queried through
// `Promise.all`): pg only queues them today and pg 9 will throw. This proves the watch itself fires, so every
// service test on PostgreSQL that closes its database is also a check of the whole class.
import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { testDatabase, testEngine } from './testing.ts';

describe.skipIf(testEngine() !== 'postgres')('PostgreSQL test database: overlapping statements', () => {
  it('closes cleanly after sequential statements in a transaction', async () => {
    const database = await testDatabase();
    await database.db.transaction(async (tx) => {
      await tx.execute(sql`select 1`);
      await tx.execute(sql`select 2`);
    });
    await expect(database.close()).resolves.toBeUndefined();
  });

  it('fails on close when a transaction sent two statements at once', async () => {
    const database = await testDatabase();
    await database.db.transaction(async (tx) => {
      await Promise.all([tx.execute(sql`select pg_sleep(0.05)`), tx.execute(sql`select 2`)]);
    });
    await expect(database.close()).rejects.toThrow(/busy PostgreSQL connection.*select 2/);
  });

  it('does not count separate pool connections working at once', async () => {
    const database = await testDatabase();
    await Promise.all([database.db.execute(sql`select pg_sleep(0.05)`), database.db.execute(sql`select 2`)]);
    await expect(database.close()).resolves.toBeUndefined();
  });
});
