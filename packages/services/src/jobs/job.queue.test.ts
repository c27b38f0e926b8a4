import { type Database, openDatabase } from '@openaims/db';
import { testDatabase, testEngine } from '@openaims/db/testing';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { enqueueJob, listJobs } from './job.queue.ts';
import { type JobHandler, runDueJobs } from './job.worker.ts';

let database: Database;
beforeAll(async () => {
  database = await testDatabase();
});
afterAll(async () => {
  await database?.close();
});

describe('jobs (ADR 0006)', () => {
  it('makes one job of one idempotency key', async () => {
    const a = await enqueueJob(database.db, { type: 'noop', idempotencyKey: 'k-1' });
    const b = await enqueueJob(database.db, { type: 'noop', idempotencyKey: 'k-1' });
    expect(a).toMatch(/^job_/);
    expect(b).toBeNull();
    const r = await runDueJobs(database.db, { noop: async () => {} });
    expect(r.done).toBe(1);
  });

  it('retries with exponential backoff and buries a job after its last attempt', async () => {
    const t0 = new Date('2030-01-01T00:00:00Z');
    const id = await enqueueJob(database.db, { type: 'flaky', maxAttempts: 3, runAt: t0 });
    const failing: JobHandler = async () => {
      throw new Error('receiver down');
    };
    const at = (ms: number) => new Date(t0.getTime() + ms);
    expect((await runDueJobs(database.db, { flaky: failing }, { now: t0, baseBackoffMs: 1000 })).failed).toBe(
      1,
    );
    // Not due again before its backoff (1 s), due after it; the second backoff is 2 s.
    expect(
      (await runDueJobs(database.db, { flaky: failing }, { now: at(999), baseBackoffMs: 1000 })).ids,
    ).toEqual([]);
    expect(
      (await runDueJobs(database.db, { flaky: failing }, { now: at(1000), baseBackoffMs: 1000 })).failed,
    ).toBe(1);
    expect(
      (await runDueJobs(database.db, { flaky: failing }, { now: at(2999), baseBackoffMs: 1000 })).ids,
    ).toEqual([]);
    const last = await runDueJobs(database.db, { flaky: failing }, { now: at(3000), baseBackoffMs: 1000 });
    expect(last.dead).toBe(1);
    const [job] = (await listJobs(database.db, { status: 'dead' })).filter((j) => j.id === id);
    expect(job).toMatchObject({ attempts: 3, lastError: 'receiver down' });
    expect((await runDueJobs(database.db, { flaky: failing }, { now: at(10 ** 9) })).ids).toEqual([]);
  });

  it('runs 100 due jobs exactly once with two concurrent workers on separate connections', async () => {
    const runs = new Map<string, number>();
    const handler: JobHandler = async (job) => {
      runs.set(job.id, (runs.get(job.id) ?? 0) + 1);
      await new Promise((r) => setTimeout(r, 2));
    };
    const ids: string[] = [];
    for (let i = 0; i < 100; i++)
      ids.push((await enqueueJob(database.db, { type: 'count', payload: { i } }))!);
    // On PostgreSQL the second worker has its own connection pool to the same database; PGlite has one connection.
    let second = database;
    if (testEngine() === 'postgres') {
      const { rows } = (await database.db.execute(sql`select current_database() as name`)) as unknown as {
        rows: { name: string }[];
      };
      const url = new URL(process.env.DATABASE_URL!);
      url.pathname = `/${rows[0]!.name}`;
      second = await openDatabase({ engine: 'postgres', url: url.toString(), poolSize: 2 });
    }
    try {
      const [a, b] = await Promise.all([
        runDueJobs(database.db, { count: handler }, { workerId: 'a', batch: 5 }),
        runDueJobs(second.db, { count: handler }, { workerId: 'b', batch: 5 }),
      ]);
      expect(a.done + b.done).toBe(100);
      expect(ids.every((id) => runs.get(id) === 1)).toBe(true);
      if (testEngine() === 'postgres') expect(a.done > 0 && b.done > 0).toBe(true);
    } finally {
      if (second !== database) await second.close();
    }
  });
});
