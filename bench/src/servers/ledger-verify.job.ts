// One-off job of the `ledger-verify` scenarios (issue 17): times the service's `verifyLedger` 3 times on a
// generated dataset and reports the times and peak RSS (servers/job.ts).
// BENCH_LEDGER_MODE=full verifies every entry (`aims ledger verify --full`); `checkpoint` starts from the signed
// checkpoint at the head (`aims ledger verify`, a routine run with nothing new), written by an untimed run first.
import { latestLedgerCheckpoint, verifyLedger } from '@openaims/services';
import { timeThreeRuns } from './job.ts';

const orgId = process.env.BENCH_ORG_ID ?? '';
const full = process.env.BENCH_LEDGER_MODE !== 'checkpoint';
// A fixed bench-only key: checkpoints signed with it are ignored by an instance configured with another key.
const checkpointKey = 'openaims-bench-ledger-checkpoint-key-not-secret';

await timeThreeRuns(async ({ db }) => {
  if (!full && !(await latestLedgerCheckpoint(db, orgId, checkpointKey)))
    await verifyLedger(db, orgId, { checkpointKey });
  return async () => {
    const verdict = await verifyLedger(db, orgId, { full, checkpointKey, writeCheckpoint: !full });
    if (!verdict.ok) throw new Error(`the ledger does not verify: ${JSON.stringify(verdict)}`);
    return null;
  };
});
