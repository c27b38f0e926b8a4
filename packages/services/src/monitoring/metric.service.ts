// MetricDefinition definitions (§9.1 a–d: what is monitored, how, and against which thresholds; A.6.2.6). Each change is one
// transaction with its ledger entry; a change of thresholds or window re-evaluates the current level.
import {
  CreateMetricSchema,
  evaluateWindow,
  type MetricDefinition,
  metricDefinitionProblems,
  sortSeries,
  UpdateMetricSchema,
} from '@openaims/core';
import { type Db, tables } from '@openaims/db';
import { archiveService, assertNotArchived } from '../common/archive.ts';
import { createService } from '../common/create-service.ts';
import { readOne, readPage } from '../common/records.ts';
import { assertNoProblems } from '../common/rule-violation.ts';
import { updateService } from '../common/update-service.ts';
import { assertRecordsExist } from '../inventory/record-refs.ts';
import { type MetricRow, monitoringRepository, toMetric } from './monitoring.repository.ts';

/** Refuses changes to an archived metric: it is kept as it was. */
export function assertLive(m: MetricRow): void {
  assertNotArchived(m, 'metric');
}

/** The AI system, objective and KPI a definition names belong to this organization. */
async function assertLinks(
  db: Db,
  orgId: string,
  v: { aiSystemId?: string | null; objectiveId?: string | null; kpiId?: string | null },
): Promise<void> {
  if (v.aiSystemId) await assertRecordsExist(db, orgId, tables.aiSystems, [v.aiSystemId], 'aiSystemId');
  if (v.objectiveId) {
    await assertRecordsExist(db, orgId, tables.objectives, [v.objectiveId], 'objectiveId');
    if (v.kpiId) {
      const obj = await monitoringRepository(db).objective(orgId, v.objectiveId);
      if (!obj?.kpis.some((k) => k.id === v.kpiId))
        assertNoProblems([
          { path: 'kpiId', message: `${v.kpiId} is not a KPI of objective ${v.objectiveId}` },
        ]);
    }
  }
}

/** The evaluation rule of a stored metric, as the core window evaluators take it (one reading for batch and current level). */
export const metricRule = (m: MetricRow) => ({
  direction: m.direction as MetricDefinition['direction'],
  warningThreshold: m.warningThreshold,
  breachThreshold: m.breachThreshold,
  aggregate: m.aggregate as MetricDefinition['aggregate'],
  windowPoints: m.windowPoints,
  windowMinutes: m.windowMinutes,
});

/** Re-evaluates the window at the newest point, e.g. after thresholds changed. */
export async function currentLevel(
  db: Db,
  m: MetricRow,
): Promise<Pick<MetricRow, 'level' | 'lastValue' | 'lastAt'>> {
  const points = sortSeries(
    await monitoringRepository(db).latestPoints(m.organizationId, m.id, m.windowPoints),
  );
  const e = evaluateWindow(
    metricRule(m),
    // The window ending at the newest point: latestPoints already holds at most windowPoints of them.
    points.filter((p) =>
      m.windowMinutes === null ? true : p.at >= points[points.length - 1]!.at - m.windowMinutes * 60_000,
    ),
  );
  return {
    level: e.level,
    lastValue: points[points.length - 1]?.value ?? null,
    lastAt: points.length ? new Date(points[points.length - 1]!.at) : null,
  };
}

/** MetricDefinition definitions, by name; archived ones only when asked. */
export const listMetrics = readPage('metric:read', (db) => monitoringRepository(db).listMetrics, toMetric);

/** One metric definition with its current level. */
export const getMetric = readOne('metric:read', 'Metric', (db) => monitoringRepository(db).metrics, toMetric);

/** Defines a metric (§9.1): what is measured, which way is better, its thresholds and window. */
export const createMetric = createService({
  permission: 'metric:create',
  schema: CreateMetricSchema,
  problems: metricDefinitionProblems,
  check: (data, ctx) => assertLinks(ctx.db, ctx.orgId, data),
  into: (tx) => monitoringRepository(tx).metrics,
  kind: 'metric',
  entityType: 'metric',
  values: (data) => ({
    ...data,
    level: 'no_data',
    lastValue: null,
    lastAt: null,
    archivedAt: null,
  }),
  toEntity: toMetric,
});

/** Changes a definition (send If-Match); new thresholds or window re-evaluate the current level. */
export const updateMetric = updateService({
  permission: 'metric:update',
  schema: UpdateMetricSchema,
  table: tables.metrics,
  label: 'Metric',
  entityType: 'metric',
  check: async (cur, data, ctx) => {
    assertLive(cur);
    const merged = {
      ...cur,
      ...Object.fromEntries(Object.entries(data).filter(([, v]) => v !== undefined)),
    };
    assertNoProblems(metricDefinitionProblems(merged as unknown as MetricDefinition));
    await assertLinks(ctx.db, ctx.orgId, merged);
  },
  toEntity: async (updated, ctx) => {
    const level = await currentLevel(ctx.db, updated);
    if (level.level === updated.level) return toMetric(updated);
    return toMetric(await monitoringRepository(ctx.db).metrics.update(ctx.orgId, updated.id, level));
  },
});

/** Archives a metric (kept on record with its measurements and alerts; no longer takes data). */
export const archiveMetric = archiveService({
  permission: 'metric:archive',
  label: 'Metric',
  entityType: 'metric',
  repo: (tx) => monitoringRepository(tx).metrics,
});
