// The deployment gate's question (§8.4, A.5.2; EU AI Act Art. 27): has this AI system an approved impact
// assessment, and if not, what is missing? Plain database reads so other modules can call it in their checks.
import {
  assertCan,
  ImpactContentSchema,
  type ImpactGate,
  type ImpactTemplate,
  impactProblems,
} from '@openaims/core';
import { type Db, tables } from '@openaims/db';
import { eq } from 'drizzle-orm';
import { inOrg } from '../common/in-org.ts';
import { notFound } from '../common/versioning.ts';
import type { OrgContext } from '../context.ts';
import { impactRepository } from './impact.repository.ts';

/** Whether the AI system has an approved impact assessment. */
export async function hasApprovedImpactAssessment(
  db: Db,
  orgId: string,
  aiSystemId: string,
): Promise<boolean> {
  return (await impactRepository(db).ofSystem(orgId, aiSystemId)).some((r) => r.status === 'approved');
}

/** `{ok}` when an approved assessment exists; otherwise the missing items, from the latest draft when there is one. */
export async function impactGate(db: Db, orgId: string, aiSystemId: string): Promise<ImpactGate> {
  const rows = await impactRepository(db).ofSystem(orgId, aiSystemId);
  if (rows.some((r) => r.status === 'approved')) return { ok: true, missing: [] };
  const latest = rows[0];
  if (!latest) return { ok: false, missing: ['an AI system impact assessment (ISO/IEC 42001 §6.1.4, §8.4)'] };
  const problems = impactProblems(
    ImpactContentSchema.parse(latest.content),
    latest.template as ImpactTemplate,
  ).map((p) => p.message);
  const step =
    latest.status === 'submitted'
      ? `approval of impact assessment #${latest.number}`
      : `submission and approval of impact assessment #${latest.number}`;
  return { ok: false, missing: [...problems, step] };
}

/** The gate for one AI system, for the web app and API (permission `impact:read`). */
export async function getImpactGate(ctx: OrgContext, aiSystemId: string): Promise<ImpactGate> {
  assertCan(ctx.role, 'impact:read');
  const { aiSystems } = tables;
  const [sys] = await ctx.db
    .select({ id: aiSystems.id })
    .from(aiSystems)
    .where(inOrg(aiSystems, ctx.orgId, eq(aiSystems.id, aiSystemId)));
  if (!sys) throw notFound('AI system', aiSystemId);
  return impactGate(ctx.db, ctx.orgId, aiSystemId);
}
