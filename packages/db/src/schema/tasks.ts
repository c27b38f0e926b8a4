// Tasks (§6.1.3 treatment plans, §8.3, §10.2 corrective actions, §9.2/§9.3 audit and review actions): one table
// for every action with an owner and a due date; `source_type`/`source_id` name the entity a task serves.
import { sql } from 'drizzle-orm';
import { date, index, pgTable, text } from 'drizzle-orm/pg-core';
import { byAtColumns, entityColumns, sortIndexes, titleColumns } from './columns.ts';

/** Actions with an owner and a due date; a treatment task's source is its risk. */
export const tasks = pgTable(
  'tasks',
  {
    ...entityColumns(),
    ...titleColumns(),
    ownerId: text('owner_id'),
    dueDate: date('due_date', { mode: 'string' }),
    // Keyset pagination needs a non-null sort key: tasks without a due date sort last.
    dueSort: date('due_sort', { mode: 'string' })
      .notNull()
      .generatedAlwaysAs(sql`coalesce(due_date, '9999-12-31'::date)`),
    status: text('status').notNull().default('open'),
    kind: text('kind').notNull().default('general'),
    sourceType: text('source_type'),
    sourceId: text('source_id'),
    ...byAtColumns('completed'),
    createdBy: text('created_by'),
  },
  (t) => [
    index('tasks_org_status_due_idx').on(t.organizationId, t.status, t.dueDate),
    index('tasks_org_source_idx').on(t.organizationId, t.sourceType, t.sourceId),
    index('tasks_org_owner_status_idx').on(t.organizationId, t.ownerId, t.status),
    ...sortIndexes('tasks', t, { due_sort: t.dueSort, created: t.createdAt, title: t.title }),
  ],
);
