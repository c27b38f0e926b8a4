import type { Database } from '@openaims/db';
import { testDatabase } from '@openaims/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAiSystem } from '../ai-systems/ai-system.service.ts';
import { getIncident } from '../improvement/incident.service.ts';
import { getNonconformity, listNonconformities } from '../improvement/nonconformity.service.ts';
import { listLedger } from '../ledger/ledger.service.ts';
import { buildContext } from '../testing/factories.ts';
import { acknowledgeAlert, listAlerts, resolveAlert } from './alert.service.ts';
import { ingestOtlpMetrics, listMetricMeasurements, recordMeasurements } from './measurement.service.ts';
import { archiveMetric, createMetric, getMetric, updateMetric } from './metric.service.ts';

let database: Database;
beforeAll(async () => {
  database = await testDatabase();
});
afterAll(async () => {
  await database?.close();
});

const batch = (values: number[], prefix = 'p', start = Date.UTC(2026, 10, 1)) => ({
  items: values.map((value, i) => ({
    id: `${prefix}${i}`,
    at: new Date(start + i * 60_000).toISOString(),
    value,
  })),
});

describe('monitoring (§9.1, A.6.2.6)', () => {
  it('a batch over the threshold raises one alert and one nonconformity; re-sending it adds nothing', async () => {
    const ctx = await buildContext(database.db, { role: 'contributor' });
    const m = await createMetric(ctx, {
      name: 'Credit model accuracy',
      unit: '%',
      direction: 'higher_is_better',
      warningThreshold: 92,
      breachThreshold: 90,
      onBreach: 'nonconformity',
    });
    expect(m).toMatchObject({ level: 'no_data', id: expect.stringMatching(/^met_/) });

    const first = await recordMeasurements(ctx, m.id, batch([95, 89, 88, 87]));
    expect(first).toMatchObject({ accepted: 4, duplicates: 0, level: 'breach' });
    expect(first.alerts).toHaveLength(1);
    const [alert] = first.alerts;
    expect(alert).toMatchObject({ level: 'breach', value: 89, threshold: 90, status: 'open' });
    expect(alert!.nonconformityId).toMatch(/^nc_/);
    const nc = await getNonconformity(ctx, alert!.nonconformityId!);
    expect(nc).toMatchObject({
      source: 'monitoring',
      sourceRef: alert!.id,
      requirementRefs: ['9.1', 'A.6.2.6'],
    });

    const ledgerBefore = (await listLedger(ctx, { limit: 500 })).items.length;
    const again = await recordMeasurements(ctx, m.id, batch([95, 89, 88, 87]));
    expect(again).toMatchObject({ accepted: 0, duplicates: 4, alerts: [] });
    // Another breaching batch while the alert is open adds points, not alerts.
    const more = await recordMeasurements(ctx, m.id, batch([80], 'q', Date.UTC(2026, 10, 2)));
    expect(more).toMatchObject({ accepted: 1, alerts: [] });
    expect((await listAlerts(ctx, { limit: 50 })).items).toHaveLength(1);
    expect((await listNonconformities(ctx, { limit: 50 })).items).toHaveLength(1);
    const ledger = (await listLedger(ctx, { limit: 500 })).items;
    // One entry for the new batch, none for the re-sent one.
    expect(ledger.length - ledgerBefore).toBe(1);
    expect(ledger.filter((e) => e.action === 'metric.measurements_recorded')).toHaveLength(2);

    const series = await listMetricMeasurements(ctx, m.id, { limit: 3 });
    expect(series.items.map((p) => p.value)).toEqual([95, 89, 88]);
    const rest = await listMetricMeasurements(ctx, m.id, { limit: 3, cursor: series.nextCursor! });
    expect(rest.items.map((p) => p.value)).toEqual([87, 80]);
    expect(rest.nextCursor).toBeNull();
    const ranged = await listMetricMeasurements(ctx, m.id, { from: '2026-11-02T00:00:00Z' });
    expect(ranged.items.map((p) => p.id)).toEqual(['q0']);

    // Acknowledge, resolve; then the next breach raises a new alert.
    await expect(
      resolveAlert(await buildContext(database.db, { role: 'viewer', orgId: ctx.orgId }), alert!.id),
    ).rejects.toMatchObject({ code: 'FORBIDDEN' });
    expect((await acknowledgeAlert(ctx, alert!.id, { note: 'looking' })).status).toBe('acknowledged');
    await expect(acknowledgeAlert(ctx, alert!.id)).rejects.toMatchObject({ code: 'RULE_VIOLATION' });
    expect((await resolveAlert(ctx, alert!.id)).status).toBe('resolved');
    const next = await recordMeasurements(ctx, m.id, batch([70], 'r', Date.UTC(2026, 10, 3)));
    expect(next.alerts).toHaveLength(1);
  });

  it('judges a mean window, raises a warning, and an incident when configured', async () => {
    const ctx = await buildContext(database.db, { role: 'manager' });
    const sys = await createAiSystem(ctx, { name: 'Scorer', purpose: 'scores' });
    const m = await createMetric(ctx, {
      name: 'p95 latency',
      unit: 'ms',
      direction: 'lower_is_better',
      warningThreshold: 200,
      breachThreshold: 500,
      aggregate: 'mean',
      windowPoints: 3,
      onBreach: 'incident',
      aiSystemId: sys.id,
    });
    const w = await recordMeasurements(ctx, m.id, batch([100, 250, 300]));
    expect(w.alerts).toMatchObject([{ level: 'warning' }]);
    expect(w.level).toBe('warning');
    const b = await recordMeasurements(ctx, m.id, batch([900, 900], 'b', Date.UTC(2026, 10, 2)));
    expect(b.alerts).toMatchObject([{ level: 'breach' }]);
    const incident = await getIncident(ctx, b.alerts[0]!.incidentId!);
    expect(incident.aiSystemId).toBe(sys.id);
    // Loosening the threshold re-evaluates the current level.
    const loose = await updateMetric(ctx, m.id, { breachThreshold: 5000, warningThreshold: 4000 });
    expect(loose).toMatchObject({ level: 'ok', version: 2 });
  });

  it('refuses bad definitions, foreign links and archived metrics', async () => {
    const ctx = await buildContext(database.db, { role: 'manager' });
    const other = await buildContext(database.db, { role: 'manager' });
    const foreign = await createAiSystem(other, { name: 'Theirs', purpose: 'x' });
    await expect(
      createMetric(ctx, {
        name: 'x',
        direction: 'higher_is_better',
        warningThreshold: 1,
        breachThreshold: 2,
      }),
    ).rejects.toMatchObject({ code: 'RULE_VIOLATION', errors: [{ path: 'warningThreshold' }] });
    await expect(
      createMetric(ctx, { name: 'x', direction: 'higher_is_better', aiSystemId: foreign.id }),
    ).rejects.toMatchObject({ code: 'RULE_VIOLATION' });
    const m = await createMetric(ctx, { name: 'drift', direction: 'lower_is_better' });
    await expect(recordMeasurements(other, m.id, batch([1]))).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(getMetric(other, m.id)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await archiveMetric(ctx, m.id);
    await expect(recordMeasurements(ctx, m.id, batch([1]))).rejects.toMatchObject({ code: 'RULE_VIOLATION' });
  });

  it('maps OTLP data points to definitions by name and attributes, idempotently', async () => {
    const ctx = await buildContext(database.db, { role: 'contributor' });
    const m = await createMetric(ctx, {
      name: 'Accuracy (scorer)',
      direction: 'higher_is_better',
      breachThreshold: 0.5,
      otelName: 'model.accuracy',
      otelAttributes: { 'service.name': 'scorer' },
    });
    const body = {
      resourceMetrics: [
        {
          resource: { attributes: [{ key: 'service.name', value: { stringValue: 'scorer' } }] },
          scopeMetrics: [
            {
              metrics: [
                {
                  name: 'model.accuracy',
                  gauge: { dataPoints: [{ timeUnixNano: '1767225600000000000', asDouble: 0.93 }] },
                },
                { name: 'other', gauge: { dataPoints: [{ timeUnixNano: '1', asDouble: 1 }] } },
              ],
            },
          ],
        },
        {
          resource: { attributes: [{ key: 'service.name', value: { stringValue: 'ranker' } }] },
          scopeMetrics: [
            {
              metrics: [
                {
                  name: 'model.accuracy',
                  gauge: { dataPoints: [{ timeUnixNano: '1767225600000000000', asDouble: 0.1 }] },
                },
              ],
            },
          ],
        },
      ],
    };
    expect(await ingestOtlpMetrics(ctx, body)).toMatchObject({ accepted: 1, duplicates: 0, unmatched: 2 });
    expect(await ingestOtlpMetrics(ctx, body)).toMatchObject({ accepted: 0, duplicates: 1 });
    const series = await listMetricMeasurements(ctx, m.id, {});
    expect(series.items).toMatchObject([{ value: 0.93, at: '2026-01-01T00:00:00.000Z', source: 'otlp' }]);
    await expect(ingestOtlpMetrics(ctx, [])).rejects.toMatchObject({ code: 'VALIDATION_FAILED' });
  });
});
