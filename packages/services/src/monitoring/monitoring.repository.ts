// Data access for metrics, their measurements and alerts. Every query takes the organization id.
import {
  type Alert,
  AlertSchema,
  type ListQuery,
  METRIC_SORTS,
  type MeasurementListQuery,
  type MetricDefinition,
  MetricDefinitionSchema,
  type MetricMeasurement,
  type Page,
  type SeriesPoint,
} from '@openaims/core';
import { type Db, tables } from '@openaims/db';
import { and, asc, desc, eq, gte, isNull, lt, lte, ne, sql } from 'drizzle-orm';
import { anyOf } from '../common/any-of.ts';
import { cursorJson, invalidCursor } from '../common/cursor-json.ts';
import { inOrg } from '../common/in-org.ts';
import { archivedFilter, eqIf, openFilter, tenantPage } from '../common/list-page.ts';
import { projection } from '../common/projection.ts';
import { sortColumns } from '../common/sort-columns.ts';
import { tenantTable } from '../common/tenant-table.ts';

const { metrics, metricMeasurements, alerts, objectives } = tables;
export type MetricRow = typeof metrics.$inferSelect;
export type AlertRow = typeof alerts.$inferSelect;
export type MeasurementRow = typeof metricMeasurements.$inferSelect;

/** Row → API shape. */
export const toMetric: (r: MetricRow) => MetricDefinition = projection(MetricDefinitionSchema, metrics);

/** Row → API shape. */
export const toAlert: (r: AlertRow) => Alert = projection(AlertSchema, alerts);

/** Row → API shape: the client's id is the measurement's id. */
export const toMeasurement = (r: MeasurementRow): MetricMeasurement => ({
  id: r.clientId,
  metricId: r.metricId,
  at: r.at.toISOString(),
  value: r.value,
  source: r.source,
  createdAt: r.createdAt.toISOString(),
});

const toPoint = (r: { clientId: string; at: Date; value: number }): SeriesPoint => ({
  id: r.clientId,
  at: r.at.getTime(),
  value: r.value,
});

/** Most rows the evaluation of one batch reads, so a backfill into a dense series stays bounded. */
const SERIES_CAP = 20_000;

function decodeSeriesCursor(cursor: string): { at: string; id: string } {
  const c = cursorJson(cursor) as { at?: unknown; id?: unknown } | null;
  if (typeof c?.at === 'string' && typeof c?.id === 'string' && !Number.isNaN(Date.parse(c.at)))
    return { at: c.at, id: c.id };
  throw invalidCursor();
}

/** Queries on the monitoring tables, scoped to one organization. */
export function monitoringRepository(db: Db) {
  return {
    metrics: tenantTable(db, metrics),
    alerts: tenantTable(db, alerts),

    /** An objective's KPIs, to check a metric's KPI link. */
    async objective(orgId: string, id: string): Promise<{ kpis: { id: string }[] } | undefined> {
      const [row] = await db
        .select({ kpis: objectives.kpis })
        .from(objectives)
        .where(inOrg(objectives, orgId, eq(objectives.id, id)));
      return row;
    },

    listMetrics(
      orgId: string,
      query: ListQuery & { aiSystemId?: string; level?: string; archived?: 'true' | 'false' | 'all' },
    ): Promise<Page<MetricRow>> {
      return tenantPage(db, metrics, orgId, query, {
        sortable: sortColumns(metrics, METRIC_SORTS),
        defaultSort: { field: 'name', desc: false },
        searchColumns: [metrics.name, metrics.description, metrics.otelName],
        filters: [
          eqIf(metrics.aiSystemId, query.aiSystemId),
          eqIf(metrics.level, query.level),
          archivedFilter(metrics.archivedAt, query.archived),
        ],
      });
    },

    /** Live metrics that take OTel data points of these instrument names. */
    metricsForOtel(orgId: string, names: string[]): Promise<MetricRow[]> {
      if (names.length === 0) return Promise.resolve([]);
      return db
        .select()
        .from(metrics)
        .where(inOrg(metrics, orgId, anyOf(metrics.otelName, names), isNull(metrics.archivedAt)))
        .orderBy(asc(metrics.id));
    },

    /** Stores points; those whose id is already stored are skipped. Returns the ids actually stored. */
    async insertPoints(
      orgId: string,
      metricId: string,
      points: { id: string; at: Date; value: number }[],
      source: string,
    ): Promise<string[]> {
      if (points.length === 0) return [];
      const createdAt = new Date();
      const out: string[] = [];
      // Chunked to stay under the bind-parameter limit of one statement.
      for (let i = 0; i < points.length; i += 1000) {
        const rows = await db
          .insert(metricMeasurements)
          .values(
            points.slice(i, i + 1000).map((p) => ({
              organizationId: orgId,
              metricId,
              clientId: p.id,
              at: p.at,
              value: p.value,
              source,
              createdAt,
            })),
          )
          .onConflictDoNothing()
          .returning({ clientId: metricMeasurements.clientId });
        out.push(...rows.map((r) => r.clientId));
      }
      return out;
    },

    /**
     * The points the windows of a batch spanning [from, to] can reach: up to `before` points preceding it,
     * those inside it, and the newest `before` points of the series (for the current level).
     */
    async seriesAround(
      orgId: string,
      metricId: string,
      from: Date,
      to: Date,
      before: number,
    ): Promise<SeriesPoint[]> {
      const cols = {
        clientId: metricMeasurements.clientId,
        at: metricMeasurements.at,
        value: metricMeasurements.value,
      };
      const own = inOrg(metricMeasurements, orgId, eq(metricMeasurements.metricId, metricId));
      // One after another: a transaction's connection runs one statement at a time anyway.
      const preceding = await db
        .select(cols)
        .from(metricMeasurements)
        .where(and(own, lt(metricMeasurements.at, from)))
        .orderBy(desc(metricMeasurements.at), desc(metricMeasurements.clientId))
        .limit(before);
      const inside = await db
        .select(cols)
        .from(metricMeasurements)
        .where(and(own, gte(metricMeasurements.at, from), lte(metricMeasurements.at, to)))
        .orderBy(asc(metricMeasurements.at), asc(metricMeasurements.clientId))
        .limit(SERIES_CAP);
      const newest = await db
        .select(cols)
        .from(metricMeasurements)
        .where(own)
        .orderBy(desc(metricMeasurements.at), desc(metricMeasurements.clientId))
        .limit(before);
      const byId = new Map<string, SeriesPoint>();
      for (const r of [...preceding, ...inside, ...newest]) byId.set(r.clientId, toPoint(r));
      return [...byId.values()];
    },

    /** The newest `n` points of a series. */
    async latestPoints(orgId: string, metricId: string, n: number): Promise<SeriesPoint[]> {
      const rows = await db
        .select({
          clientId: metricMeasurements.clientId,
          at: metricMeasurements.at,
          value: metricMeasurements.value,
        })
        .from(metricMeasurements)
        .where(inOrg(metricMeasurements, orgId, eq(metricMeasurements.metricId, metricId)))
        .orderBy(desc(metricMeasurements.at), desc(metricMeasurements.clientId))
        .limit(n);
      return rows.map(toPoint);
    },

    /** A page of a series, oldest first, bounded by time; keyset on (at, id). */
    async listPoints(
      orgId: string,
      metricId: string,
      q: MeasurementListQuery,
    ): Promise<Page<MeasurementRow>> {
      const c = q.cursor ? decodeSeriesCursor(q.cursor) : undefined;
      const rows = await db
        .select()
        .from(metricMeasurements)
        .where(
          inOrg(
            metricMeasurements,
            orgId,
            eq(metricMeasurements.metricId, metricId),
            q.from ? gte(metricMeasurements.at, new Date(q.from)) : undefined,
            q.to ? lte(metricMeasurements.at, new Date(q.to)) : undefined,
            c
              ? sql`(${metricMeasurements.at}, ${metricMeasurements.clientId}) > (${new Date(c.at)}, ${c.id})`
              : undefined,
          ),
        )
        .orderBy(asc(metricMeasurements.at), asc(metricMeasurements.clientId))
        .limit(q.limit + 1);
      const items = rows.slice(0, q.limit);
      const last = items[items.length - 1];
      const nextCursor =
        rows.length > q.limit && last
          ? Buffer.from(JSON.stringify({ at: last.at.toISOString(), id: last.clientId })).toString(
              'base64url',
            )
          : null;
      return { items, nextCursor };
    },

    /** Alerts not yet resolved for a metric. */
    unresolvedAlerts(orgId: string, metricId: string): Promise<AlertRow[]> {
      return db
        .select()
        .from(alerts)
        .where(inOrg(alerts, orgId, eq(alerts.metricId, metricId), ne(alerts.status, 'resolved')));
    },

    listAlerts(
      orgId: string,
      query: ListQuery & { metricId?: string; status?: string; level?: string; open?: 'true' | 'false' },
    ): Promise<Page<AlertRow>> {
      return tenantPage(db, alerts, orgId, query, {
        sortable: { createdAt: alerts.createdAt },
        defaultSort: { field: 'createdAt', desc: true },
        filters: [
          eqIf(alerts.metricId, query.metricId),
          eqIf(alerts.status, query.status),
          eqIf(alerts.level, query.level),
          openFilter(alerts.status, 'resolved', query.open),
        ],
      });
    },
  };
}
