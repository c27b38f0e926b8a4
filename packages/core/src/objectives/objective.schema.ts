// AI objectives (§6.2) with the KPIs that show progress and their measurements (§9.1).
import { z } from 'zod';
import { createBodySchema } from '../common/create-body.ts';
import { CalendarDateSchema } from '../common/dates.ts';
import { nameString, TenantEntitySchema, textString } from '../common/entity.ts';
import { ListQuerySchema } from '../common/pagination.ts';
import { updateBodySchema } from '../common/update-body.ts';
import { textOrHttpUrl } from '../common/url.ts';

export const OBJECTIVE_STATUSES = ['draft', 'active', 'achieved', 'dropped'] as const;
export const ObjectiveStatusSchema = z.enum(OBJECTIVE_STATUSES);
export type ObjectiveStatus = z.infer<typeof ObjectiveStatusSchema>;

/** Which way is better: up (accuracy), down (incidents), or staying within a band around the target. */
export const KPI_DIRECTIONS = ['increase', 'decrease', 'maintain'] as const;
export const KpiDirectionSchema = z.enum(KPI_DIRECTIONS);

const isoDate = CalendarDateSchema;

/** §6.2 b–c: measurable where practicable — a target value and the direction that counts as progress. */
export const KpiInputSchema = z.object({
  /** Kept when editing, so measurements stay attached; new KPIs get one from the server. */
  id: z.string().max(64).optional(),
  name: nameString(200),
  unit: z.string().trim().max(40).default(''),
  direction: KpiDirectionSchema,
  target: z.number().finite(),
  /** For `maintain`: how far from the target still counts as on track. */
  tolerance: z.number().finite().min(0).default(0),
});
export const KpiSchema = KpiInputSchema.extend({ id: z.string(), unit: z.string(), tolerance: z.number() });
export type Kpi = z.infer<typeof KpiSchema>;

export const KPI_STATUSES = ['on_track', 'off_track', 'no_data'] as const;
export type KpiStatus = (typeof KPI_STATUSES)[number];

export const KpiProgressSchema = z.object({
  kpiId: z.string(),
  latest: z.object({ value: z.number(), measuredAt: z.string() }).nullable(),
  status: z.enum(KPI_STATUSES),
});
export type KpiProgress = z.infer<typeof KpiProgressSchema>;

export const ObjectiveSchema = TenantEntitySchema.extend({
  title: z.string(),
  description: z.string(),
  /** §6.2 a: consistent with the AI policy; which policy commitment it serves. */
  policyLink: z.string(),
  ownerId: z.string().nullable(),
  /** §6.2 h: when it will be completed. */
  targetDate: z.string().nullable(),
  status: ObjectiveStatusSchema,
  kpis: z.array(KpiSchema),
  /** Latest measurement and status per KPI, computed on the server. */
  progress: z.array(KpiProgressSchema),
  archivedAt: z.string().datetime().nullable(),
});
export type Objective = z.infer<typeof ObjectiveSchema>;

/** What a person edits on an objective. */
const objectiveFields = {
  title: nameString(300),
  description: textString(10_000),
  policyLink: textOrHttpUrl(1000),
  ownerId: z.string().nullable(),
  targetDate: isoDate.nullable(),
  status: ObjectiveStatusSchema,
  kpis: z.array(KpiInputSchema).max(20),
};

export const CreateObjectiveSchema = createBodySchema(objectiveFields, {
  description: '',
  policyLink: '',
  ownerId: null,
  targetDate: null,
  status: 'draft',
  kpis: [],
});
export type CreateObjectiveInput = z.input<typeof CreateObjectiveSchema>;

export const UpdateObjectiveSchema = updateBodySchema(objectiveFields);
export type UpdateObjectiveInput = z.input<typeof UpdateObjectiveSchema>;

export const OBJECTIVE_SORTS = ['title', 'createdAt', 'updatedAt', 'status'] as const;
export const ObjectiveListQuerySchema = ListQuerySchema.extend({
  status: ObjectiveStatusSchema.optional(),
  archived: z.enum(['true', 'false', 'all']).optional(),
});

/** §9.1: one measured value of a KPI. */
export const MeasurementSchema = z.object({
  id: z.string(),
  objectiveId: z.string(),
  kpiId: z.string(),
  value: z.number(),
  measuredAt: z.string(),
  note: z.string(),
  recordedBy: z.string().nullable(),
  createdAt: z.string().datetime(),
});
export type Measurement = z.infer<typeof MeasurementSchema>;

export const CreateMeasurementSchema = z
  .object({
    kpiId: z.string().min(1).max(64),
    value: z.number().finite(),
    measuredAt: isoDate,
    note: textString(2000).default(''),
  })
  .strict();
export type CreateMeasurementInput = z.input<typeof CreateMeasurementSchema>;
