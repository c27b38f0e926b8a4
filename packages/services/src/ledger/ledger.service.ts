// The hash-chained, append-only ledger (DESIGN §2.4, §5). Each organization has one chain; every change
// appends an entry in the same transaction as the change itself.
import {
  assertCan,
  canonicalJson,
  GENESIS_HASH,
  type LedgerEntry,
  type LedgerVerifyResult,
  type ListQuery,
  ledgerHashInput,
  newId,
  type Page,
} from '@openaims/core';
import { type Db, tables } from '@openaims/db';
import { and, asc, eq, gt, sql } from 'drizzle-orm';
import { sha256Hex } from '../common/hash.ts';
import { planPage } from '../common/paginate.ts';
import type { Actor, OrgContext } from '../context.ts';
import { emitWebhookEvent, webhookEventOf } from '../webhooks/webhook-events.ts';

const { ledgerEntries, ledgerHeads } = tables;

/** What a change records: action verb (`ai_system.created`), the entity, and the data that changed. */
export interface LedgerAppend {
  action: string;
  entityType: string;
  entityId: string;
  data: unknown;
}

type Row = typeof ledgerEntries.$inferSelect;

function toEntry(r: Row): LedgerEntry {
  return {
    id: r.id,
    seq: r.seq,
    at: r.at.toISOString(),
    actorType: r.actorType as LedgerEntry['actorType'],
    actorId: r.actorId,
    action: r.action,
    entityType: r.entityType,
    entityId: r.entityId,
    data: r.data,
    digest: r.digest,
    prevHash: r.prevHash,
    hash: r.hash,
  };
}

/** Appends one entry to the organization's chain. Call inside the transaction that makes the change. */
export async function appendLedger(
  tx: Db,
  orgId: string,
  actor: Actor,
  change: LedgerAppend,
): Promise<LedgerEntry> {
  // Lock the head row so concurrent writers of one organization queue up instead of forking the chain.
  await tx
    .insert(ledgerHeads)
    .values({ organizationId: orgId, seq: 0, hash: GENESIS_HASH })
    .onConflictDoNothing();
  const [head] = await tx
    .select()
    .from(ledgerHeads)
    .where(eq(ledgerHeads.organizationId, orgId))
    .for('update');
  if (!head) throw new Error('ledger head missing after insert');
  const data = JSON.parse(canonicalJson(change.data ?? null)) as unknown;
  const base = {
    organizationId: orgId,
    seq: head.seq + 1,
    at: new Date().toISOString(),
    actorType: actor.type,
    actorId: actor.id,
    action: change.action,
    entityType: change.entityType,
    entityId: change.entityId,
    digest: sha256Hex(canonicalJson(data)),
    prevHash: head.hash,
  };
  const hash = sha256Hex(ledgerHashInput(base));
  const row = { ...base, id: newId('ledgerEntry'), at: new Date(base.at), data, hash };
  await tx.insert(ledgerEntries).values(row);
  await tx.update(ledgerHeads).set({ seq: base.seq, hash }).where(eq(ledgerHeads.organizationId, orgId));
  // Key changes go out to subscribed webhooks, queued in the same transaction as the change itself.
  const event = webhookEventOf(change.action);
  if (event)
    await emitWebhookEvent(tx, {
      orgId,
      event,
      entity: { type: change.entityType, id: change.entityId },
      data,
    });
  return toEntry(row as Row);
}

/** Appends an entry using a tenant context's organization and actor. */
export function record(ctx: OrgContext, tx: Db, change: LedgerAppend): Promise<LedgerEntry> {
  return appendLedger(tx, ctx.orgId, ctx.actor, change);
}

/** Lists the organization's ledger, newest first by default. */
export async function listLedger(
  ctx: OrgContext,
  query: ListQuery & { entityType?: string; entityId?: string },
): Promise<Page<LedgerEntry>> {
  assertCan(ctx.role, 'ledger:read');
  const plan = planPage<'seq' | 'at', Row & { id: string }>({
    query,
    sortable: { seq: ledgerEntries.seq, at: ledgerEntries.at },
    defaultSort: { field: 'seq', desc: true },
    idColumn: ledgerEntries.id,
    searchColumns: [ledgerEntries.action, ledgerEntries.entityId, ledgerEntries.entityType],
    sortValue: (r, f) => (f === 'seq' ? r.seq : r.at),
  });
  const rows = await ctx.db
    .select()
    .from(ledgerEntries)
    .where(
      and(
        eq(ledgerEntries.organizationId, ctx.orgId),
        query.entityType ? eq(ledgerEntries.entityType, query.entityType) : undefined,
        query.entityId ? eq(ledgerEntries.entityId, query.entityId) : undefined,
        plan.where,
      ),
    )
    .orderBy(...plan.orderBy)
    .limit(plan.limit);
  const page = plan.toPage(rows);
  return { items: page.items.map(toEntry), nextCursor: page.nextCursor };
}

/** Recomputes every digest and hash of the organization's chain; names the first entry that does not hold. */
export async function verifyLedger(db: Db, orgId: string): Promise<LedgerVerifyResult> {
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
      const recomputed = sha256Hex(
        ledgerHashInput({
          organizationId: orgId,
          seq: r.seq,
          at: r.at.toISOString(),
          actorType: r.actorType as LedgerEntry['actorType'],
          actorId: r.actorId,
          action: r.action,
          entityType: r.entityType,
          entityId: r.entityId,
          digest: r.digest,
          prevHash: r.prevHash,
        }),
      );
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

/** Permission-checked verification for a tenant context. */
export function verifyOrgLedger(ctx: OrgContext): Promise<LedgerVerifyResult> {
  assertCan(ctx.role, 'ledger:read');
  return verifyLedger(ctx.db, ctx.orgId);
}

/** Every organization id that has a ledger (for `aims ledger verify` without --org). */
export async function ledgerOrganizations(db: Db): Promise<string[]> {
  const rows = await db.select({ id: ledgerHeads.organizationId }).from(ledgerHeads).orderBy(sql`1`);
  return rows.map((r) => r.id);
}
