// Comments on records — requests for information (issue 11 item 3, §9.2.2): an auditor asks about a record, a lead
// answers; the record itself never changes.
import { z } from 'zod';
import { TenantEntitySchema } from '../common/entity.ts';
import { ListQuerySchema } from '../common/pagination.ts';
import { byAtFields } from '../common/stamps.ts';

/** The kinds of record a comment may name. */
export const COMMENT_TARGET_TYPES = [
  'risk',
  'ai_system',
  'impact_assessment',
  'document',
  'evidence',
  'nonconformity',
  'incident',
  'objective',
  'task',
  'audit',
  'finding',
  'management_review',
  'context_item',
  'competence',
  'metric',
] as const;
export type CommentTargetType = (typeof COMMENT_TARGET_TYPES)[number];

export const COMMENT_STATUSES = ['open', 'answered'] as const;

/** A comment as the API returns it. */
export const CommentSchema = TenantEntitySchema.extend({
  targetType: z.enum(COMMENT_TARGET_TYPES),
  targetId: z.string(),
  body: z.string(),
  status: z.enum(COMMENT_STATUSES),
  createdBy: z.string().nullable(),
  answer: z.string().nullable(),
  ...byAtFields('answered'),
});
export type Comment = z.infer<typeof CommentSchema>;

/** `POST …/comments`: the record asked about and the question. */
export const CreateCommentSchema = z.strictObject({
  targetType: z.enum(COMMENT_TARGET_TYPES),
  targetId: z.string().trim().min(1).max(64),
  body: z.string().trim().min(1, 'required').max(10_000),
});
export type CreateCommentInput = z.input<typeof CreateCommentSchema>;

/** `POST …/comments/{id}/answer`. */
export const AnswerCommentSchema = z.strictObject({
  answer: z.string().trim().min(1, 'required').max(10_000),
});
export type AnswerCommentInput = z.input<typeof AnswerCommentSchema>;

/** `GET …/comments`: filter by record and status. */
export const CommentListQuerySchema = ListQuerySchema.pick({ limit: true, cursor: true }).extend({
  targetType: z.enum(COMMENT_TARGET_TYPES).optional(),
  targetId: z.string().max(64).optional(),
  status: z.enum(COMMENT_STATUSES).optional(),
});
export type CommentListQuery = z.infer<typeof CommentListQuerySchema>;
