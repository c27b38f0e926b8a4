// The append-only, hash-chained ledger. A trigger (migration 0001) refuses UPDATE and DELETE.
import { index, integer, jsonb, pgTable, primaryKey, text } from 'drizzle-orm/pg-core';
import { tstz } from './columns.ts';

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
    data: jsonb('data').notNull(),
    digest: text('digest').notNull(),
    prevHash: text('prev_hash').notNull(),
    hash: text('hash').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.organizationId, t.seq] }),
    index('ledger_entity_idx').on(t.organizationId, t.entityType, t.entityId),
    index('ledger_org_at_idx').on(t.organizationId, t.at, t.id),
  ],
);
