// Signed checkpoints of the ledger (issue 17, §7.5.3): after a run that verified entries 1…seq, the instance
// records "entry seq had this hash" with an HMAC-SHA256 under a key from configuration, so the next routine
// verify starts there. Someone who can write the database but not read the configuration cannot forge one; a
// checkpoint under another key (a restore on another instance, a rotated key) is ignored, never trusted.
import crypto from 'node:crypto';
import { newId } from '@openaims/core';
import { type Db, tables } from '@openaims/db';
import { desc, eq } from 'drizzle-orm';
import { safeEqual, sha256Hex } from '../common/hash.ts';
import { inOrg } from '../common/in-org.ts';

const { ledgerCheckpoints } = tables;

/** A stored checkpoint. */
export type LedgerCheckpoint = typeof ledgerCheckpoints.$inferSelect;

/**
 * The checkpoint key from configuration: AIMS_LEDGER_CHECKPOINT_KEY, else AIMS_SECRET (each at least 32
 * characters); undefined when neither is set, and then every verify is a full one.
 */
export function ledgerCheckpointKey(
  env: Record<string, string | undefined> = process.env,
): string | undefined {
  for (const v of [env.AIMS_LEDGER_CHECKPOINT_KEY, env.AIMS_SECRET]) if (v && v.length >= 32) return v;
  return undefined;
}

/** A public name of the key (not the key): which key signed a checkpoint. */
export const checkpointKeyId = (key: string): string =>
  sha256Hex(`openaims-ledger-checkpoint-key|${key}`).slice(0, 16);

function signatureOf(
  key: string,
  c: Pick<LedgerCheckpoint, 'organizationId' | 'seq' | 'hash' | 'count' | 'createdAt'>,
) {
  const input = [
    'openaims-ledger-checkpoint/v1',
    c.organizationId,
    c.seq,
    c.hash,
    c.count,
    c.createdAt.toISOString(),
  ];
  return crypto.createHmac('sha256', key).update(input.join('|')).digest('hex');
}

/** Whether a checkpoint's signature holds under `key`. */
export function checkpointSignatureHolds(key: string, c: LedgerCheckpoint): boolean {
  return c.keyId === checkpointKeyId(key) && safeEqual(c.signature, signatureOf(key, c));
}

/** The organization's latest checkpoint written under `key` (its signature is not checked here). */
export async function latestLedgerCheckpoint(
  db: Db,
  orgId: string,
  key: string,
): Promise<LedgerCheckpoint | undefined> {
  const [row] = await db
    .select()
    .from(ledgerCheckpoints)
    .where(inOrg(ledgerCheckpoints, orgId, eq(ledgerCheckpoints.keyId, checkpointKeyId(key))))
    .orderBy(desc(ledgerCheckpoints.seq), desc(ledgerCheckpoints.createdAt))
    .limit(1);
  return row;
}

/** Records that entries 1…`head.seq` verified and entry `head.seq` has `head.hash`. */
export async function writeLedgerCheckpoint(
  db: Db,
  orgId: string,
  key: string,
  head: { seq: number; hash: string },
): Promise<LedgerCheckpoint> {
  // Milliseconds only, so the signed timestamp survives the database's round trip unchanged.
  const base = {
    organizationId: orgId,
    seq: head.seq,
    hash: head.hash,
    count: head.seq,
    createdAt: new Date(Math.floor(Date.now())),
  };
  const row: LedgerCheckpoint = {
    ...base,
    id: newId('ledgerCheckpoint'),
    keyId: checkpointKeyId(key),
    signature: signatureOf(key, base),
  };
  await db.insert(ledgerCheckpoints).values(row);
  return row;
}
