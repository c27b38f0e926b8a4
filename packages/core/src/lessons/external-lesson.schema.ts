// External lessons (§6.1.2, §10.2; A.6.2.6): incidents that happened elsewhere — AI Incident Database rows — kept
// beside the risk register so a risk can cite what went wrong for others. Imported, never edited by hand.
import { z } from 'zod';
import { ListQuerySchema } from '../common/pagination.ts';

/** Where an external lesson came from. */
export const EXTERNAL_LESSON_SOURCES = ['aiid'] as const;

/** One incident from an outside register, as kept in the organization. */
export const ExternalLessonSchema = z.object({
  id: z.string(),
  organizationId: z.string(),
  source: z.enum(EXTERNAL_LESSON_SOURCES),
  externalId: z.string(),
  title: z.string(),
  /** The incident date as the source gives it, normalised to YYYY-MM-DD when it can be read. */
  date: z.string().nullable(),
  description: z.string(),
  /** http(s) only (a stored link is shown as a link). */
  url: z.string().nullable(),
  /** Every other column of the row, verbatim (taxonomy, harmed parties, severities …). */
  attributes: z.record(z.string(), z.unknown()),
  riskIds: z.array(z.string()),
  createdAt: z.string(),
  updatedAt: z.string(),
  version: z.number().int(),
});
export type ExternalLesson = z.infer<typeof ExternalLessonSchema>;

/** Sort fields of the external lessons list. */
export const EXTERNAL_LESSON_SORTS = ['title', 'externalId', 'createdAt'] as const;
/** Filters of `GET …/external-lessons`. */
export const ExternalLessonListQuerySchema = ListQuerySchema.extend({
  source: z.enum(EXTERNAL_LESSON_SOURCES).optional(),
  riskId: z.string().max(100).optional(),
});
export type ExternalLessonListQuery = z.infer<typeof ExternalLessonListQuerySchema>;

/** `POST …/imports/aiid`: `?dryRun=true` previews; `?riskId=` links every row to that risk. */
export const AiidImportQuerySchema = z.object({
  dryRun: z.enum(['true', 'false']).default('false'),
  riskId: z.string().trim().min(1).max(100).optional(),
});

/** What the AIID import did (or would do) to one incident row; `id` is null for one a dry run would create. */
export const AiidImportItemSchema = z.object({
  externalId: z.string(),
  title: z.string(),
  outcome: z.enum(['created', 'updated', 'unchanged', 'skipped']),
  id: z.string().nullable(),
  reason: z.string(),
  changes: z.array(z.string()).optional(),
  riskIds: z.array(z.string()),
});

/** The answer of `POST …/imports/aiid`. */
export const AiidImportResultSchema = z.object({
  kind: z.literal('aiid'),
  dryRun: z.boolean(),
  /** `AIID CSV` or `AIID JSON`. */
  format: z.string(),
  items: z.array(AiidImportItemSchema),
  totals: z.object({
    created: z.number().int(),
    updated: z.number().int(),
    unchanged: z.number().int(),
    skipped: z.number().int(),
  }),
  notes: z.array(z.string()),
});
export type AiidImportResult = z.infer<typeof AiidImportResultSchema>;
