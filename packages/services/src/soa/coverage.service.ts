// Crosswalk coverage for one organization (issue 3): its SoA and clause tracker judged against another framework.
import {
  assertCan,
  type Coverage,
  controlState,
  type FrameworkId,
  frameworkCoverage,
  stateOf,
  type WorkState,
} from '@openaims/core';
import type { OrgContext } from '../context.ts';
import { listClauseStatuses } from './clause.service.ts';
import { soaRepository } from './soa.repository.ts';
import { ensureSoaSeeded } from './soa-seed.ts';

/** How far the organization's ISO/IEC 42001 work covers `framework`, requirement by requirement, gaps included. */
export async function getCoverage(ctx: OrgContext, framework: FrameworkId): Promise<Coverage> {
  assertCan(ctx.role, 'soa:read');
  await ensureSoaSeeded(ctx.db, ctx.orgId);
  const states = new Map<string, WorkState>();
  for (const e of await soaRepository(ctx.db).listFull(ctx.orgId)) states.set(e.controlRef, controlState(e));
  for (const c of (await listClauseStatuses({ ...ctx, role: ctx.role })).items)
    states.set(c.clauseRef, stateOf(c.status));
  return frameworkCoverage(framework, states);
}
