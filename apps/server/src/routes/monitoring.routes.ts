// Monitoring (§9.1, A.6.2.6): metric definitions, measurement batches, the time series, alerts, and the
// OpenTelemetry (OTLP/HTTP JSON) metrics endpoint.
import { createRoute, z } from '@hono/zod-openapi';
import {
  AlertActionSchema,
  AlertListQuerySchema,
  AlertSchema,
  AppError,
  CreateMetricSchema,
  MeasurementBatchResultSchema,
  MeasurementBatchSchema,
  MeasurementListQuerySchema,
  MetricDefinitionSchema,
  MetricListQuerySchema,
  MetricMeasurementSchema,
  OtlpIngestResultSchema,
  pageSchema,
  UpdateMetricSchema,
} from '@openaims/core';
import {
  acknowledgeAlert,
  archiveMetric,
  createMetric,
  getAlert,
  getMetric,
  ingestOtlpMetrics,
  listAlerts,
  listMetricMeasurements,
  listMetrics,
  recordMeasurements,
  resolveAlert,
  updateMetric,
} from '@openaims/services';
import { errorResponses, json, OrgIdParams, OrgParams, ProblemSchema } from '../http/openapi-helpers.ts';
import { resourceRoutes, sendEntity } from '../http/resource.ts';
import type { RouteFn } from '../http/route.ts';

const tags = ['monitoring'];
const org = '/api/v1/orgs/{orgId}';

/** OTLP/HTTP JSON `ExportMetricsServiceRequest`; checked point by point by the service, unknown fields ignored. */
const OtlpMetricsRequestSchema = z
  .object({ resourceMetrics: z.array(z.object({}).passthrough()).max(10_000).optional() })
  .passthrough()
  .openapi('OtlpExportMetricsServiceRequest');

const OtlpResponseSchema = OtlpIngestResultSchema.extend({
  /** OTLP partial success: data points no metric definition took. */
  partialSuccess: z.object({ rejectedDataPoints: z.string(), errorMessage: z.string() }).optional(),
});

const optionalNote = {
  required: false,
  content: { 'application/json': { schema: AlertActionSchema } },
} as const;

export function monitoringRoutes(route: RouteFn): void {
  const metric = resourceRoutes(route, {
    path: 'metrics',
    resource: 'metric',
    label: 'metric',
    tags,
    entity: MetricDefinitionSchema,
    list: {
      permission: 'metric:read',
      summary: 'Metric definitions with their current level (§9.1)',
      query: MetricListQuerySchema,
      run: listMetrics,
    },
    create: {
      permission: 'metric:create',
      summary: 'Define a metric: unit, direction, thresholds, window, what a breach opens, OTel mapping',
      body: CreateMetricSchema,
      run: createMetric,
    },
    get: { permission: 'metric:read', run: getMetric },
    update: {
      permission: 'metric:update',
      summary: 'Change a metric definition (send If-Match); the current level is re-evaluated',
      body: UpdateMetricSchema,
      run: updateMetric,
    },
    archive: { permission: 'metric:archive', run: archiveMetric },
  });
  metric({
    method: 'post',
    verb: 'measurements',
    permission: 'measurement:create',
    summary:
      'Record a batch of measurements, idempotent by each item id (re-sent items are counted as duplicates)',
    description:
      'The batch is judged once: a warning or breach raises one alert (none while one of that level is open) ' +
      'and a breach opens the nonconformity or incident the definition asks for.',
    input: { body: MeasurementBatchSchema },
    response: MeasurementBatchResultSchema,
    run: (ctx, id, batch) => recordMeasurements(ctx, id, batch, 'api'),
  });
  metric({
    method: 'get',
    verb: 'measurements',
    permission: 'metric:read',
    summary: 'The time series of a metric, oldest first, within from–to, paginated',
    input: { query: MeasurementListQuerySchema },
    response: pageSchema(MetricMeasurementSchema),
    run: listMetricMeasurements,
  });
  resourceRoutes(route, {
    path: 'alerts',
    resource: 'alert',
    label: 'alert',
    tags,
    entity: AlertSchema,
    list: {
      permission: 'metric:read',
      summary: 'Alerts raised by metric warnings and breaches, newest first; open=true for unresolved',
      query: AlertListQuerySchema,
      run: listAlerts,
    },
    get: { permission: 'metric:read', run: getAlert },
  });
  for (const verb of ['acknowledge', 'resolve'] as const) {
    route(
      { scope: 'org', permission: 'alert:update' },
      createRoute({
        method: 'post',
        path: `${org}/alerts/{id}/${verb}`,
        tags,
        summary:
          verb === 'acknowledge'
            ? 'Acknowledge an open alert (seen, being handled), with an optional note'
            : 'Resolve an alert (handled); the next breach raises a new one',
        request: { params: OrgIdParams, body: optionalNote },
        responses: { 200: json(AlertSchema), ...errorResponses },
      }),
      async (c) => {
        const run = verb === 'acknowledge' ? acknowledgeAlert : resolveAlert;
        const body = (c.req.valid('json') ?? {}) as { note?: string };
        return sendEntity(c, await run(c.get('org'), c.req.valid('param').id, body), 200);
      },
      { resource: 'alert' },
    );
  }
  route(
    { scope: 'org', permission: 'measurement:create' },
    createRoute({
      method: 'post',
      path: `${org}/otlp/v1/metrics`,
      tags,
      summary: 'OpenTelemetry OTLP/HTTP metrics export (JSON encoding), mapped to metric definitions',
      description:
        'Point an OTel SDK or collector here with an API token (`Authorization: Bearer …`) and the JSON ' +
        'protocol (`OTEL_EXPORTER_OTLP_METRICS_PROTOCOL=http/json`). Each data point goes to every metric whose ' +
        '`otelName` is its instrument name and whose `otelAttributes` its resource and point attributes carry. ' +
        'Gauge and sum points are taken as they are, histogram points as their mean. A retried export stores ' +
        'nothing twice: a point is identified by the hash of its name, series attributes and time. Protobuf is ' +
        'answered with 415.',
      request: {
        params: OrgParams,
        body: {
          required: false,
          content: {
            'application/json': { schema: OtlpMetricsRequestSchema },
            // Declared so the request reaches the handler, which answers 415 naming the JSON protocol.
            'application/x-protobuf': { schema: { type: 'string', format: 'binary' } },
          },
        },
      },
      responses: {
        200: json(OtlpResponseSchema),
        415: {
          description: 'Not JSON (protobuf is not taken)',
          content: { 'application/problem+json': { schema: ProblemSchema } },
        },
        ...errorResponses,
      },
    }),
    async (c) => {
      const type = (c.req.header('content-type') ?? '').split(';')[0]!.trim().toLowerCase();
      if (!/^application\/([\w.-]+\+)?json$/.test(type))
        throw new AppError(
          'UNSUPPORTED_MEDIA_TYPE',
          `This endpoint takes OTLP/HTTP JSON (Content-Type: application/json), not ${type || 'an untyped body'}. ` +
            'Set the exporter to the JSON protocol, e.g. OTEL_EXPORTER_OTLP_METRICS_PROTOCOL=http/json.',
        );
      // The typed accessor cannot see through the raw protobuf entry above; the JSON body is validated.
      const body = (c.req as unknown as { valid(target: 'json'): unknown }).valid('json');
      const result = await ingestOtlpMetrics(c.get('org'), body);
      const partialSuccess = result.unmatched
        ? {
            rejectedDataPoints: String(result.unmatched),
            errorMessage: `${result.unmatched} data point(s) matched no metric definition (otelName and otelAttributes)`,
          }
        : undefined;
      return c.json({ ...result, ...(partialSuccess ? { partialSuccess } : {}) }, 200);
    },
  );
}
