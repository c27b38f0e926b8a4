// Monitoring (§9.1, A.6.2.6): metric definitions, their measurements (append-only, idempotent by the client's id)
// and the alerts a warning or breach raises. Links use composite (organization_id, id) keys so a row can never
// point into another organization.
import { sql } from 'drizzle-orm';
import {
  doublePrecision,
  foreignKey,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  unique,
  uniqueIndex,
} from 'drizzle-orm/pg-core';
import { byAtColumns, entityColumns, sortIndexes, tstz } from './columns.ts';

export const metrics = pgTable(
  'metrics',
  {
    ...entityColumns(),
    name: text('name').notNull(),
    description: text('description').notNull().default(''),
    aiSystemId: text('ai_system_id'),
    objectiveId: text('objective_id'),
    kpiId: text('kpi_id'),
    unit: text('unit').notNull().default(''),
    direction: text('direction').notNull(),
    warningThreshold: doublePrecision('warning_threshold'),
    breachThreshold: doublePrecision('breach_threshold'),
    aggregate: text('aggregate').notNull().default('last'),
    windowPoints: integer('window_points').notNull().default(1),
    windowMinutes: integer('window_minutes'),
    onBreach: text('on_breach').notNull().default('none'),
    otelName: text('otel_name'),
    otelAttributes: jsonb('otel_attributes').$type<Record<string, string>>().notNull().default({}),
    // The window at the newest measurement; server-computed state, not part of the edited definition.
    level: text('level').notNull().default('no_data'),
    lastValue: doublePrecision('last_value'),
    lastAt: tstz('last_at'),
    archivedAt: tstz('archived_at'),
  },
  (t) => [
    unique('metrics_org_id_uq').on(t.organizationId, t.id),
    ...sortIndexes('metrics', t, { name: t.name, created: t.createdAt, updated: t.updatedAt }),
    index('metrics_org_otel_idx').on(t.organizationId, t.otelName),
  ],
);

export const metricMeasurements = pgTable(
  'metric_measurements',
  {
    organizationId: text('organization_id').notNull(),
    metricId: text('metric_id').notNull(),
    /** The client's idempotency id (for OTLP: a hash of name, series attributes and time). */
    clientId: text('client_id').notNull(),
    at: tstz('at').notNull(),
    value: doublePrecision('value').notNull(),
    source: text('source').notNull(),
    createdAt: tstz('created_at').notNull(),
  },
  (t) => [
    primaryKey({ name: 'metric_measurements_pk', columns: [t.organizationId, t.metricId, t.clientId] }),
    index('metric_measurements_org_metric_at_idx').on(t.organizationId, t.metricId, t.at, t.clientId),
    foreignKey({
      name: 'metric_measurements_metric_fk',
      columns: [t.organizationId, t.metricId],
      foreignColumns: [metrics.organizationId, metrics.id],
    }),
  ],
);

export const alerts = pgTable(
  'alerts',
  {
    ...entityColumns(),
    metricId: text('metric_id').notNull(),
    level: text('level').notNull(),
    value: doublePrecision('value').notNull(),
    threshold: doublePrecision('threshold').notNull(),
    windowFrom: tstz('window_from').notNull(),
    windowTo: tstz('window_to').notNull(),
    windowPoints: integer('window_points').notNull(),
    status: text('status').notNull().default('open'),
    nonconformityId: text('nonconformity_id'),
    incidentId: text('incident_id'),
    ...byAtColumns('acknowledged'),
    ...byAtColumns('resolved'),
    note: text('note').notNull().default(''),
  },
  (t) => [
    ...sortIndexes('alerts', t, { created: t.createdAt }),
    index('alerts_org_metric_idx').on(t.organizationId, t.metricId, t.status),
    // One unresolved alert per metric and level: concurrent batches cannot raise the same alert twice.
    uniqueIndex('alerts_one_unresolved_uq')
      .on(t.organizationId, t.metricId, t.level)
      .where(sql`status <> 'resolved'`),
    foreignKey({
      name: 'alerts_metric_fk',
      columns: [t.organizationId, t.metricId],
      foreignColumns: [metrics.organizationId, metrics.id],
    }),
  ],
);
