// AI objectives (§6.2) with their KPIs, and KPI measurements (§9.1), which are only ever appended.
import { date, doublePrecision, index, jsonb, pgTable, text } from 'drizzle-orm/pg-core';
import { entityColumns, sortIndexes, tenantKeyColumns, titleColumns, tstz } from './columns.ts';

export const objectives = pgTable(
  'objectives',
  {
    ...entityColumns(),
    ...titleColumns(),
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
    ...sortIndexes('objectives', t, {
      title: t.title,
      created: t.createdAt,
      updated: t.updatedAt,
      status: t.status,
    }),
  ],
);

export const objectiveMeasurements = pgTable(
  'objective_measurements',
  {
    ...tenantKeyColumns(),
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
