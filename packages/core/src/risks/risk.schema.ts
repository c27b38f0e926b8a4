// AI risk register contract (§6.1.2, §6.1.3, §8.2, §8.3): identification, analysis, treatment and acceptance.
import { z } from 'zod';
import { isAnnexAControl } from '../catalog/iso42001.annex-a.ts';
import { ANNEX_C_OBJECTIVE_REFS, ANNEX_C_RISK_SOURCE_REFS } from '../catalog/iso42001.annex-c.ts';
import { CalendarDateSchema } from '../common/dates.ts';
import { nameString, TenantEntitySchema, textString } from '../common/entity.ts';
import { byAtFields } from '../common/stamps.ts';
import { MAX_SCALE } from './risk-criteria.schema.ts';

/** Treatment options (ISO/IEC 23894 6.5.2: avoid, modify, share, retain). */
export const TREATMENT_OPTIONS = ['avoid', 'mitigate', 'transfer', 'accept'] as const;
export const TreatmentOptionSchema = z.enum(TREATMENT_OPTIONS);
export type TreatmentOption = z.infer<typeof TreatmentOptionSchema>;

/** Where a risk stands. `accepted` is reached only through acceptance by an authority (§6.1.3). */
export const RISK_STATUSES = ['open', 'treating', 'accepted', 'closed'] as const;
export const RiskStatusSchema = z.enum(RISK_STATUSES);
export type RiskStatus = z.infer<typeof RiskStatusSchema>;

/** Human labels for the treatment options. */
export const TREATMENT_OPTION_LABEL: Record<TreatmentOption, string> = {
  avoid: 'Avoid',
  mitigate: 'Mitigate',
  transfer: 'Transfer',
  accept: 'Accept',
};

/** Human labels for the risk statuses. */
export const RISK_STATUS_LABEL: Record<RiskStatus, string> = {
  open: 'Open',
  treating: 'Being treated',
  accepted: 'Accepted',
  closed: 'Closed',
};

/** A calendar date `YYYY-MM-DD`. */
export const DateSchema = CalendarDateSchema;

const rating = z.number().int().min(1).max(MAX_SCALE);
const controlRef = z.string().refine(isAnnexAControl, 'not an Annex A control (A.2.2–A.10.4)');

/** A risk in the register. Scores and levels are always computed by the server. */
export const RiskSchema = TenantEntitySchema.extend({
  title: z.string(),
  description: z.string(),
  aiSystemId: z.string().nullable(),
  riskSource: z.string().nullable(),
  affectedObjective: z.string().nullable(),
  threatIds: z.array(z.string()),
  ownerId: z.string().nullable(),
  likelihood: z.number().int(),
  consequence: z.number().int(),
  inherentScore: z.number().int(),
  inherentLevel: z.string(),
  criteriaId: z.string(),
  criteriaVersion: z.number().int(),
  treatmentOption: TreatmentOptionSchema.nullable(),
  controlRefs: z.array(z.string()),
  ownControls: z.array(z.string()),
  /** Approval of the treatment plan (§6.1.3); voided when the option or the controls change. Its actions are tasks. */
  ...byAtFields('treatmentApproved'),
  residualLikelihood: z.number().int().nullable(),
  residualConsequence: z.number().int().nullable(),
  residualScore: z.number().int().nullable(),
  residualLevel: z.string().nullable(),
  withinAppetite: z.boolean(),
  ...byAtFields('accepted'),
  acceptanceNote: z.string(),
  reviewDate: z.string().nullable(),
  status: RiskStatusSchema,
  needsReassessment: z.boolean(),
  reassessmentReason: z.string(),
  impactAssessmentIds: z.array(z.string()),
});
export type Risk = z.infer<typeof RiskSchema>;

// The contract says a client-sent score is ignored: these read-only fields are accepted and dropped, while any
// other unknown field is refused (strict, like every other body).
const serverComputed = {
  inherentScore: z.unknown().optional(),
  inherentLevel: z.unknown().optional(),
  residualScore: z.unknown().optional(),
  residualLevel: z.unknown().optional(),
};
function dropComputed<T extends Record<string, unknown>>(v: T) {
  const { inherentScore: _a, inherentLevel: _b, residualScore: _c, residualLevel: _d, ...rest } = v;
  return rest;
}

const editable = {
  title: nameString(300),
  description: textString(20_000),
  aiSystemId: z.string().max(64).nullable(),
  riskSource: z.enum(ANNEX_C_RISK_SOURCE_REFS as [string, ...string[]]).nullable(),
  affectedObjective: z.enum(ANNEX_C_OBJECTIVE_REFS as [string, ...string[]]).nullable(),
  threatIds: z.array(z.string().max(64)).max(50),
  ownerId: z.string().max(64).nullable(),
  likelihood: rating,
  consequence: rating,
  treatmentOption: TreatmentOptionSchema.nullable(),
  controlRefs: z.array(controlRef).max(38),
  ownControls: z.array(z.string().trim().min(1).max(500)).max(50),
  residualLikelihood: rating.nullable(),
  residualConsequence: rating.nullable(),
  reviewDate: DateSchema.nullable(),
  status: z.enum(['open', 'treating', 'closed']),
};

export const CreateRiskSchema = z
  .object({
    ...editable,
    description: editable.description.default(''),
    aiSystemId: editable.aiSystemId.default(null),
    riskSource: editable.riskSource.default(null),
    affectedObjective: editable.affectedObjective.default(null),
    threatIds: editable.threatIds.default([]),
    ownerId: editable.ownerId.default(null),
    treatmentOption: editable.treatmentOption.default(null),
    controlRefs: editable.controlRefs.default([]),
    ownControls: editable.ownControls.default([]),
    residualLikelihood: editable.residualLikelihood.default(null),
    residualConsequence: editable.residualConsequence.default(null),
    reviewDate: editable.reviewDate.default(null),
    status: editable.status.default('open'),
    ...serverComputed,
  })
  .strict()
  .transform(dropComputed);
export type CreateRiskInput = z.input<typeof CreateRiskSchema>;

export const UpdateRiskSchema = z
  .object({ ...editable, ...serverComputed })
  .partial()
  .strict()
  .transform(dropComputed)
  .refine((v) => Object.keys(v).length > 0, 'send at least one field to change');
export type UpdateRiskInput = z.input<typeof UpdateRiskSchema>;

/** Acceptance of the residual risk (§6.1.3); needs an approved treatment plan first. */
export const AcceptRiskSchema = z.object({ note: z.string().max(2000).default('') }).strict();

/** Approval of the treatment plan (§6.1.3): the option, the controls and the treatment tasks. */
export const ApproveTreatmentSchema = z.object({ note: z.string().max(2000).default('') }).strict();

/** Fields the register may be sorted by. */
export const RISK_SORTS = ['title', 'createdAt', 'updatedAt', 'inherentScore'] as const;

/** Filters of the register. */
export const RiskFilterSchema = z.object({
  aiSystemId: z.string().max(64).optional(),
  level: z.string().max(24).optional(),
  status: RiskStatusSchema.optional(),
  treatmentOption: TreatmentOptionSchema.optional(),
  riskSource: z.string().max(10).optional(),
  needsReassessment: z.enum(['true', 'false']).optional(),
  controlRef: z.string().max(10).optional(),
});
export type RiskFilter = z.infer<typeof RiskFilterSchema>;
