// The append-only, hash-chained ledger. A trigger (migration 0001) refuses UPDATE and DELETE.
import { index, integer, pgTable, primaryKey, text } from 'drizzle-orm/pg-core';
import { canonicalJsonColumn, sortIndexes, tenantKeyColumns, tstz } from './columns.ts';

export const ledgerEntries = pgTable(
  'ledger_entries',
  {
    organizationId: text('organization_id').notNull(),
    seq: integer('seq').notNull(),
    id: text('id').notNull(),
    at: tstz('at').notNull(),
    actorType: text('actor_type').notNull(),
    actorId: text('actor_id'),
    action: text('action').notNull(),
    entityType: text('entity_type').notNull(),
    entityId: text('entity_id').notNull(),
    data: canonicalJsonColumn('data').notNull(),
    digest: text('digest').notNull(),
    prevHash: text('prev_hash').notNull(),
    hash: text('hash').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.organizationId, t.seq] }),
    index('ledger_entity_idx').on(t.organizationId, t.entityType, t.entityId),
    ...sortIndexes('ledger', t, { at: t.at }),
  ],
);

/**
 * Signed checkpoints of an organization's chain (issue 17): "entries 1…seq were verified and entry seq had this
 * hash", HMAC-signed with a key from configuration, so a routine verify starts from the latest one.
 */
export const ledgerCheckpoints = pgTable(
  'ledger_checkpoints',
  {
    ...tenantKeyColumns(),
    seq: integer('seq').notNull(),
    hash: text('hash').notNull(),
    count: integer('count').notNull(),
    createdAt: tstz('created_at').notNull(),
    keyId: text('key_id').notNull(),
    signature: text('signature').notNull(),
  },
  (t) => [index('ledger_checkpoints_org_seq_idx').on(t.organizationId, t.seq)],
);
