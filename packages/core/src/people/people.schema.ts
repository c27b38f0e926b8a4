// Competence (§7.2) and AI literacy (EU AI Act Art. 4): what each role must know, and training records that
// prove people have it.
import { z } from 'zod';
import { createBodySchema } from '../common/create-body.ts';
import { CalendarDateSchema } from '../common/dates.ts';
import { nameString, TenantEntitySchema, textString } from '../common/entity.ts';
import { ListQuerySchema } from '../common/pagination.ts';
import { updateBodySchema } from '../common/update-body.ts';

const isoDate = CalendarDateSchema;

/** §7.2 a: the competence a role affecting AI performance needs. */
export const CompetenceSchema = TenantEntitySchema.extend({
  /** The role or function, e.g. "ML engineer", "Human overseer of the hiring tool". */
  role: z.string(),
  title: z.string(),
  description: z.string(),
  /** Counts toward the EU AI Act Art. 4 AI-literacy duty. */
  aiLiteracy: z.boolean(),
  /** How often it must be renewed, in months; null when once is enough. */
  renewalMonths: z.number().int().nullable(),
  archivedAt: z.string().datetime().nullable(),
});
export type Competence = z.infer<typeof CompetenceSchema>;

/** What a person edits on a competence. */
const competenceFields = {
  role: nameString(200),
  title: nameString(300),
  description: textString(10_000),
  aiLiteracy: z.boolean(),
  renewalMonths: z.number().int().min(1).max(120).nullable(),
};

export const CreateCompetenceSchema = createBodySchema(competenceFields, {
  description: '',
  aiLiteracy: false,
  renewalMonths: null,
});
export type CreateCompetenceInput = z.input<typeof CreateCompetenceSchema>;
// The fields without their defaults, not `Create….partial()`: zod 4 still applies defaults inside partial(), which
// would reset every omitted field on a PATCH.
export const UpdateCompetenceSchema = updateBodySchema(competenceFields);
export type UpdateCompetenceInput = z.input<typeof UpdateCompetenceSchema>;

export const COMPETENCE_SORTS = ['title', 'role', 'createdAt', 'updatedAt'] as const;
export const CompetenceListQuerySchema = ListQuerySchema.extend({
  archived: z.enum(['true', 'false', 'all']).optional(),
});

/** §7.2 d: a record that a person acquired a competence (training, qualification, experience). */
export const TrainingSchema = TenantEntitySchema.extend({
  competenceId: z.string(),
  /** A member of the organization, or null for someone without an account (named in `personName`). */
  userId: z.string().nullable(),
  personName: z.string(),
  activity: z.string(),
  completedOn: z.string(),
  /** Computed on the server from the competence's renewal interval. */
  validUntil: z.string().nullable(),
  note: z.string(),
});
export type Training = z.infer<typeof TrainingSchema>;

export const CreateTrainingSchema = z
  .object({
    competenceId: z.string().min(1).max(64),
    userId: z.string().max(64).nullable().default(null),
    personName: z.string().trim().max(200).default(''),
    activity: nameString(300),
    completedOn: isoDate,
    note: textString(2000).default(''),
  })
  .strict();
export type CreateTrainingInput = z.input<typeof CreateTrainingSchema>;

export const TRAINING_SORTS = ['completedOn', 'createdAt', 'personName'] as const;
export const TrainingListQuerySchema = ListQuerySchema.extend({
  competenceId: z.string().max(64).optional(),
  userId: z.string().max(64).optional(),
});

/** How far a competence is covered: people trained and how many of those records are still valid. */
export const CompetenceCoverageSchema = z.object({
  competenceId: z.string(),
  trained: z.number().int(),
  valid: z.number().int(),
  expired: z.number().int(),
});
export type CompetenceCoverage = z.infer<typeof CompetenceCoverageSchema>;
