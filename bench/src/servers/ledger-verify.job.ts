// One-off job of the `ledger-verify` scenario (issue 17): times the service's `verifyLedger` 3 times on a
// generated dataset (BENCH_DATA_DIR for PGlite, or DATABASE_URL) and reports the times and peak RSS.
import { openDatabase } from '@openaims/db';
import { verifyLedger } from '@openaims/services';

const orgId = process.env.BENCH_ORG_ID ?? '';
try {
  const database = process.env.DATABASE_URL
    ? await openDatabase({ engine: 'postgres', url: process.env.DATABASE_URL })
    : await openDatabase({ engine: 'pglite', dataDir: process.env.BENCH_DATA_DIR ?? '' });
  const timesMs: number[] = [];
  let peakRss = process.memoryUsage().rss;
  let verdict: unknown;
  for (let i = 0; i < 3; i++) {
    const t = performance.now();
    verdict = await verifyLedger(database.db, orgId);
    timesMs.push(performance.now() - t);
    peakRss = Math.max(peakRss, process.memoryUsage().rss);
  }
  await database.close();
  process.send?.({ type: 'result', timesMs, peakRss, verdict });
} catch (e) {
  process.send?.({ type: 'failed', message: (e as Error).stack ?? String(e) });
  process.exitCode = 1;
}
