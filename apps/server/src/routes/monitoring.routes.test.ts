import type { AddressInfo } from 'node:net';
import { gzipSync } from 'node:zlib';
import { serve } from '@hono/node-server';
import { AlertSchema, MeasurementBatchResultSchema, MetricDefinitionSchema } from '@openaims/core';
import { OTLPMetricExporter } from '@opentelemetry/exporter-metrics-otlp-http';
import { resourceFromAttributes } from '@opentelemetry/resources';
import { MeterProvider, PeriodicExportingMetricReader } from '@opentelemetry/sdk-metrics';
import { describe, expect, it } from 'vitest';
import { appWithTwoOrgsForFile } from '../testing/suite.ts';

const { t, f } = appWithTwoOrgsForFile();

const items = (values: number[], prefix = 'b') =>
  values.map((value, i) => ({
    id: `${prefix}-${i}`,
    at: new Date(Date.UTC(2026, 10, 1, 0, i)).toISOString(),
    value,
  }));

/** Defines a metric in org A as its manager: the set-up of the tests that then feed it measurements. */
const defineMetric = async (json: Record<string, unknown>) =>
  MetricDefinitionSchema.parse(
    await (
      await t.call('POST', `/api/v1/orgs/${f.a.org.id}/metrics`, { token: f.tokens.manager, json })
    ).json(),
  );

describe('monitoring routes (§9.1, A.6.2.6)', () => {
  it('a batch over the threshold creates one alert and a nonconformity; re-sending it creates nothing more', async () => {
    const base = `/api/v1/orgs/${f.a.org.id}`;
    const created = await t.call('POST', `${base}/metrics`, {
      token: f.tokens.contributor,
      json: {
        name: 'Fairness gap',
        unit: 'pp',
        direction: 'lower_is_better',
        warningThreshold: 3,
        breachThreshold: 5,
        onBreach: 'nonconformity',
      },
    });
    expect(created.status).toBe(201);
    expect(created.headers.get('location')).toMatch(/\/metrics\/met_/);
    const metric = MetricDefinitionSchema.parse(await created.json());

    const send = () =>
      t.call('POST', `${base}/metrics/${metric.id}/measurements`, {
        token: f.tokens.contributor,
        json: { items: items([1, 6, 7, 8]) },
      });
    const first = MeasurementBatchResultSchema.parse(await (await send()).json());
    expect(first).toMatchObject({ accepted: 4, duplicates: 0, level: 'breach' });
    expect(first.alerts).toHaveLength(1);
    expect(first.alerts[0]!.nonconformityId).toMatch(/^nc_/);
    const again = await send();
    expect(again.status).toBe(200);
    expect(await again.json()).toMatchObject({ accepted: 0, duplicates: 4, alerts: [] });

    const alerts = await (await t.call('GET', `${base}/alerts?open=true`, { token: f.tokens.viewer })).json();
    expect(alerts.items).toHaveLength(1);
    const ncs = await (await t.call('GET', `${base}/nonconformities`, { token: f.tokens.viewer })).json();
    expect(ncs.items.map((n: { id: string }) => n.id)).toEqual([first.alerts[0]!.nonconformityId]);
    const series = await (
      await t.call('GET', `${base}/metrics/${metric.id}/measurements?limit=2`, { token: f.tokens.viewer })
    ).json();
    expect(series.items.map((p: { value: number }) => p.value)).toEqual([1, 6]);
    expect(series.nextCursor).toEqual(expect.any(String));
    expect(
      (await (await t.call('GET', `${base}/metrics/${metric.id}`, { token: f.tokens.viewer })).json()).level,
    ).toBe('breach');

    const alertId = first.alerts[0]!.id;
    expect(
      (await t.call('POST', `${base}/alerts/${alertId}/acknowledge`, { token: f.tokens.viewer })).status,
    ).toBe(403);
    const ack = await t.call('POST', `${base}/alerts/${alertId}/acknowledge`, {
      token: f.tokens.contributor,
      json: { note: 'Retraining scheduled' },
    });
    expect(ack.status).toBe(200);
    expect(AlertSchema.parse(await ack.json())).toMatchObject({
      status: 'acknowledged',
      note: 'Retraining scheduled',
    });
    const resolved = await t.call('POST', `${base}/alerts/${alertId}/resolve`, {
      token: f.tokens.contributor,
    });
    expect(AlertSchema.parse(await resolved.json()).status).toBe('resolved');
    expect(
      (await t.call('POST', `${base}/alerts/${alertId}/resolve`, { token: f.tokens.contributor })).status,
    ).toBe(422);
  });

  it('refuses bad batches with 400/422 and another organization with 404, storing nothing', async () => {
    const base = `/api/v1/orgs/${f.a.org.id}`;
    const metric = await defineMetric({ name: 'Drift', direction: 'lower_is_better' });
    const bad = await t.call('POST', `${base}/metrics/${metric.id}/measurements`, {
      token: f.tokens.manager,
      json: { items: [{ id: 'x', at: 'yesterday', value: 1 }] },
    });
    expect(bad.status).toBe(400);
    const thresholds = await t.call('POST', `${base}/metrics`, {
      token: f.tokens.manager,
      json: { name: 'x', direction: 'lower_is_better', warningThreshold: 9, breachThreshold: 1 },
    });
    expect(thresholds.status).toBe(422);
    const foreign = await t.call('POST', `/api/v1/orgs/${f.b.org.id}/metrics/${metric.id}/measurements`, {
      token: f.ownerB,
      json: { items: items([1]) },
    });
    expect(foreign.status).toBe(404);
    const series = await (
      await t.call('GET', `${base}/metrics/${metric.id}/measurements`, { token: f.tokens.viewer })
    ).json();
    expect(series.items).toEqual([]);
  });

  it('answers 415 for protobuf OTLP and names the JSON protocol', async () => {
    const res = await t.call('POST', `/api/v1/orgs/${f.a.org.id}/otlp/v1/metrics`, {
      token: f.tokens.contributor,
      headers: { 'content-type': 'application/x-protobuf' },
      body: new Uint8Array([10, 0]),
    });
    expect(res.status).toBe(415);
    expect((await res.json()).detail).toContain('http/json');
  });

  it('inflates a gzip OTLP body, as collectors send by default', async () => {
    const base = `/api/v1/orgs/${f.a.org.id}`;
    await defineMetric({ name: 'Complaints', direction: 'lower_is_better', otelName: 'complaints.count' });
    const body = {
      resourceMetrics: [
        {
          scopeMetrics: [
            {
              metrics: [
                {
                  name: 'complaints.count',
                  sum: {
                    dataPoints: [{ timeUnixNano: '1767225600000000000', asInt: '3' }],
                    isMonotonic: true,
                  },
                },
              ],
            },
          ],
        },
      ],
    };
    const send = (encoding: string, bytes: Uint8Array<ArrayBuffer>) =>
      t.call('POST', `${base}/otlp/v1/metrics`, {
        token: f.tokens.contributor,
        headers: { 'content-type': 'application/json', 'content-encoding': encoding },
        body: bytes,
      });
    const res = await send('gzip', new Uint8Array(gzipSync(JSON.stringify(body))));
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ accepted: 1, unmatched: 0 });
    expect((await send('gzip', new Uint8Array([1, 2, 3]))).status).toBe(400);
    expect((await send('br', new Uint8Array([1, 2, 3]))).status).toBe(415);
  });

  it('takes a real OpenTelemetry SDK export over OTLP/HTTP JSON on loopback and stores it, once', async () => {
    const base = `/api/v1/orgs/${f.a.org.id}`;
    const metric = await defineMetric({
      name: 'Scorer accuracy',
      direction: 'higher_is_better',
      breachThreshold: 0.8,
      otelName: 'model.accuracy',
      otelAttributes: { 'service.name': 'credit-scorer', 'model.version': '7' },
    });
    const server = serve({ fetch: t.app.fetch, port: 0, hostname: '127.0.0.1' });
    await new Promise<void>((resolve) => server.once('listening', () => resolve()));
    const { port } = server.address() as AddressInfo;
    const exporter = new OTLPMetricExporter({
      url: `http://127.0.0.1:${port}${base}/otlp/v1/metrics`,
      headers: { Authorization: `Bearer ${f.tokens.contributor}` },
    });
    const reader = new PeriodicExportingMetricReader({ exporter, exportIntervalMillis: 60_000 });
    const provider = new MeterProvider({
      resource: resourceFromAttributes({ 'service.name': 'credit-scorer' }),
      readers: [reader],
    });
    try {
      const meter = provider.getMeter('model-monitor');
      const gauge = meter.createGauge('model.accuracy');
      gauge.record(0.93, { 'model.version': '7' });
      meter.createGauge('model.accuracy').record(0.5, { 'model.version': '6' });
      await reader.forceFlush();
      const series = await (
        await t.call('GET', `${base}/metrics/${metric.id}/measurements`, { token: f.tokens.viewer })
      ).json();
      expect(series.items).toMatchObject([{ value: 0.93, source: 'otlp' }]);
      expect(Date.now() - Date.parse(series.items[0].at)).toBeLessThan(60_000);
      const ledger = await (
        await t.call('GET', `${base}/ledger?limit=500`, { token: f.tokens.viewer })
      ).json();
      expect(
        ledger.items.filter(
          (e: { action: string; entityId: string }) =>
            e.action === 'metric.measurements_recorded' && e.entityId === metric.id,
        ),
      ).toHaveLength(1);
    } finally {
      await provider.shutdown();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    }
  });
});
