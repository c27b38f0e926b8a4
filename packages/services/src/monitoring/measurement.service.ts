// Measurements (§9.1) arrive in batches — from the API, the CLI or OpenTelemetry — each point idempotent by its
// client id. A batch is judged once: a warning or breach raises one alert (one unresolved alert per metric and
// level), and a breach opens the nonconformity (§10.2) or incident (A.8.4) the definition asks for, all in the
// batch's transaction with one ledger entry for the measurements.
import { createHash } from 'node:crypto';
import {
  type Alert,
  type AlertLevel,
  AppError,
  alertsToRaise,
  assertCan,
  evaluateBatch,
  type MeasurementBatchInput,
  type MeasurementBatchResult,
  MeasurementBatchSchema,
  type MeasurementListQuery,
  MeasurementListQuerySchema,
  type MetricDefinition,
  type MetricMeasurement,
  matchesAttributes,
  newId,
  type OtlpIngestResult,
  otlpPointKey,
  otlpPoints,
  otlpTimeIso,
  type Page,
  todayUtc,
  type WindowEvaluation,
} from '@openaims/core';
import type { Db } from '@openaims/db';
import { notFound } from '../common/versioning.ts';
import type { OrgContext } from '../context.ts';
import { createIncident } from '../improvement/incident.service.ts';
import { createNonconformity } from '../improvement/nonconformity.service.ts';
import { record } from '../ledger/ledger.service.ts';
import { assertLive, metricRule } from './metric.service.ts';
import { type MetricRow, monitoringRepository, toAlert, toMeasurement } from './monitoring.repository.ts';

/** Where a batch came from, recorded on each point. */
export type MeasurementSource = 'api' | 'cli' | 'otlp';

interface BatchPoint {
  id: string;
  at: Date;
  value: number;
}

function describeBreach(m: MetricRow, e: WindowEvaluation): string {
  const unit = m.unit ? ` ${m.unit}` : '';
  const how = m.aggregate === 'mean' ? `mean of ${e.points} points` : 'latest value';
  return (
    `Monitoring (§9.1, A.6.2.6): the ${how} of metric "${m.name}" was ${e.value}${unit}, ` +
    `reaching its breach threshold of ${e.threshold}${unit} ` +
    `(window ${new Date(e.from!).toISOString()} – ${new Date(e.to!).toISOString()}).`
  );
}

/** Opens what a breach asks for, through the improvement services, inside the batch's transaction. */
async function openFollowUp(
  ctx: OrgContext,
  tx: Db,
  m: MetricRow,
  alertId: string,
  e: WindowEvaluation,
): Promise<{ nonconformityId: string | null; incidentId: string | null }> {
  const inTx = { ...ctx, db: tx };
  const title = `Metric "${m.name}" breached its threshold`.slice(0, 300);
  if (m.onBreach === 'nonconformity') {
    const nc = await createNonconformity(inTx, {
      title,
      description: describeBreach(m, e),
      source: 'monitoring',
      sourceRef: alertId,
      severity: 'minor',
      requirementRefs: ['9.1', 'A.6.2.6'],
      detectedOn: todayUtc(),
    });
    return { nonconformityId: nc.id, incidentId: null };
  }
  if (m.onBreach === 'incident') {
    const day = new Date(e.to!).toISOString().slice(0, 10);
    const incident = await createIncident(inTx, {
      title,
      description: describeBreach(m, e),
      aiSystemId: m.aiSystemId,
      occurredAt: day,
      awareOn: todayUtc(),
      severity: 'medium',
    });
    return { nonconformityId: null, incidentId: incident.id };
  }
  return { nonconformityId: null, incidentId: null };
}

/** Raises the alerts a batch's worst window calls for (none while the same level is already unresolved). */
async function raiseAlerts(ctx: OrgContext, tx: Db, m: MetricRow, worst: WindowEvaluation): Promise<Alert[]> {
  const repo = monitoringRepository(tx);
  const open = (await repo.unresolvedAlerts(ctx.orgId, m.id)).map((a) => a.level as AlertLevel);
  const raised: Alert[] = [];
  for (const level of alertsToRaise(worst.level, open)) {
    const id = newId('alert');
    const links =
      level === 'breach'
        ? await openFollowUp(ctx, tx, m, id, worst)
        : { nonconformityId: null, incidentId: null };
    const at = new Date();
    const alert = toAlert(
      await repo.alerts.insert({
        id,
        organizationId: ctx.orgId,
        metricId: m.id,
        level,
        value: worst.value!,
        threshold: worst.threshold!,
        windowFrom: new Date(worst.from!),
        windowTo: new Date(worst.to!),
        windowPoints: worst.points,
        status: 'open',
        ...links,
        acknowledgedAt: null,
        acknowledgedBy: null,
        resolvedAt: null,
        resolvedBy: null,
        note: '',
        createdAt: at,
        updatedAt: at,
        version: 1,
      }),
    );
    await record(ctx, tx, { action: 'alert.raised', entityType: 'alert', entityId: id, data: alert });
    raised.push(alert);
  }
  return raised;
}

/** Stores one metric's points in the caller's transaction and judges the batch. The metric row is locked. */
async function ingest(
  ctx: OrgContext,
  tx: Db,
  metricId: string,
  points: BatchPoint[],
  source: MeasurementSource,
): Promise<MeasurementBatchResult> {
  const repo = monitoringRepository(tx);
  // Locking the definition serializes batches of one metric, so two of them cannot both raise the same alert.
  const m = await repo.metrics.find(ctx.orgId, metricId, { forUpdate: true });
  if (!m) throw notFound('Metric', metricId);
  assertLive(m);
  const unique = new Map<string, BatchPoint>();
  for (const p of points) if (!unique.has(p.id)) unique.set(p.id, p);
  const stored = new Set(await repo.insertPoints(ctx.orgId, m.id, [...unique.values()], source));
  const result = { accepted: stored.size, duplicates: points.length - stored.size };
  // Nothing new (a re-sent batch): nothing judged, nothing recorded.
  if (stored.size === 0) return { ...result, alerts: [], level: m.level as MetricDefinition['level'] };
  const fresh = [...unique.values()].filter((p) => stored.has(p.id));
  const times = fresh.map((p) => p.at.getTime());
  const from = new Date(Math.min(...times));
  const to = new Date(Math.max(...times));
  const series = await repo.seriesAround(ctx.orgId, m.id, from, to, m.windowPoints);
  const { worst, current } = evaluateBatch(metricRule(m), series, stored);
  const newest = series.reduce((a, b) => (b.at > a.at || (b.at === a.at && b.id > a.id) ? b : a));
  await repo.metrics.update(ctx.orgId, m.id, {
    level: current.level,
    lastValue: newest.value,
    lastAt: new Date(newest.at),
  });
  await record(ctx, tx, {
    action: 'metric.measurements_recorded',
    entityType: 'metric',
    entityId: m.id,
    data: {
      source,
      accepted: result.accepted,
      duplicates: result.duplicates,
      from: from.toISOString(),
      to: to.toISOString(),
      worst: worst.level,
      level: current.level,
    },
  });
  const alerts = await raiseAlerts(ctx, tx, m, worst);
  return { ...result, alerts, level: current.level };
}

/** Records a batch of measurements (§9.1); re-sent points are counted as duplicates and change nothing. */
export async function recordMeasurements(
  ctx: OrgContext,
  metricId: string,
  input: MeasurementBatchInput,
  source: MeasurementSource = 'api',
): Promise<MeasurementBatchResult> {
  assertCan(ctx.role, 'measurement:create');
  const data = MeasurementBatchSchema.parse(input);
  const points = data.items.map((p) => ({ id: p.id, at: new Date(p.at), value: p.value }));
  return ctx.db.transaction((tx) => ingest(ctx, tx, metricId, points, source));
}

/** A metric's series, oldest first, within `from`–`to`. */
export async function listMetricMeasurements(
  ctx: OrgContext,
  metricId: string,
  query: Partial<MeasurementListQuery>,
): Promise<Page<MetricMeasurement>> {
  assertCan(ctx.role, 'metric:read');
  const q = MeasurementListQuerySchema.parse(query);
  const repo = monitoringRepository(ctx.db);
  if (!(await repo.metrics.find(ctx.orgId, metricId))) throw notFound('Metric', metricId);
  const page = await repo.listPoints(ctx.orgId, metricId, q);
  return { items: page.items.map(toMeasurement), nextCursor: page.nextCursor };
}

/**
 * Takes an OTLP/HTTP JSON metrics export: each data point goes to every live metric whose `otelName` is its
 * instrument name and whose attribute matchers its resource and point attributes carry. The point's id is the
 * SHA-256 of (name, series attributes, time), so an exporter's retry stores nothing twice. One transaction.
 */
export async function ingestOtlpMetrics(ctx: OrgContext, body: unknown): Promise<OtlpIngestResult> {
  assertCan(ctx.role, 'measurement:create');
  if (!body || typeof body !== 'object' || Array.isArray(body))
    throw new AppError('VALIDATION_FAILED', 'The body is not an OTLP ExportMetricsServiceRequest object.', {
      errors: [{ path: 'resourceMetrics', message: 'expected an object with resourceMetrics' }],
    });
  const { points } = otlpPoints(body);
  return ctx.db.transaction(async (tx) => {
    const defs = await monitoringRepository(tx).metricsForOtel(ctx.orgId, [
      ...new Set(points.map((p) => p.name)),
    ]);
    const perMetric = new Map<string, BatchPoint[]>();
    let unmatched = 0;
    for (const p of points) {
      const targets = defs.filter((d) => d.otelName === p.name && matchesAttributes(d.otelAttributes, p));
      if (targets.length === 0) unmatched++;
      const id = createHash('sha256').update(otlpPointKey(p)).digest('hex');
      for (const d of targets) {
        const list = perMetric.get(d.id) ?? [];
        list.push({ id, at: new Date(otlpTimeIso(p.timeUnixNano)), value: p.value });
        perMetric.set(d.id, list);
      }
    }
    const out: OtlpIngestResult = { accepted: 0, duplicates: 0, unmatched, metrics: [] };
    for (const [metricId, list] of perMetric) {
      const r = await ingest(ctx, tx, metricId, list, 'otlp');
      out.accepted += r.accepted;
      out.duplicates += r.duplicates;
      out.metrics.push({ metricId, accepted: r.accepted, duplicates: r.duplicates });
    }
    return out;
  });
}
