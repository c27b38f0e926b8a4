// What the one-off jobs of the scenarios share (issue 17): the generated dataset opened as the server would open
// it (BENCH_DATA_DIR for PGlite, or DATABASE_URL), a piece of work timed 3 times with the process's peak RSS, and
// the one message that reports it to the benchmark.
import { type Database, openDatabase } from '@openaims/db';
import { applyHeapGrowth, parseEnv } from '@openaims/server';
import { procMemory } from '../tree-rss.ts';

/** The job's answer: `result` with what it measured, or `failed` with why. */
export type JobMessage<T = unknown> = ({ type: 'result' } & T) | { type: 'failed'; message: string };

/** What a timed job measured; `outputBytes` is the size of what one run wrote, null when it writes nothing. */
export interface TimedResult {
  timesMs: number[];
  peakRss: number;
  outputBytes: number | null;
}

/** Opens the generated dataset, migrated, on the engine the benchmark was given. */
export async function openDataset(): Promise<Database> {
  // As the CLI's storage-using commands do (apps/cli/src/support/storage.ts).
  applyHeapGrowth(parseEnv().AIMS_HEAP_GROWTH_PERCENT);
  const database = process.env.DATABASE_URL
    ? await openDatabase({ engine: 'postgres', url: process.env.DATABASE_URL })
    : await openDatabase({ engine: 'pglite', dataDir: process.env.BENCH_DATA_DIR ?? '' });
  await database.migrate();
  return database;
}

/**
 * Runs `work` on the dataset and sends its value to the parent, or the failure; closes the database either way.
 * The process ends by itself (no handles left), so the parent waits for its exit.
 */
export async function runJob<T extends object>(work: (database: Database) => Promise<T>): Promise<void> {
  let database: Database | undefined;
  try {
    database = await openDataset();
    const value = await work(database);
    await database.close();
    process.send?.({ type: 'result', ...value } satisfies JobMessage<T>);
  } catch (e) {
    await database?.close().catch(() => {});
    process.send?.({ type: 'failed', message: (e as Error).stack ?? String(e) } satisfies JobMessage);
    process.exitCode = 1;
  }
}

/**
 * Times `prepare`'s run 3 times (after `prepare`, untimed) with the peak RSS of this process over its life; a run resolves to
 * its output size in bytes, or null, and throws when its outcome is wrong.
 */
export function timeThreeRuns(
  prepare: (database: Database) => Promise<() => Promise<number | null>>,
): Promise<void> {
  return runJob<TimedResult>(async (database) => {
    const run = await prepare(database);
    const timesMs: number[] = [];
    let peakRss = process.memoryUsage().rss;
    let outputBytes: number | null = null;
    for (let i = 0; i < 3; i++) {
      const t = performance.now();
      outputBytes = await run();
      timesMs.push(performance.now() - t);
      peakRss = Math.max(peakRss, process.memoryUsage().rss);
    }
    // The kernel's high-water mark of this process: RSS read between runs misses the peak inside one.
    return { timesMs, peakRss: Math.max(peakRss, procMemory(process.pid, 'VmHWM')), outputBytes };
  });
}
