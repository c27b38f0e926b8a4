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
import { and, desc, eq, gt, sql } from 'drizzle-orm';
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

type SqlRow = Record<string, unknown>;
const rowsOf = (r: unknown): SqlRow[] => ((r as { rows?: SqlRow[] }).rows ?? (r as SqlRow[])) as SqlRow[];

/** The first entry whose place in the chain does not hold, as found by the database (before a JS re-check). */
interface ChainBreak {
  seq: number;
  rn: number;
  expectedPrev: string;
  kind: 'missing' | 'prev' | 'hash';
}

/** Recomputes an entry's hash in JS exactly as `appendLedger` wrote it (the database's result is re-checked here). */
function entryHashHolds(orgId: string, r: Row): boolean {
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
  return recomputed === r.hash;
}

/**
 * The first break of sequence, link or entry hash, found in one pass in the database (issue 17): the row number
 * against `seq`, `lag(hash)` against `prev_hash`, and sha256 of the entry's hash input (`ledgerHashInput`, with
 * `at` rendered as JS `toISOString` does). A hash the database disputes is recomputed in JS before it counts, so
 * a formatting difference (say, a timestamp with microseconds) can only cost time, never change the verdict.
 */
async function firstChainBreak(db: Db, orgId: string): Promise<ChainBreak | undefined> {
  let after = 0;
  for (;;) {
    const candidates = rowsOf(
      await db.execute(sql`
        select seq, rn, expected_prev, seq <> rn as missing, prev_hash <> expected_prev as bad_prev from (
          select seq, prev_hash, hash,
            row_number() over w as rn,
            coalesce(lag(hash) over w, ${GENESIS_HASH}) as expected_prev,
            encode(sha256(convert_to(concat_ws('|', organization_id, seq,
              to_char(at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'), actor_type, coalesce(actor_id, ''),
              action, entity_type, entity_id, digest, prev_hash), 'UTF8')), 'hex') as recomputed
          from ledger_entries where organization_id = ${orgId} and seq > 0
          window w as (order by seq)
        ) chain
        where seq > ${after} and (seq <> rn or prev_hash <> expected_prev or recomputed <> hash)
        order by seq limit 100`),
    );
    for (const c of candidates) {
      const found = {
        seq: Number(c.seq),
        rn: Number(c.rn),
        expectedPrev: String(c.expected_prev),
      };
      if (c.missing) return { ...found, kind: 'missing' };
      if (c.bad_prev) return { ...found, kind: 'prev' };
      const [row] = await db
        .select()
        .from(ledgerEntries)
        .where(and(eq(ledgerEntries.organizationId, orgId), eq(ledgerEntries.seq, found.seq)));
      if (row && !entryHashHolds(orgId, row)) return { ...found, kind: 'hash' };
      after = found.seq;
    }
    if (candidates.length < 100) return undefined;
  }
}

/**
 * The first entry up to `upTo` whose data does not match its digest, streamed in keyset batches (never the whole
 * chain in memory). Canonical JSON (sorted keys, JS number forms) is not reproducible in SQL at a useful speed —
 * a PL/pgSQL version cost more than parsing here — so this part stays in JS, reading only what it hashes.
 */
async function firstDigestBreak(
  db: Db,
  orgId: string,
  upTo: number,
): Promise<{ seq: number; prevHash: string } | undefined> {
  const batch = 5000;
  let prevHash = GENESIS_HASH;
  for (let after = 0; after < upTo; ) {
    const rows = rowsOf(
      await db.execute(sql`
        select seq, digest, hash, data::text as data from ledger_entries
        where organization_id = ${orgId} and seq > ${after} and seq <= ${upTo}
        order by seq limit ${batch}`),
    );
    for (const r of rows) {
      const seq = Number(r.seq);
      if (sha256Hex(canonicalJson(JSON.parse(String(r.data)))) !== r.digest) return { seq, prevHash };
      prevHash = String(r.hash);
      after = seq;
    }
    if (rows.length < batch) break;
  }
  return undefined;
}

/**
 * Recomputes every digest and hash of the organization's chain; names the first entry that does not hold. Links
 * and entry hashes are checked in the database; only digests need the data in JS (issue 17).
 */
export async function verifyLedger(db: Db, orgId: string): Promise<LedgerVerifyResult> {
  const chain = await firstChainBreak(db, orgId);
  // Checks run per entry in the order: missing, previous hash, digest, entry hash — so an entry whose digest is
  // wrong is named for its data unless its place in the chain is already wrong.
  const digestUpTo = chain ? (chain.kind === 'hash' ? chain.seq : chain.seq - 1) : Number.MAX_SAFE_INTEGER;
  const digest = await firstDigestBreak(db, orgId, Math.min(digestUpTo, 2 ** 31 - 1));
  if (digest)
    return {
      ok: false,
      count: digest.seq - 1,
      brokenAt: digest.seq,
      reason: 'data does not match its digest',
      head: digest.prevHash,
    };
  if (chain) {
    const base = { ok: false, count: chain.rn - 1, head: chain.expectedPrev };
    if (chain.kind === 'missing')
      return { ...base, brokenAt: chain.rn, reason: `entry ${chain.rn} is missing` };
    if (chain.kind === 'prev')
      return { ...base, brokenAt: chain.seq, reason: 'previous hash does not match the entry before it' };
    return { ...base, brokenAt: chain.seq, reason: 'entry hash does not match its contents' };
  }
  const [last] = await db
    .select({ seq: ledgerEntries.seq, hash: ledgerEntries.hash })
    .from(ledgerEntries)
    .where(and(eq(ledgerEntries.organizationId, orgId), gt(ledgerEntries.seq, 0)))
    .orderBy(desc(ledgerEntries.seq))
    .limit(1);
  const count = last?.seq ?? 0;
  const prevHash = last?.hash ?? GENESIS_HASH;
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
