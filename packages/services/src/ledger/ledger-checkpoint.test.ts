import { canonicalJson, GENESIS_HASH, ledgerHashInput } from '@openaims/core';
import { type Database, tables } from '@openaims/db';
import { testDatabase } from '@openaims/db/testing';
import { and, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sha256Hex } from '../common/hash.ts';
import { SYSTEM_ACTOR } from '../context.ts';
import { buildContext } from '../testing/factories.ts';
import { appendLedger, verifyLedger } from './ledger.service.ts';
import { checkpointKeyId, latestLedgerCheckpoint, ledgerCheckpointKey } from './ledger-checkpoint.ts';

let database: Database;
beforeAll(async () => {
  database = await testDatabase();
});
afterAll(async () => {
  await database?.close();
});

const KEY = 'checkpoint-key-for-tests-only-0123456789';
const OTHER_KEY = 'another-instance-key-for-tests-0123456789';

async function orgWithEntries(n: number) {
  const ctx = await buildContext(database.db);
  await append(ctx.orgId, n);
  return ctx.orgId;
}

async function append(orgId: string, n: number) {
  for (let i = 0; i < n; i++)
    await database.db.transaction((tx) =>
      appendLedger(tx, orgId, SYSTEM_ACTOR, {
        action: 'test.done',
        entityType: 'test',
        entityId: `t${i}`,
        data: { i },
      }),
    );
}

/** Tampering needs the append-only trigger out of the way, as an attacker with database access would do. */
async function tamper(statement: ReturnType<typeof sql>) {
  await database.db.transaction(async (tx) => {
    await tx.execute(sql`alter table ledger_entries disable trigger ledger_entries_append_only`);
    await tx.execute(statement);
    await tx.execute(sql`alter table ledger_entries enable trigger ledger_entries_append_only`);
  });
}

const headSeq = async (orgId: string) =>
  (await verifyLedger(database.db, orgId, { full: true, writeCheckpoint: false })).count;

describe('ledger checkpoints (issue 17)', () => {
  it('takes the key from configuration, AIMS_LEDGER_CHECKPOINT_KEY first, and none when too short', () => {
    expect(ledgerCheckpointKey({ AIMS_LEDGER_CHECKPOINT_KEY: KEY, AIMS_SECRET: OTHER_KEY })).toBe(KEY);
    expect(ledgerCheckpointKey({ AIMS_SECRET: OTHER_KEY })).toBe(OTHER_KEY);
    expect(ledgerCheckpointKey({ AIMS_LEDGER_CHECKPOINT_KEY: 'short' })).toBeUndefined();
  });

  it('writes a checkpoint after a passing run and starts the next run from it', async () => {
    const orgId = await orgWithEntries(6);
    const n = await headSeq(orgId);
    expect(await latestLedgerCheckpoint(database.db, orgId, KEY)).toBeUndefined();
    const first = await verifyLedger(database.db, orgId, { checkpointKey: KEY });
    expect(first).toMatchObject({ ok: true, count: n });
    expect(first.checkpoint).toBeUndefined();
    expect(await latestLedgerCheckpoint(database.db, orgId, KEY)).toMatchObject({
      seq: n,
      count: n,
      hash: first.head,
    });

    await append(orgId, 3);
    const second = await verifyLedger(database.db, orgId, { checkpointKey: KEY });
    expect(second).toMatchObject({ ok: true, count: n + 3, checkpoint: { seq: n } });
    expect((await latestLedgerCheckpoint(database.db, orgId, KEY))?.seq).toBe(n + 3);
    // Nothing new: the run starts at the head and writes no further checkpoint.
    expect(await verifyLedger(database.db, orgId, { checkpointKey: KEY })).toMatchObject({
      ok: true,
      count: n + 3,
      checkpoint: { seq: n + 3 },
    });
    // Without a key, checkpoints are neither read nor written.
    expect((await verifyLedger(database.db, orgId)).checkpoint).toBeUndefined();
  });

  it('catches a tampered entry after the checkpoint by default, and one before it only with full', async () => {
    const orgId = await orgWithEntries(6);
    const n = await headSeq(orgId);
    await verifyLedger(database.db, orgId, { checkpointKey: KEY });
    await append(orgId, 4);
    await tamper(
      sql`update ledger_entries set data = '{"i": 99}'::jsonb where organization_id = ${orgId} and seq = ${n + 2}`,
    );
    expect(await verifyLedger(database.db, orgId, { checkpointKey: KEY })).toMatchObject({
      ok: false,
      brokenAt: n + 2,
      reason: 'data does not match its digest',
      checkpoint: { seq: n },
    });

    const before = await orgWithEntries(6);
    const m = await headSeq(before);
    await verifyLedger(database.db, before, { checkpointKey: KEY });
    await tamper(
      sql`update ledger_entries set data = '{"i": 99}'::jsonb where organization_id = ${before} and seq = 3`,
    );
    // The routine run trusts what the signed checkpoint covers; a full run recomputes it and names the entry.
    expect(await verifyLedger(database.db, before, { checkpointKey: KEY })).toMatchObject({
      ok: true,
      checkpoint: { seq: m },
    });
    expect(await verifyLedger(database.db, before, { checkpointKey: KEY, full: true })).toMatchObject({
      ok: false,
      brokenAt: 3,
    });
  });

  it('re-checks the entry at the checkpoint: changed data or a rewritten chain is caught by the default run', async () => {
    const orgId = await orgWithEntries(5);
    const n = await headSeq(orgId);
    await verifyLedger(database.db, orgId, { checkpointKey: KEY });
    await tamper(
      sql`update ledger_entries set data = '{"i": 7}'::jsonb where organization_id = ${orgId} and seq = ${n}`,
    );
    expect(await verifyLedger(database.db, orgId, { checkpointKey: KEY })).toMatchObject({
      ok: false,
      brokenAt: n,
    });

    // A rewrite that recomputes digest and hash of the last entry (so the chain alone verifies) still differs from
    // the hash the checkpoint signed.
    const other = await orgWithEntries(5);
    const m = await headSeq(other);
    await verifyLedger(database.db, other, { checkpointKey: KEY });
    const [row] = await database.db
      .select()
      .from(tables.ledgerEntries)
      .where(and(eq(tables.ledgerEntries.organizationId, other), eq(tables.ledgerEntries.seq, m)));
    const data = { i: 1234 };
    const digest = sha256Hex(canonicalJson(data));
    const hash = sha256Hex(
      ledgerHashInput({
        organizationId: other,
        seq: m,
        at: row!.at.toISOString(),
        actorType: row!.actorType as 'system',
        actorId: row!.actorId,
        action: row!.action,
        entityType: row!.entityType,
        entityId: row!.entityId,
        digest,
        prevHash: row!.prevHash,
      }),
    );
    await tamper(
      sql`update ledger_entries set data = ${JSON.stringify(data)}::jsonb, digest = ${digest}, hash = ${hash} where organization_id = ${other} and seq = ${m}`,
    );
    await database.db
      .update(tables.ledgerHeads)
      .set({ hash })
      .where(eq(tables.ledgerHeads.organizationId, other));
    expect((await verifyLedger(database.db, other, { full: true, writeCheckpoint: false })).ok).toBe(true);
    expect(await verifyLedger(database.db, other, { checkpointKey: KEY })).toMatchObject({
      ok: false,
      brokenAt: m,
      reason: expect.stringContaining('differs from the signed checkpoint'),
    });
  });

  it('refuses a forged checkpoint and ignores one signed with another key', async () => {
    const orgId = await orgWithEntries(4);
    const n = await headSeq(orgId);
    await database.db.insert(tables.ledgerCheckpoints).values({
      id: 'lcp_forged',
      organizationId: orgId,
      seq: n,
      hash: GENESIS_HASH,
      count: n,
      createdAt: new Date(),
      keyId: checkpointKeyId(KEY),
      signature: 'f'.repeat(64),
    });
    expect(await verifyLedger(database.db, orgId, { checkpointKey: KEY })).toMatchObject({
      ok: false,
      reason: expect.stringContaining('invalid signature'),
    });
    expect(await verifyLedger(database.db, orgId, { checkpointKey: KEY, full: true })).toMatchObject({
      ok: true,
    });

    // Another instance's checkpoint (a restore, a rotated key): not trusted, not refused; the run is full.
    const restored = await orgWithEntries(4);
    await verifyLedger(database.db, restored, { checkpointKey: OTHER_KEY });
    const r = await verifyLedger(database.db, restored, { checkpointKey: KEY, writeCheckpoint: false });
    expect(r.ok).toBe(true);
    expect(r.checkpoint).toBeUndefined();
  });
});
