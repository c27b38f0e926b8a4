// The one link table that ties records of any module together in both directions (ADR 0005).
import { sql } from 'drizzle-orm';
import { index, pgTable, text, uniqueIndex } from 'drizzle-orm/pg-core';
import { tenantKeyColumns, tstz } from './columns.ts';

/**
 * A link between two records of any modules (e.g. control A.6.2.4 ↔ risk_…). Stored once; read from either
 * side, so a risk module that writes (risk → control) and the SoA that writes (control → risk) agree.
 * `relation` names the kind of link where two records can be linked in more than one way (a model trained on
 * and tested on the same dataset); plain links are `related`.
 */
export const entityLinks = pgTable(
  'entity_links',
  {
    ...tenantKeyColumns(),
    fromType: text('from_type').notNull(),
    fromId: text('from_id').notNull(),
    toType: text('to_type').notNull(),
    toId: text('to_id').notNull(),
    relation: text('relation').notNull().default('related'),
    createdAt: tstz('created_at').notNull(),
    createdBy: text('created_by'),
  },
  (t) => [
    uniqueIndex('entity_links_uq').on(t.organizationId, t.fromType, t.fromId, t.toType, t.toId, t.relation),
    // The records linked to one target by type, in byte order of their ids: a control's first links for an export
    // are read from this index without sorting the thousands a large organization has (issue 17).
    index('entity_links_to_from_idx').on(
      t.organizationId,
      t.toType,
      t.toId,
      t.fromType,
      sql`${t.fromId} collate "C"`,
    ),
  ],
);
