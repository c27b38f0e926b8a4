// Monitoring, measurement, analysis and evaluation (§9.1; A.6.2.6 operation and monitoring of AI systems):
// metric definitions with thresholds, measurements pushed by clients or OpenTelemetry, and the alerts a breach raises.
import { z } from 'zod';
import { createBodySchema } from '../common/create-body.ts';
import { nameString, TenantEntitySchema, textString } from '../common/entity.ts';
import { ListQuerySchema } from '../common/pagination.ts';
import { stampFields } from '../common/stamps.ts';
import { updateBodySchema } from '../common/update-body.ts';

/** Which way a metric gets better: accuracy up, latency or drift down. */
export const METRIC_DIRECTIONS = ['higher_is_better', 'lower_is_better'] as const;
/** What each direction is called on screen and on paper. */
export const METRIC_DIRECTION_LABEL: Record<(typeof METRIC_DIRECTIONS)[number], string> = {
  higher_is_better: 'higher is better',
  lower_is_better: 'lower is better',
};
/** How the evaluation window condenses its points: the latest value, or the mean of the window. */
export const METRIC_AGGREGATES = ['last', 'mean'] as const;
/** What a breach opens besides its alert (§10.2 nonconformity, A.8.4 incident). */
export const METRIC_BREACH_ACTIONS = ['none', 'nonconformity', 'incident'] as const;
/** A window's verdict; `no_data` before the first measurement. */
export const METRIC_LEVELS = ['ok', 'warning', 'breach', 'no_data'] as const;
export type MetricLevel = (typeof METRIC_LEVELS)[number];
/** Alert levels: only a warning or a breach raises one. */
export const ALERT_LEVELS = ['warning', 'breach'] as const;
export type AlertLevel = (typeof ALERT_LEVELS)[number];
export const ALERT_STATUSES = ['open', 'acknowledged', 'resolved'] as const;

const attrKey = z.string().trim().min(1).max(200);
/** OTel resource attributes a data point must carry (exact string match) to count for this metric. */
const AttributeMatchersSchema = z
  .record(attrKey, z.string().max(500))
  .refine((r) => Object.keys(r).length <= 20, 'at most 20 attribute matchers');

const fields = {
  name: nameString(200),
  description: textString(5000),
  /** The AI system it watches (A.6.2.6), when it watches one. */
  aiSystemId: z.string().max(64).nullable(),
  /** The objective whose KPI it measures (§6.2, §9.1), when it measures one. */
  objectiveId: z.string().max(64).nullable(),
  kpiId: z.string().max(64).nullable(),
  unit: z.string().trim().max(40),
  direction: z.enum(METRIC_DIRECTIONS),
  /** Reaching this value (in the bad direction) is a warning; null for none. */
  warningThreshold: z.number().finite().nullable(),
  /** Reaching this value (in the bad direction) is a breach; null for none. */
  breachThreshold: z.number().finite().nullable(),
  aggregate: z.enum(METRIC_AGGREGATES),
  /** The window holds at most this many latest points. */
  windowPoints: z.number().int().min(1).max(1000),
  /** And only points at most this many minutes older than the window's newest point; null for no limit. */
  windowMinutes: z
    .number()
    .int()
    .min(1)
    .max(60 * 24 * 366)
    .nullable(),
  onBreach: z.enum(METRIC_BREACH_ACTIONS),
  /** OpenTelemetry instrument name this metric takes data points from, e.g. `model.accuracy`. */
  otelName: z.string().trim().min(1).max(255).nullable(),
  otelAttributes: AttributeMatchersSchema,
};

/** A metric definition as the API answers it, with its server-computed current level. */
export const MetricDefinitionSchema = TenantEntitySchema.extend({
  name: z.string(),
  description: z.string(),
  aiSystemId: z.string().nullable(),
  objectiveId: z.string().nullable(),
  kpiId: z.string().nullable(),
  unit: z.string(),
  direction: z.enum(METRIC_DIRECTIONS),
  warningThreshold: z.number().nullable(),
  breachThreshold: z.number().nullable(),
  aggregate: z.enum(METRIC_AGGREGATES),
  windowPoints: z.number().int(),
  windowMinutes: z.number().int().nullable(),
  onBreach: z.enum(METRIC_BREACH_ACTIONS),
  otelName: z.string().nullable(),
  otelAttributes: z.record(z.string(), z.string()),
  /** The window at the newest measurement, computed on the server. */
  level: z.enum(METRIC_LEVELS),
  lastValue: z.number().nullable(),
  lastAt: z.string().datetime().nullable(),
  archivedAt: z.string().datetime().nullable(),
});
export type MetricDefinition = z.infer<typeof MetricDefinitionSchema>;

export const CreateMetricSchema = createBodySchema(fields, {
  description: '',
  aiSystemId: null,
  objectiveId: null,
  kpiId: null,
  unit: '',
  warningThreshold: null,
  breachThreshold: null,
  aggregate: 'last',
  windowPoints: 1,
  windowMinutes: null,
  onBreach: 'none',
  otelName: null,
  otelAttributes: {},
});
export type CreateMetricInput = z.input<typeof CreateMetricSchema>;

/** Written out field by field: zod 4 applies defaults inside partial(), which would reset omitted fields. */
export const UpdateMetricSchema = updateBodySchema(fields);
export type UpdateMetricInput = z.input<typeof UpdateMetricSchema>;

export const METRIC_SORTS = ['name', 'createdAt', 'updatedAt'] as const;
export const MetricListQuerySchema = ListQuerySchema.extend({
  aiSystemId: z.string().max(64).optional(),
  level: z.enum(METRIC_LEVELS).optional(),
  archived: z.enum(['true', 'false', 'all']).optional(),
});

/** One measured value; `id` is the client's idempotency key, so re-sending the same point stores nothing new. */
export const MeasurementPointSchema = z
  .object({
    id: z.string().trim().min(1).max(200),
    at: z.string().datetime({ offset: true }),
    value: z.number().finite(),
  })
  .strict();
export type MeasurementPoint = z.infer<typeof MeasurementPointSchema>;

/** Largest batch one request may send. */
export const MAX_MEASUREMENT_BATCH = 1000;

export const MeasurementBatchSchema = z
  .object({ items: z.array(MeasurementPointSchema).min(1).max(MAX_MEASUREMENT_BATCH) })
  .strict();
export type MeasurementBatchInput = z.input<typeof MeasurementBatchSchema>;

/** A stored measurement of a metric. */
export const MetricMeasurementSchema = z.object({
  id: z.string(),
  metricId: z.string(),
  at: z.string().datetime(),
  value: z.number(),
  /** Where it came from: `api`, `cli` or `otlp`. */
  source: z.string(),
  createdAt: z.string().datetime(),
});
export type MetricMeasurement = z.infer<typeof MetricMeasurementSchema>;

/** `?from=&to=` bound the series by time; pages run oldest first. */
export const MeasurementListQuerySchema = z.object({
  from: z.string().datetime({ offset: true }).optional(),
  to: z.string().datetime({ offset: true }).optional(),
  limit: z.coerce.number().int().min(1).max(5000).default(500),
  cursor: z.string().max(1000).optional(),
});
export type MeasurementListQuery = z.infer<typeof MeasurementListQuerySchema>;

/** An alert a warning or breach raised; one open alert per metric and level at a time. */
export const AlertSchema = TenantEntitySchema.extend({
  metricId: z.string(),
  level: z.enum(ALERT_LEVELS),
  /** The window's value that crossed the threshold, and the threshold it crossed. */
  value: z.number(),
  threshold: z.number(),
  windowFrom: z.string().datetime(),
  windowTo: z.string().datetime(),
  windowPoints: z.number().int(),
  status: z.enum(ALERT_STATUSES),
  nonconformityId: z.string().nullable(),
  incidentId: z.string().nullable(),
  ...stampFields('acknowledged'),
  ...stampFields('resolved'),
  note: z.string(),
});
export type Alert = z.infer<typeof AlertSchema>;

export const AlertListQuerySchema = ListQuerySchema.extend({
  metricId: z.string().max(64).optional(),
  status: z.enum(ALERT_STATUSES).optional(),
  level: z.enum(ALERT_LEVELS).optional(),
  open: z.enum(['true', 'false']).optional(),
});

/** Body of acknowledge and resolve: an optional note on what was done. */
export const AlertActionSchema = z.object({ note: textString(5000).default('') }).strict();
export type AlertActionInput = z.input<typeof AlertActionSchema>;

/** What a batch did: how many points were new, how many were already stored, and the alerts it raised. */
export const MeasurementBatchResultSchema = z.object({
  accepted: z.number().int(),
  duplicates: z.number().int(),
  alerts: z.array(AlertSchema),
  level: z.enum(METRIC_LEVELS),
});
export type MeasurementBatchResult = z.infer<typeof MeasurementBatchResultSchema>;

/** What an OTLP export did: points stored, already stored, and not matched to any metric definition. */
export const OtlpIngestResultSchema = z.object({
  accepted: z.number().int(),
  duplicates: z.number().int(),
  unmatched: z.number().int(),
  metrics: z.array(
    z.object({ metricId: z.string(), accepted: z.number().int(), duplicates: z.number().int() }),
  ),
});
export type OtlpIngestResult = z.infer<typeof OtlpIngestResultSchema>;
