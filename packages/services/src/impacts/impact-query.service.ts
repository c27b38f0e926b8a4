// Reading impact assessments (§6.1.4, §8.4): the filtered list and one assessment.
import { assertCan, type ImpactAssessment, type ListQuery, type Page } from '@openaims/core';
import { readOneLoaded } from '../common/records.ts';
import type { OrgContext } from '../context.ts';
import { hydrateOne } from './impact.common.ts';
import { type ImpactListFilter, impactRepository } from './impact.repository.ts';

/** Impact assessments, filterable by AI system, status, and approved ones whose review is due. */
export async function listImpactAssessments(
  ctx: OrgContext,
  query: ListQuery & ImpactListFilter,
): Promise<Page<ImpactAssessment>> {
  assertCan(ctx.role, 'impact:read');
  const repo = impactRepository(ctx.db);
  const page = await repo.list(ctx.orgId, query);
  return { items: await repo.hydrate(ctx.orgId, page.items), nextCursor: page.nextCursor };
}

/** One impact assessment; another organization's id is NOT_FOUND. */
export const getImpactAssessment = readOneLoaded(
  'impact:read',
  'Impact assessment',
  impactRepository,
  (ctx, row): Promise<ImpactAssessment> => hydrateOne(ctx, ctx.db, row),
);
