// One-off job of the `ledger-verify` scenarios (issue 17): times the service's `verifyLedger` 3 times on a
// generated dataset (BENCH_DATA_DIR for PGlite, or DATABASE_URL) and reports the times and peak RSS.
// BENCH_LEDGER_MODE=full verifies every entry (`aims ledger verify --full`); `checkpoint` starts from the signed
// checkpoint at the head (`aims ledger verify`, a routine run with nothing new), written by an untimed run first.
import { openDatabase } from '@openaims/db';
import { latestLedgerCheckpoint, verifyLedger } from '@openaims/services';

const orgId = process.env.BENCH_ORG_ID ?? '';
const full = process.env.BENCH_LEDGER_MODE !== 'checkpoint';
// A fixed bench-only key: checkpoints signed with it are ignored by an instance configured with another key.
const checkpointKey = 'openaims-bench-ledger-checkpoint-key-not-secret';
try {
  const database = process.env.DATABASE_URL
    ? await openDatabase({ engine: 'postgres', url: process.env.DATABASE_URL })
    : await openDatabase({ engine: 'pglite', dataDir: process.env.BENCH_DATA_DIR ?? '' });
  await database.migrate();
  if (!full && !(await latestLedgerCheckpoint(database.db, orgId, checkpointKey)))
    await verifyLedger(database.db, orgId, { checkpointKey });
  const timesMs: number[] = [];
  let peakRss = process.memoryUsage().rss;
  let verdict: unknown;
  for (let i = 0; i < 3; i++) {
    const t = performance.now();
    verdict = await verifyLedger(database.db, orgId, { full, checkpointKey, writeCheckpoint: !full });
    timesMs.push(performance.now() - t);
    peakRss = Math.max(peakRss, process.memoryUsage().rss);
  }
  await database.close();
  process.send?.({ type: 'result', timesMs, peakRss, verdict });
} catch (e) {
  process.send?.({ type: 'failed', message: (e as Error).stack ?? String(e) });
  process.exitCode = 1;
}
