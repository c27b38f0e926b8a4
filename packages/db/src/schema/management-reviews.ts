// Management reviews (§9.3). The frozen inputs are kept as the exact canonical JSON text that was hashed (not
// jsonb, which would reorder keys), so they stay byte-identical to what the meeting saw.
import { date, index, jsonb, pgTable, text } from 'drizzle-orm/pg-core';
import { byAtColumns, entityColumns, sortIndexes } from './columns.ts';

/** One management review: planned, then frozen at the meeting, then approved by a lead. */
export const managementReviews = pgTable(
  'management_reviews',
  {
    ...entityColumns(),
    title: text('title').notNull(),
    plannedDate: date('planned_date', { mode: 'string' }).notNull(),
    chairId: text('chair_id'),
    attendeeIds: jsonb('attendee_ids').$type<string[]>().notNull().default([]),
    notes: text('notes').notNull().default(''),
    status: text('status').notNull().default('planned'),
    decisions: jsonb('decisions')
      .$type<
        {
          id: string;
          text: string;
          taskId: string | null;
          ownerId: string | null;
          dueDate: string | null;
          decidedAt: string;
        }[]
      >()
      .notNull()
      .default([]),
    previousReviewId: text('previous_review_id'),
    frozenInputs: text('frozen_inputs'),
    inputsSha256: text('inputs_sha256'),
    ...byAtColumns('frozen'),
    ...byAtColumns('approved'),
  },
  (t) => [
    ...sortIndexes('management_reviews', t, { planned: t.plannedDate, created: t.createdAt, title: t.title }),
    index('management_reviews_org_frozen_idx').on(t.organizationId, t.frozenAt),
  ],
);
