// A/B of the ledger verify before and after issue 17, alternating in one process on one seeded chain.
import { canonicalJson, GENESIS_HASH, type LedgerVerifyResult, ledgerHashInput } from '@openaims/core';
import { type Db, tables } from '@openaims/db';
import { sha256Hex, toLedgerEntry, verifyLedger } from '@openaims/services';
import { and, asc, eq, gt } from 'drizzle-orm';
import { seededLedger } from './seeded-ledger.ts';

const { ledgerEntries, ledgerHeads } = tables;
/** Recomputes every digest and hash of the organization's chain; names the first entry that does not hold. */
async function oldVerifyLedger(db: Db, orgId: string): Promise<LedgerVerifyResult> {
  let prevHash = GENESIS_HASH;
  let expectedSeq = 1;
  let count = 0;
  const batch = 2000;
  for (;;) {
    const rows = await db
      .select()
      .from(ledgerEntries)
      .where(and(eq(ledgerEntries.organizationId, orgId), gt(ledgerEntries.seq, expectedSeq - 1)))
      .orderBy(asc(ledgerEntries.seq))
      .limit(batch);
    for (const r of rows) {
      const fail = (reason: string): LedgerVerifyResult => ({
        ok: false,
        count,
        brokenAt: r.seq,
        reason,
        head: prevHash,
      });
      if (r.seq !== expectedSeq)
        return {
          ok: false,
          count,
          brokenAt: expectedSeq,
          reason: `entry ${expectedSeq} is missing`,
          head: prevHash,
        };
      if (r.prevHash !== prevHash) return fail('previous hash does not match the entry before it');
      if (sha256Hex(canonicalJson(r.data)) !== r.digest) return fail('data does not match its digest');
      const recomputed = sha256Hex(ledgerHashInput({ ...toLedgerEntry(r), organizationId: orgId }));
      if (recomputed !== r.hash) return fail('entry hash does not match its contents');
      prevHash = r.hash;
      expectedSeq++;
      count++;
    }
    if (rows.length < batch) break;
  }
  const [head] = await db.select().from(ledgerHeads).where(eq(ledgerHeads.organizationId, orgId));
  if (head && (head.seq !== count || head.hash !== prevHash)) {
    return {
      ok: false,
      count,
      brokenAt: count + 1,
      reason: 'entries after this point were removed (head does not match)',
      head: prevHash,
    };
  }
  return { ok: true, count, head: count ? prevHash : null };
}

const { database, ctx } = await seededLedger();
for (let i = 0; i < 2; i++) {
  for (const [name, fn] of [
    ['before', oldVerifyLedger],
    ['after', verifyLedger],
  ] as const) {
    const t = performance.now();
    const r = await fn(database.db, ctx.orgId);
    console.log(name, JSON.stringify(r), `${((performance.now() - t) / 1000).toFixed(2)} s`);
  }
}
await database.close();
