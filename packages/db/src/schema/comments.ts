// Comments on records (issue 11 item 3): requests for information an auditor raises and a lead answers. A comment
// names its record by type and id and never changes it.
import { index, pgTable, text } from 'drizzle-orm/pg-core';
import { byAtColumns, entityColumns } from './columns.ts';

export const comments = pgTable(
  'comments',
  {
    ...entityColumns(),
    targetType: text('target_type').notNull(),
    targetId: text('target_id').notNull(),
    body: text('body').notNull(),
    status: text('status').notNull(),
    createdBy: text('created_by'),
    answer: text('answer'),
    ...byAtColumns('answered'),
  },
  (t) => [
    index('comments_org_idx').on(t.organizationId, t.id),
    index('comments_target_idx').on(t.organizationId, t.targetType, t.targetId),
  ],
);
