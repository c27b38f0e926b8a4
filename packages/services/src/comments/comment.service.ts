// Comments on records — requests for information (issue 11 item 3): an auditor asks about a record of the
// organization, a lead answers. The record named is checked to exist in this organization and is never changed.
import {
  AnswerCommentSchema,
  AppError,
  assertCan,
  type Comment,
  type CommentListQuery,
  CommentSchema,
  type CommentTargetType,
  type CreateCommentInput,
  CreateCommentSchema,
  type Page,
} from '@openaims/core';
import { type Db, tables } from '@openaims/db';
import { eq } from 'drizzle-orm';
import type { PgColumn, PgTable } from 'drizzle-orm/pg-core';
import { actorId } from '../common/actor.ts';
import { commandService } from '../common/command-service.ts';
import { inOrg } from '../common/in-org.ts';
import { newestTenantPage } from '../common/newest-tenant-page.ts';
import { projection } from '../common/projection.ts';
import { recordStep } from '../common/recorded-step.ts';
import { createRecord, found, readOne } from '../common/records.ts';
import { tenantTable } from '../common/tenant-table.ts';
import type { OrgContext } from '../context.ts';

const { comments } = tables;
type Row = typeof comments.$inferSelect;
type Target = PgTable & { id: PgColumn; organizationId: PgColumn };

const TARGET_TABLES: Record<CommentTargetType, Target> = {
  risk: tables.risks,
  ai_system: tables.aiSystems,
  impact_assessment: tables.impactAssessments,
  document: tables.documents,
  evidence: tables.evidence,
  nonconformity: tables.nonconformities,
  incident: tables.incidents,
  objective: tables.objectives,
  task: tables.tasks,
  audit: tables.audits,
  finding: tables.findings,
  management_review: tables.managementReviews,
  context_item: tables.contextItems,
  competence: tables.competences,
  metric: tables.metrics,
};

const toComment: (r: Row) => Comment = projection(CommentSchema);

/** Throws RULE_VIOLATION (422) unless the named record exists in this organization (tenant isolation). */
async function assertTarget(db: Db, orgId: string, type: CommentTargetType, id: string): Promise<void> {
  const table = TARGET_TABLES[type];
  const [found] = await db
    .select({ id: table.id })
    .from(table)
    .where(inOrg(table, orgId, eq(table.id, id)))
    .limit(1);
  if (!found)
    throw new AppError('RULE_VIOLATION', `${id} is not a ${type} of this organization.`, {
      errors: [{ path: 'targetId', message: `not a ${type} of this organization` }],
    });
}

/** Lists comments, newest first, filtered by record and status. */
export async function listComments(ctx: OrgContext, query: CommentListQuery): Promise<Page<Comment>> {
  assertCan(ctx.role, 'comment:read');
  return newestTenantPage(ctx.db, query, {
    table: comments,
    orgId: ctx.orgId,
    prefix: 'cmt',
    filters: [
      query.targetType ? eq(comments.targetType, query.targetType) : undefined,
      query.targetId ? eq(comments.targetId, query.targetId) : undefined,
      query.status ? eq(comments.status, query.status) : undefined,
    ],
    toEntity: toComment,
  });
}

/** One comment; another organization's id is NOT_FOUND. */
export const getComment = readOne('comment:read', 'Comment', (db) => tenantTable(db, comments), toComment);

/** Raises a request for information on a record of this organization; the record is not changed. */
export async function createComment(ctx: OrgContext, input: CreateCommentInput): Promise<Comment> {
  assertCan(ctx.role, 'comment:create');
  const data = CreateCommentSchema.parse(input);
  return ctx.db.transaction(async (tx) => {
    await assertTarget(tx, ctx.orgId, data.targetType, data.targetId);
    return createRecord(ctx, tx, {
      into: tenantTable(tx, comments),
      kind: 'comment',
      entityType: 'comment',
      values: {
        ...data,
        status: 'open',
        createdBy: actorId(ctx),
        answer: null,
        answeredBy: null,
        answeredAt: null,
      },
      toEntity: toComment,
    });
  });
}

/** Answers a request for information (leads); answering again replaces the answer. */
export const answerComment = commandService({
  permission: 'comment:answer',
  schema: AnswerCommentSchema,
  run: async (ctx, tx, id, data): Promise<Comment> => {
    const repo = tenantTable(tx, comments);
    const row = await found(repo.find(ctx.orgId, id, { forUpdate: true }), 'Comment', id);
    const at = new Date();
    const updated = await recordStep(ctx, tx, {
      rows: repo,
      current: row,
      set: { answer: data.answer, status: 'answered', answeredBy: actorId(ctx), answeredAt: at },
      at,
      entityType: 'comment',
      action: 'comment.answered',
      data: (r) => ({ answer: toComment(r).answer }),
    });
    return toComment(updated);
  },
});
