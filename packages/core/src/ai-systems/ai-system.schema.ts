import { z } from 'zod';
import { nameString, patchSchema, TenantEntitySchema, textString } from '../common/entity.ts';
import { ClassificationResultSchema } from '../eu-ai-act/eu-ai-act.classifier.ts';
import { ClassificationAnswersSchema } from '../eu-ai-act/eu-ai-act.questionnaire.ts';
import { IsoAiRoleSchema, OperatorRoleSchema, RiskClassSchema } from '../eu-ai-act/eu-ai-act.terms.ts';

/** AI system life cycle stages (ISO/IEC 22989 §6, used by A.6.2). */
export const LIFECYCLE_STAGES = [
  'inception',
  'design_development',
  'verification_validation',
  'deployment',
  'operation_monitoring',
  're_evaluation',
  'retirement',
] as const;
export const LifecycleStageSchema = z.enum(LIFECYCLE_STAGES);
export type LifecycleStage = z.infer<typeof LifecycleStageSchema>;

/** Human labels for the stages. */
export const LIFECYCLE_STAGE_LABEL: Record<LifecycleStage, string> = {
  inception: 'Inception',
  design_development: 'Design and development',
  verification_validation: 'Verification and validation',
  deployment: 'Deployment',
  operation_monitoring: 'Operation and monitoring',
  re_evaluation: 'Re-evaluation',
  retirement: 'Retirement',
};

/** A stored EU AI Act classification: the answers, what the server concluded, when and by whom. */
export const StoredClassificationSchema = z.object({
  answers: ClassificationAnswersSchema,
  result: ClassificationResultSchema,
  classifiedAt: z.string().datetime(),
  classifiedBy: z.string().nullable(),
});
export type StoredClassification = z.infer<typeof StoredClassificationSchema>;

/** The classify request: only answers; a `riskClass` sent by a client is dropped (the server decides). */
export const ClassifyAiSystemSchema = z.object({ answers: ClassificationAnswersSchema });
export type ClassifyAiSystemInput = z.input<typeof ClassifyAiSystemSchema>;

const ref = z.string().min(1).max(64);
const describedFields = {
  isoRoles: z.array(IsoAiRoleSchema).max(6),
  operatorRole: OperatorRoleSchema.nullable(),
  intendedUse: textString(20_000),
  foreseeableMisuse: textString(20_000),
  humanOversight: textString(20_000),
  deploymentContext: textString(20_000),
  modelIds: z.array(ref).max(200),
  datasetIds: z.array(ref).max(200),
  supplierIds: z.array(ref).max(200),
};

/** An AI system in the inventory (§4.1, A.4, A.6). */
export const AiSystemSchema = TenantEntitySchema.extend({
  name: z.string(),
  purpose: z.string(),
  description: z.string(),
  lifecycleStage: LifecycleStageSchema,
  ownerId: z.string().nullable(),
  /** ISO/IEC 22989 roles the organization holds for this system (§4.1). */
  isoRoles: z.array(IsoAiRoleSchema),
  /** EU AI Act Art. 3 operator role. */
  operatorRole: OperatorRoleSchema.nullable(),
  /** Computed by the server from the stored classification; never taken from a client. */
  riskClass: RiskClassSchema,
  classification: StoredClassificationSchema.nullable(),
  /** A.6.2.2 and A.9.4: intended use, and reasonably foreseeable misuse. */
  intendedUse: z.string(),
  foreseeableMisuse: z.string(),
  /** A.9.2 and EU AI Act Art. 14: how people oversee the system. */
  humanOversight: z.string(),
  deploymentContext: z.string(),
  modelIds: z.array(z.string()),
  datasetIds: z.array(z.string()),
  supplierIds: z.array(z.string()),
  archivedAt: z.string().datetime().nullable(),
});
export type AiSystem = z.infer<typeof AiSystemSchema>;

export const CreateAiSystemSchema = z
  .object({
    name: nameString(200),
    purpose: z.string().trim().min(1, 'say what the system is for').max(2000),
    description: textString(20_000).default(''),
    lifecycleStage: LifecycleStageSchema.default('inception'),
    ownerId: z.string().max(64).nullable().optional(),
    isoRoles: describedFields.isoRoles.default([]),
    operatorRole: describedFields.operatorRole.default(null),
    intendedUse: describedFields.intendedUse.default(''),
    foreseeableMisuse: describedFields.foreseeableMisuse.default(''),
    humanOversight: describedFields.humanOversight.default(''),
    deploymentContext: describedFields.deploymentContext.default(''),
    modelIds: describedFields.modelIds.default([]),
    datasetIds: describedFields.datasetIds.default([]),
    supplierIds: describedFields.supplierIds.default([]),
  })
  .strict();
export type CreateAiSystemInput = z.input<typeof CreateAiSystemSchema>;

export const UpdateAiSystemSchema = patchSchema({
  name: nameString(200),
  purpose: z.string().trim().min(1).max(2000),
  description: textString(20_000),
  lifecycleStage: LifecycleStageSchema,
  ownerId: z.string().max(64).nullable(),
  ...describedFields,
});
export type UpdateAiSystemInput = z.infer<typeof UpdateAiSystemSchema>;

/** Fields an AI system list may be sorted by. */
export const AI_SYSTEM_SORTS = ['name', 'createdAt', 'updatedAt', 'lifecycleStage', 'riskClass'] as const;

/** Extra filters of the AI system list. */
export const AiSystemFilterSchema = z.object({
  stage: LifecycleStageSchema.optional(),
  riskClass: RiskClassSchema.optional(),
  ownerId: z.string().max(64).optional(),
  supplierId: z.string().max(64).optional(),
  archived: z.enum(['true', 'false', 'all']).default('false'),
});
