// The token that names a collection's current content for one organization (issue 17), kept by triggers in the
// writing transaction (migration 0032, `collection_revisions`). Equal tokens mean equal content, in every process
// on the same database, so an answer serialized under one token may be served again while the token holds.
import { todayUtc } from '@openaims/core';
import { type Db, tables } from '@openaims/db';
import { eq, sql } from 'drizzle-orm';
import type { OrgContext } from '../context.ts';
import { inOrg } from './in-org.ts';

const { collectionRevisions } = tables;

/**
 * Collections whose content triggers keep a revision of: `risks`, the register (risks, links from or to one, the
 * criteria's appetite); `records`, every tenant table but `UNTRACKED_TABLES` (what the readiness view reads).
 */
export type RevisedCollection = 'risks' | 'records';

/**
 * Tenant tables whose writes leave the `records` revision alone, because no cached answer is built from them:
 * logs and marks written as a side effect of reading (access log, a token's last use), background work (jobs,
 * notifications, reminders, webhook deliveries), the ledger (every change it records also writes the changed
 * record), and derived state. Kept equal to the list in migration 0032 by collection-revision.test.ts.
 */
export const UNTRACKED_TABLES = [
  'access_log',
  'api_tokens',
  'collection_revisions',
  'jobs',
  'ledger_checkpoints',
  'ledger_entries',
  'ledger_heads',
  'notification_preferences',
  'notifications',
  'readiness_snapshots',
  'reminders_sent',
  'soa_draft_state',
  'webhook_deliveries',
] as const;

/**
 * Content written before the triggers existed, never changed since, has no row: one more name for that one
 * content (the first write after it gives the collection a random revision).
 */
export const UNTOUCHED_REVISION = 'untouched';

/**
 * The revision read, built once per database handle and sent as a named prepared statement: every kept answer
 * reads it first, so on PostgreSQL it skips drizzle's query building and the server's parse each time (≈ 110 →
 * 30 µs a read in process; on PGlite ≈ 350 → 250 µs). A transaction is its own handle and prepares its own.
 */
const revisionReads = new WeakMap<Db, ReturnType<typeof prepareRevisionRead>>();

function prepareRevisionRead(db: Db) {
  const t = collectionRevisions;
  return db
    .select({ revision: t.revision })
    .from(t)
    .where(inOrg(t, sql.placeholder('orgId'), eq(t.collection, sql.placeholder('collection'))))
    .prepare('aims_collection_revision');
}

/** The collection's current revision: one primary-key read, outside any transaction the caller holds. */
export async function collectionRevision(
  db: Db,
  orgId: string,
  collection: RevisedCollection,
): Promise<string> {
  let read = revisionReads.get(db);
  if (!read) {
    read = prepareRevisionRead(db);
    revisionReads.set(db, read);
  }
  const [row] = await read.execute({ orgId, collection });
  return row?.revision ?? UNTOUCHED_REVISION;
}

/**
 * The organization's records (every tracked tenant table) and the day date rules judge against: what the views
 * built from many modules (readiness, the SoA) are a function of. Equal revisions, equal answers.
 */
export async function recordsRevision(ctx: OrgContext, today = todayUtc()): Promise<string> {
  return `${await collectionRevision(ctx.db, ctx.orgId, 'records')} ${today}`;
}
