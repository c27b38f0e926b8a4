// AI objectives (§6.2) with their KPIs, and KPI measurements (§9.1), which are only ever appended.
import { date, doublePrecision, index, jsonb, pgTable, text } from 'drizzle-orm/pg-core';
import { entityColumns, tstz } from './columns.ts';

export const objectives = pgTable(
  'objectives',
  {
    ...entityColumns(),
    title: text('title').notNull(),
    description: text('description').notNull().default(''),
    policyLink: text('policy_link').notNull().default(''),
    ownerId: text('owner_id'),
    targetDate: date('target_date', { mode: 'string' }),
    status: text('status').notNull().default('draft'),
    kpis: jsonb('kpis')
      .$type<
        {
          id: string;
          name: string;
          unit: string;
          direction: 'increase' | 'decrease' | 'maintain';
          target: number;
          tolerance: number;
        }[]
      >()
      .notNull()
      .default([]),
    archivedAt: tstz('archived_at'),
  },
  (t) => [
    index('objectives_org_title_idx').on(t.organizationId, t.title, t.id),
    index('objectives_org_created_idx').on(t.organizationId, t.createdAt, t.id),
    index('objectives_org_updated_idx').on(t.organizationId, t.updatedAt, t.id),
    index('objectives_org_status_idx').on(t.organizationId, t.status, t.id),
  ],
);

export const objectiveMeasurements = pgTable(
  'objective_measurements',
  {
    id: text('id').primaryKey(),
    organizationId: text('organization_id').notNull(),
    objectiveId: text('objective_id').notNull(),
    kpiId: text('kpi_id').notNull(),
    value: doublePrecision('value').notNull(),
    measuredAt: date('measured_at', { mode: 'string' }).notNull(),
    note: text('note').notNull().default(''),
    recordedBy: text('recorded_by'),
    createdAt: tstz('created_at').notNull(),
  },
  (t) => [
    index('objective_measurements_org_kpi_idx').on(t.organizationId, t.objectiveId, t.kpiId, t.measuredAt),
  ],
);
