import { canonicalJson } from '@openaims/core';
import type { Database } from '@openaims/db';
import { tables } from '@openaims/db';
import { testDatabase } from '@openaims/db/testing';
import { and, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAiSystem, updateAiSystem } from '../ai-systems/ai-system.service.ts';
import { sha256Hex } from '../common/hash.ts';
import { buildContext } from '../testing/factories.ts';
import { expectRefusedByDatabase } from '../testing/refused-sql.ts';
import { appendLedger, verifyLedger } from './ledger.service.ts';

let database: Database;
const rowsOf = (r: unknown) => ((r as { rows?: unknown[] }).rows ?? r) as Record<string, unknown>[];
beforeAll(async () => {
  database = await testDatabase();
});
afterAll(async () => {
  await database?.close();
});

async function orgWithHistory() {
  const ctx = await buildContext(database.db);
  const s = await createAiSystem(ctx, { name: 'Scoring model', purpose: 'credit' });
  await updateAiSystem(ctx, s.id, { purpose: 'credit scoring' });
  await updateAiSystem(ctx, s.id, { lifecycleStage: 'design_development' });
  return ctx;
}

/** Tampering needs the append-only trigger out of the way, as an attacker with database access would do. */
async function tamper(statement: ReturnType<typeof sql>) {
  await database.db.transaction(async (tx) => {
    await tx.execute(sql`alter table ledger_entries disable trigger ledger_entries_append_only`);
    await tx.execute(statement);
    await tx.execute(sql`alter table ledger_entries enable trigger ledger_entries_append_only`);
  });
}

describe('ledger', () => {
  it('chains every change and verifies', async () => {
    const ctx = await orgWithHistory();
    const result = await verifyLedger(database.db, ctx.orgId);
    // organization.created, member.added (owner), soa.initialized, risk_criteria.created; the factory's member is a direct insert; then 3 changes
    expect(result).toMatchObject({ ok: true, count: 7 });
    expect(result.head).toMatch(/^[0-9a-f]{64}$/);
  });

  it('refuses UPDATE and DELETE at the database', async () => {
    const ctx = await orgWithHistory();
    await expectRefusedByDatabase(
      database.db,
      sql`update ledger_entries set action = 'x' where organization_id = ${ctx.orgId}`,
      sql`delete from ledger_entries where organization_id = ${ctx.orgId}`,
    );
    expect((await verifyLedger(database.db, ctx.orgId)).ok).toBe(true);
  });

  it('names the entry whose data was altered', async () => {
    const ctx = await orgWithHistory();
    await tamper(
      sql`update ledger_entries set data = '{"name":"forged"}'::jsonb where organization_id = ${ctx.orgId} and seq = 3`,
    );
    expect(await verifyLedger(database.db, ctx.orgId)).toMatchObject({ ok: false, brokenAt: 3, count: 2 });
  });

  it('names the entry whose metadata was altered even with a recomputed digest', async () => {
    const ctx = await orgWithHistory();
    await tamper(
      sql`update ledger_entries set actor_id = 'usr_someone_else' where organization_id = ${ctx.orgId} and seq = 4`,
    );
    expect(await verifyLedger(database.db, ctx.orgId)).toMatchObject({ ok: false, brokenAt: 4 });
  });

  it('notices a deleted entry in the middle and at the end', async () => {
    const a = await orgWithHistory();
    await tamper(sql`delete from ledger_entries where organization_id = ${a.orgId} and seq = 2`);
    expect(await verifyLedger(database.db, a.orgId)).toMatchObject({ ok: false, brokenAt: 2 });
    const b = await orgWithHistory();
    await tamper(sql`delete from ledger_entries where organization_id = ${b.orgId} and seq = 5`);
    expect(await verifyLedger(database.db, b.orgId)).toMatchObject({ ok: false, brokenAt: 5 });
  });

  it('names an entry in the middle whose payload was forged with a matching digest, or whose link was rewritten', async () => {
    const a = await orgWithHistory();
    const hashOf = async (orgId: string, seq: number) =>
      (
        await database.db
          .select({ hash: tables.ledgerEntries.hash })
          .from(tables.ledgerEntries)
          .where(and(eq(tables.ledgerEntries.organizationId, orgId), eq(tables.ledgerEntries.seq, seq)))
      )[0]?.hash;
    // Entry `seq` is named as the first broken one, with the entry before it as the last good head.
    const expectBrokenAt = async (orgId: string, seq: number, reason: string) =>
      expect(await verifyLedger(database.db, orgId)).toEqual({
        ok: false,
        count: seq - 1,
        brokenAt: seq,
        reason,
        head: await hashOf(orgId, seq - 1),
      });
    // The attacker rewrites the data and its digest consistently: only the entry hash can tell.
    const forged = { name: 'forged' };
    await tamper(
      sql`update ledger_entries set data = ${JSON.stringify(forged)}::jsonb, digest = ${sha256Hex(canonicalJson(forged))}
          where organization_id = ${a.orgId} and seq = 5`,
    );
    await expectBrokenAt(a.orgId, 5, 'entry hash does not match its contents');
    // Only the payload changes: named for its data, with the entry before it as the last good head.
    const b = await orgWithHistory();
    await tamper(
      sql`update ledger_entries set data = jsonb_set(data::jsonb, '{purpose}', '"forged"') where organization_id = ${b.orgId} and seq = 5`,
    );
    await expectBrokenAt(b.orgId, 5, 'data does not match its digest');
    // A rewritten link in the middle.
    const c = await orgWithHistory();
    await tamper(
      sql`update ledger_entries set prev_hash = ${'f'.repeat(64)} where organization_id = ${c.orgId} and seq = 4`,
    );
    await expectBrokenAt(c.orgId, 4, 'previous hash does not match the entry before it');
    // A deleted entry in the middle is named as missing.
    const d = await orgWithHistory();
    await tamper(sql`delete from ledger_entries where organization_id = ${d.orgId} and seq = 4`);
    await expectBrokenAt(d.orgId, 4, 'entry 4 is missing');
  });

  it('names the earliest break when several ranges of the chain hold one, and a missing entry before a forged one', async () => {
    const a = await orgWithHistory();
    await tamper(
      sql`update ledger_entries set actor_id = 'usr_someone_else' where organization_id = ${a.orgId} and seq in (3, 7)`,
    );
    expect(await verifyLedger(database.db, a.orgId)).toMatchObject({ ok: false, brokenAt: 3, count: 2 });
    const b = await orgWithHistory();
    await tamper(sql`delete from ledger_entries where organization_id = ${b.orgId} and seq = 2`);
    await tamper(
      sql`update ledger_entries set data = '{"forged":true}' where organization_id = ${b.orgId} and seq = 6`,
    );
    expect(await verifyLedger(database.db, b.orgId)).toMatchObject({
      ok: false,
      brokenAt: 2,
      reason: 'entry 2 is missing',
    });
  });

  it('verifies entries whose data is not stored as canonical text (written before migration 0033) in JS', async () => {
    const ctx = await orgWithHistory();
    // jsonb renders `{"a": 1}` with spaces and its own key order: the database cannot match the digest, JS can.
    await tamper(
      sql`update ledger_entries set data = data::jsonb::json where organization_id = ${ctx.orgId}`,
    );
    const [rendered] = rowsOf(
      await database.db.execute(
        sql`select data::text as t from ledger_entries where organization_id = ${ctx.orgId} and seq = 5`,
      ),
    );
    expect(String(rendered?.t)).toContain(': ');
    expect(await verifyLedger(database.db, ctx.orgId)).toMatchObject({ ok: true, count: 7 });
    await tamper(
      sql`update ledger_entries set data = jsonb_set(data::jsonb, '{purpose}', '"forged"') where organization_id = ${ctx.orgId} and seq = 5`,
    );
    expect(await verifyLedger(database.db, ctx.orgId)).toMatchObject({
      ok: false,
      brokenAt: 5,
      reason: 'data does not match its digest',
    });
  });

  it('re-checks disputed entries in batches past the first thousand', async () => {
    const ctx = await buildContext(database.db);
    await ctx.db.transaction(async (tx) => {
      for (let i = 0; i < 1100; i++)
        await appendLedger(tx, ctx.orgId, ctx.actor, {
          action: 'test.appended',
          entityType: 'test',
          entityId: `t${i}`,
          data: { i, label: `entry ${i}` },
        });
    });
    await tamper(
      sql`update ledger_entries set data = data::jsonb::json where organization_id = ${ctx.orgId}`,
    );
    const count = (await verifyLedger(database.db, ctx.orgId)).count;
    expect(count).toBeGreaterThan(1100);
    await tamper(
      sql`update ledger_entries set data = '{"i": 0}' where organization_id = ${ctx.orgId} and seq = ${count - 3}`,
    );
    expect(await verifyLedger(database.db, ctx.orgId)).toMatchObject({ ok: false, brokenAt: count - 3 });
  });

  it('stores new entries as the canonical JSON text their digest hashed', async () => {
    const ctx = await orgWithHistory();
    const rows = rowsOf(
      await database.db.execute(
        sql`select data::text as t, digest from ledger_entries where organization_id = ${ctx.orgId} order by seq`,
      ),
    );
    expect(rows).toHaveLength(7);
    for (const r of rows) {
      expect(canonicalJson(JSON.parse(String(r.t)))).toBe(r.t);
      expect(sha256Hex(String(r.t))).toBe(r.digest);
    }
  });

  it('reads an untouched chain with the head it ends on, and an empty one as ok', async () => {
    const ctx = await orgWithHistory();
    const [head] = await database.db
      .select()
      .from(tables.ledgerHeads)
      .where(eq(tables.ledgerHeads.organizationId, ctx.orgId));
    expect(await verifyLedger(database.db, ctx.orgId)).toEqual({ ok: true, count: 7, head: head?.hash });
    expect(await verifyLedger(database.db, 'org_without_ledger')).toEqual({ ok: true, count: 0, head: null });
  });

  it('keeps one chain per organization, unbroken under concurrent writers', async () => {
    const ctx = await buildContext(database.db);
    await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        database.db.transaction((tx) =>
          appendLedger(tx, ctx.orgId, ctx.actor, {
            action: 'test.concurrent',
            entityType: 'test',
            entityId: `t${i}`,
            data: { i },
          }),
        ),
      ),
    );
    expect(await verifyLedger(database.db, ctx.orgId)).toMatchObject({ ok: true, count: 24 });
  });
});
