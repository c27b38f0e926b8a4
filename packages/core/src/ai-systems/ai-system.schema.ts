import { z } from 'zod';
import { EntityBaseSchema, nameString, textString } from '../common/entity.ts';

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

/** An AI system in the inventory (§4.1, A.4, A.6). */
export const AiSystemSchema = EntityBaseSchema.extend({
  organizationId: z.string(),
  name: z.string(),
  purpose: z.string(),
  description: z.string(),
  lifecycleStage: LifecycleStageSchema,
  ownerId: z.string().nullable(),
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
  })
  .strict();
export type CreateAiSystemInput = z.input<typeof CreateAiSystemSchema>;

export const UpdateAiSystemSchema = z
  .object({
    name: nameString(200),
    purpose: z.string().trim().min(1).max(2000),
    description: textString(20_000),
    lifecycleStage: LifecycleStageSchema,
    ownerId: z.string().max(64).nullable(),
  })
  .partial()
  .strict()
  .refine((v) => Object.keys(v).length > 0, 'send at least one field to change');
export type UpdateAiSystemInput = z.infer<typeof UpdateAiSystemSchema>;

/** Fields an AI system list may be sorted by. */
export const AI_SYSTEM_SORTS = ['name', 'createdAt', 'updatedAt', 'lifecycleStage'] as const;

/** Extra filters of the AI system list. */
export const AiSystemFilterSchema = z.object({
  stage: LifecycleStageSchema.optional(),
  archived: z.enum(['true', 'false', 'all']).default('false'),
});
