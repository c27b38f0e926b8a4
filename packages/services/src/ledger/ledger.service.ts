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
import { desc, eq, gt, sql } from 'drizzle-orm';
import { sha256Hex } from '../common/hash.ts';
import { inOrg } from '../common/in-org.ts';
import { planPage } from '../common/paginate.ts';
import { sqlRows } from '../common/sql-rows.ts';
import type { Actor, OrgContext } from '../context.ts';
import { emitWebhookEvent, webhookEventOf } from '../webhooks/webhook-events.ts';
import {
  checkpointSignatureHolds,
  latestLedgerCheckpoint,
  ledgerCheckpointKey,
  writeLedgerCheckpoint,
} from './ledger-checkpoint.ts';

const { ledgerEntries, ledgerHeads } = tables;

/** What a change records: action verb (`ai_system.created`), the entity, and the data that changed. */
export interface LedgerAppend {
  action: string;
  entityType: string;
  entityId: string;
  data: unknown;
}

type Row = typeof ledgerEntries.$inferSelect;

/** A stored ledger row as the API and the audit pack show it. */
export function toLedgerEntry(r: Row): LedgerEntry {
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
  const [head] = await tx.select().from(ledgerHeads).where(inOrg(ledgerHeads, orgId)).for('update');
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
  await tx.update(ledgerHeads).set({ seq: base.seq, hash }).where(inOrg(ledgerHeads, orgId));
  // Key changes go out to subscribed webhooks, queued in the same transaction as the change itself.
  const event = webhookEventOf(change.action);
  if (event)
    await emitWebhookEvent(tx, {
      orgId,
      event,
      entity: { type: change.entityType, id: change.entityId },
      data,
    });
  return toLedgerEntry(row as Row);
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
      inOrg(
        ledgerEntries,
        ctx.orgId,
        query.entityType ? eq(ledgerEntries.entityType, query.entityType) : undefined,
        query.entityId ? eq(ledgerEntries.entityId, query.entityId) : undefined,
        plan.where,
      ),
    )
    .orderBy(...plan.orderBy)
    .limit(plan.limit);
  const page = plan.toPage(rows);
  return { items: page.items.map(toLedgerEntry), nextCursor: page.nextCursor };
}

type SqlRow = Record<string, unknown>;

/** Where a verification starts: after entry `seq`, whose hash is `hash` (seq 0 and the genesis hash for all). */
interface ChainStart {
  seq: number;
  hash: string;
}
const GENESIS: ChainStart = { seq: 0, hash: GENESIS_HASH };

/** The first entry whose place in the chain does not hold: a missing sequence number or a broken link. */
interface LinkBreak {
  seq: number;
  rn: number;
  expectedPrev: string;
  kind: 'missing' | 'prev';
}

/** The first entry whose own content does not hold: data against its digest, or the entry against its hash. */
interface ContentBreak {
  seq: number;
  prevHash: string;
  kind: 'digest' | 'hash';
}

/**
 * The first break of sequence or link after `from`, in one pass in the database (issue 17): the row number against
 * `seq` and `lag(hash)` against `prev_hash`. Only the columns the window needs travel through it.
 */
async function firstLinkBreak(db: Db, orgId: string, from: ChainStart): Promise<LinkBreak | undefined> {
  const [c] = sqlRows<SqlRow>(
    await db.execute(sql`
      select seq, rn, expected_prev, seq <> rn as missing from (
        select seq, prev_hash,
          row_number() over w + ${from.seq}::int as rn,
          coalesce(lag(hash) over w, ${from.hash}) as expected_prev
        from ledger_entries where organization_id = ${orgId} and seq > ${from.seq}
        window w as (order by seq)
      ) chain
      where seq <> rn or prev_hash <> expected_prev
      order by seq limit 1`),
  );
  if (!c) return undefined;
  return {
    seq: Number(c.seq),
    rn: Number(c.rn),
    expectedPrev: String(c.expected_prev),
    kind: c.missing ? 'missing' : 'prev',
  };
}

/** Recomputes an entry's hash in JS exactly as `appendLedger` wrote it (the database's result is re-checked here). */
function entryHashHolds(orgId: string, r: Row): boolean {
  const recomputed = sha256Hex(ledgerHashInput({ ...toLedgerEntry(r), organizationId: orgId }));
  return recomputed === r.hash;
}

/** Entries re-checked in JS per round trip when the database disputes them. */
const DISPUTED_BATCH = 1000;

/**
 * The first entry in `(after, upTo]` whose data does not match its digest or whose hash does not match its
 * contents. The database recomputes both — the digest over the stored canonical JSON text (migration 0033), the
 * hash over `ledgerHashInput` with `at` rendered as JS `toISOString` does — and names the entries it disputes; each
 * disputed entry is recomputed in JS exactly as `appendLedger` wrote it before it counts. So a rendering difference
 * (an entry written before 0033, whose data jsonb re-rendered; a timestamp with microseconds) costs time, never
 * changes the verdict.
 */
async function firstContentBreak(
  db: Db,
  orgId: string,
  after: number,
  upTo: number,
): Promise<ContentBreak | undefined> {
  for (;;) {
    // The disputed entries come back whole, with `at` as epoch milliseconds (exact in `numeric`), so the re-check
    // needs no second round trip and no driver's timestamp parsing.
    const disputed = sqlRows<SqlRow>(
      await db.execute(sql`
        select seq, data::text as data, digest, hash, prev_hash, actor_type, actor_id, action, entity_type,
          entity_id, extract(epoch from at) * 1000 as at_ms
        from ledger_entries
        where organization_id = ${orgId} and seq > ${after} and seq <= ${upTo}
          and (encode(sha256(convert_to(data::text, 'UTF8')), 'hex') <> digest
            or encode(sha256(convert_to(concat_ws('|', organization_id, seq,
              to_char(at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'), actor_type, coalesce(actor_id, ''),
              action, entity_type, entity_id, digest, prev_hash), 'UTF8')), 'hex') <> hash)
        order by seq limit ${DISPUTED_BATCH}`),
    );
    for (const r of disputed) {
      const entry = {
        organizationId: orgId,
        seq: Number(r.seq),
        at: new Date(Number(r.at_ms)).toISOString(),
        actorType: String(r.actor_type) as LedgerEntry['actorType'],
        actorId: r.actor_id === null ? null : String(r.actor_id),
        action: String(r.action),
        entityType: String(r.entity_type),
        entityId: String(r.entity_id),
        digest: String(r.digest),
        prevHash: String(r.prev_hash),
      };
      // Per entry the digest is checked before the hash, so an altered entry is named for its data.
      if (sha256Hex(canonicalJson(JSON.parse(String(r.data)))) !== entry.digest)
        return { seq: entry.seq, prevHash: entry.prevHash, kind: 'digest' };
      if (sha256Hex(ledgerHashInput(entry)) !== r.hash)
        return { seq: entry.seq, prevHash: entry.prevHash, kind: 'hash' };
    }
    const last = disputed.at(-1);
    if (!last || disputed.length < DISPUTED_BATCH) return undefined;
    after = Number(last.seq);
  }
}

/**
 * Splits `(from, upTo]` into `parts` ranges of sequence numbers checked at once: on PostgreSQL each on its own
 * connection, so the hashing in the database uses every core; on PGlite they run in turn. The first break of
 * the earliest range that has one is the first break of all.
 */
async function firstContentBreakIn(
  db: Db,
  orgId: string,
  from: number,
  upTo: number,
  parts: number,
): Promise<ContentBreak | undefined> {
  const size = Math.max(1, Math.ceil((upTo - from) / parts));
  const ranges: [number, number][] = [];
  for (let lo = from; lo < upTo; lo += size) ranges.push([lo, Math.min(lo + size, upTo)]);
  const found = await Promise.all(ranges.map(([lo, hi]) => firstContentBreak(db, orgId, lo, hi)));
  return found.find((b) => b !== undefined);
}

/** How to verify: from the latest signed checkpoint (default) or the whole chain, and with which key. */
export interface LedgerVerifyOptions {
  /** Verify every entry from the first, ignoring checkpoints (`aims ledger verify --full`). */
  full?: boolean;
  /** The checkpoint signing key; without one, checkpoints are neither read nor written (every run is full). */
  checkpointKey?: string;
  /** Write a checkpoint at the head after a passing run (default true when a key is given). */
  writeCheckpoint?: boolean;
}

/** The verdict, with the checkpoint the run started from (entries up to its `seq` were verified by an earlier run). */
export type LedgerVerifyOutcome = LedgerVerifyResult;

/** Ranges the content check is split into; more than the cores so that the ranges finish together. */
const CONTENT_PARTS = 4;

/** The chain from `from` on: links in one pass, digests and entry hashes in ranges, all at once. */
async function verifyFrom(db: Db, orgId: string, from: ChainStart): Promise<LedgerVerifyResult> {
  // The chain's last entry, read once: the content ranges end there and the head is compared with it.
  const [last] = await db
    .select({ seq: ledgerEntries.seq, hash: ledgerEntries.hash })
    .from(ledgerEntries)
    .where(inOrg(ledgerEntries, orgId, gt(ledgerEntries.seq, 0)))
    .orderBy(desc(ledgerEntries.seq))
    .limit(1);
  const [link, content] = await Promise.all([
    firstLinkBreak(db, orgId, from),
    last && last.seq > from.seq
      ? firstContentBreakIn(db, orgId, from.seq, last.seq, CONTENT_PARTS)
      : undefined,
  ]);
  // Checks run per entry in the order: missing, previous hash, digest, entry hash — so an entry is named for its
  // data or hash only where its place in the chain still holds, and up to it the previous hash is its prev_hash.
  if (content && (!link || content.seq < link.seq)) {
    const base = { ok: false, count: content.seq - 1, brokenAt: content.seq, head: content.prevHash };
    return content.kind === 'digest'
      ? { ...base, reason: 'data does not match its digest' }
      : { ...base, reason: 'entry hash does not match its contents' };
  }
  if (link) {
    const base = { ok: false, count: link.rn - 1, head: link.expectedPrev };
    if (link.kind === 'missing') return { ...base, brokenAt: link.rn, reason: `entry ${link.rn} is missing` };
    return { ...base, brokenAt: link.seq, reason: 'previous hash does not match the entry before it' };
  }
  const count = last?.seq ?? 0;
  const prevHash = last?.hash ?? GENESIS_HASH;
  const [head] = await db.select().from(ledgerHeads).where(inOrg(ledgerHeads, orgId));
  if ((head && (head.seq !== count || head.hash !== prevHash)) || count < from.seq) {
    return {
      ok: false,
      count: Math.min(count, from.seq),
      brokenAt: Math.min(count, from.seq) + 1,
      reason: 'entries after this point were removed (head does not match)',
      head: prevHash,
    };
  }
  return { ok: true, count, head: count ? prevHash : null };
}

/**
 * Where a default run starts: the latest checkpoint under `key`, once its signature holds and the entry at its
 * position still has the recorded hash, a hash that recomputes and data that matches its digest. A bad signature
 * is refused (a forged checkpoint); an entry that no longer matches sends the run over the whole chain, which
 * names the first broken entry — or, when every entry recomputes, reports the chain as rewritten.
 */
async function checkpointStart(
  db: Db,
  orgId: string,
  key: string,
): Promise<
  | { from: ChainStart; checkpoint: { seq: number; createdAt: string } }
  | { refused: LedgerVerifyResult }
  | undefined
> {
  const cp = await latestLedgerCheckpoint(db, orgId, key);
  if (!cp) return undefined;
  if (!checkpointSignatureHolds(key, cp))
    return {
      refused: {
        ok: false,
        count: 0,
        brokenAt: cp.seq,
        reason: `the checkpoint at entry ${cp.seq} has an invalid signature (forged or altered); verify with --full`,
        head: null,
      },
    };
  const [row] = await db
    .select()
    .from(ledgerEntries)
    .where(inOrg(ledgerEntries, orgId, eq(ledgerEntries.seq, cp.seq)));
  const holds =
    row !== undefined &&
    row.hash === cp.hash &&
    entryHashHolds(orgId, row) &&
    sha256Hex(canonicalJson(row.data)) === row.digest;
  if (!holds) {
    const full = await verifyFrom(db, orgId, GENESIS);
    return {
      refused: full.ok
        ? {
            ok: false,
            count: cp.seq - 1,
            brokenAt: cp.seq,
            reason: `entry ${cp.seq} differs from the signed checkpoint: the chain was rewritten`,
            head: null,
          }
        : full,
    };
  }
  return {
    from: { seq: cp.seq, hash: cp.hash },
    checkpoint: { seq: cp.seq, createdAt: cp.createdAt.toISOString() },
  };
}

/**
 * Recomputes the organization's chain and names the first entry that does not hold (§7.5.3). By default it starts
 * at the latest checkpoint signed with `checkpointKey` — after checking the signature and that the entry at the
 * checkpoint still has the recorded hash and contents — so a routine run costs the entries added since (issue 17);
 * `full` verifies every entry. A passing run leaves a new checkpoint at the head.
 */
export async function verifyLedger(
  db: Db,
  orgId: string,
  opts: LedgerVerifyOptions = {},
): Promise<LedgerVerifyOutcome> {
  const key = opts.checkpointKey;
  let from = GENESIS;
  let checkpoint: LedgerVerifyOutcome['checkpoint'];
  if (key && !opts.full) {
    const start = await checkpointStart(db, orgId, key);
    if (start && 'refused' in start) return start.refused;
    if (start) {
      from = start.from;
      checkpoint = start.checkpoint;
    }
  }
  const result = await verifyFrom(db, orgId, from);
  if (result.ok && key && opts.writeCheckpoint !== false && result.count > from.seq && result.head)
    await writeLedgerCheckpoint(db, orgId, key, { seq: result.count, hash: result.head });
  return checkpoint ? { ...result, checkpoint } : result;
}

/** Permission-checked verification for a tenant context (from the latest checkpoint when a key is configured). */
export function verifyOrgLedger(
  ctx: OrgContext,
  opts: LedgerVerifyOptions = { checkpointKey: ledgerCheckpointKey() },
): Promise<LedgerVerifyOutcome> {
  assertCan(ctx.role, 'ledger:read');
  return verifyLedger(ctx.db, ctx.orgId, opts);
}

/** Every organization id that has a ledger (for `aims ledger verify` without --org). */
export async function ledgerOrganizations(db: Db): Promise<string[]> {
  const rows = await db.select({ id: ledgerHeads.organizationId }).from(ledgerHeads).orderBy(sql`1`);
  return rows.map((r) => r.id);
}
