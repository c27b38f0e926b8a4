// Gathers the facts the readiness rules read (cl. 4–10 mandatory documented information) with a few aggregate
// queries, then evaluates them with the pure rules in core. Nothing is stored: readiness is always live.
import { assertCan, evaluateReadiness, type Readiness, type ReadinessFacts, todayUtc } from '@openaims/core';
import { type Db, tables } from '@openaims/db';
import { and, eq, sql } from 'drizzle-orm';
import { recordsRevision } from '../common/collection-revision.ts';
import { inOrg } from '../common/in-org.ts';
import { keptAnswer } from '../common/kept-answers.ts';
import type { OrgContext } from '../context.ts';
import { managementReviewSummary } from '../management-reviews/management-review.service.ts';
import { peopleRepository } from '../people/people.repository.ts';
import { getSoaApprovalState } from '../soa/soa-version.service.ts';

const { risks, riskCriteria, impactAssessments, aiSystems, soaEntries, objectives, objectiveMeasurements } =
  tables;

const n = (v: unknown) => Number(v ?? 0);

async function soaFacts(ctx: OrgContext): Promise<ReadinessFacts['soa']> {
  const state = await getSoaApprovalState(ctx);
  const [row] = await ctx.db
    .select({
      total: sql<number>`count(*)`,
      // An entry is decided once it is excluded, says why it is included (§6.1.3 d), or its implementation began.
      decided: sql<number>`count(*) filter (where not ${soaEntries.applicable} or trim(${soaEntries.justification}) <> '' or ${soaEntries.implementationStatus} <> 'not_started')`,
      unjustified: sql<number>`count(*) filter (where not ${soaEntries.applicable} and trim(${soaEntries.justification}) = '')`,
    })
    .from(soaEntries)
    .where(inOrg(soaEntries, ctx.orgId));
  return {
    total: n(row?.total),
    decided: n(row?.decided),
    excludedWithoutJustification: n(row?.unjustified),
    approvedAt: state.approvedVersion?.approvedAt ?? null,
    changedSinceApproval: state.changedSinceApproval,
  };
}

async function riskFacts(db: Db, orgId: string, today: string): Promise<ReadinessFacts['risks']> {
  const [row] = await db
    .select({
      total: sql<number>`count(*)`,
      reassess: sql<number>`count(*) filter (where ${risks.needsReassessment})`,
      overdue: sql<number>`count(*) filter (where ${risks.reviewDate} < ${today})`,
      treated: sql<number>`count(*) filter (where ${risks.treatmentOption} is not null)`,
      planApproved: sql<number>`count(*) filter (where ${risks.treatmentApprovedAt} is not null)`,
      accepted: sql<number>`count(*) filter (where ${risks.acceptedAt} is not null)`,
      rated: sql<number>`count(*) filter (where ${risks.treatmentOption} is not null and (${risks.residualScore} is not null or ${risks.treatmentOption} = 'accept'))`,
    })
    .from(risks)
    .where(inOrg(risks, orgId, sql`${risks.status} <> 'closed'`));
  return {
    total: n(row?.total),
    needingReassessment: n(row?.reassess),
    reviewOverdue: n(row?.overdue),
    withTreatment: n(row?.treated),
    planApproved: n(row?.planApproved),
    accepted: n(row?.accepted),
    residualRated: n(row?.rated),
  };
}

async function impactFacts(db: Db, orgId: string, today: string): Promise<ReadinessFacts['impacts']> {
  const active = inOrg(
    aiSystems,
    orgId,
    sql`${aiSystems.archivedAt} is null`,
    sql`${aiSystems.lifecycleStage} <> 'retirement'`,
  );
  const [sys] = await db.select({ count: sql<number>`count(*)` }).from(aiSystems).where(active);
  const [ia] = await db
    .select({
      withApproved: sql<number>`count(distinct ${impactAssessments.aiSystemId}) filter (where ${impactAssessments.status} = 'approved')`,
      drafts: sql<number>`count(*) filter (where ${impactAssessments.status} in ('draft', 'submitted'))`,
      overdue: sql<number>`count(*) filter (where ${impactAssessments.status} = 'approved' and ${impactAssessments.nextReviewDate} < ${today})`,
    })
    .from(impactAssessments)
    .innerJoin(
      aiSystems,
      and(
        eq(aiSystems.id, impactAssessments.aiSystemId),
        eq(aiSystems.organizationId, impactAssessments.organizationId),
      ),
    )
    .where(inOrg(impactAssessments, orgId, active));
  return {
    systems: n(sys?.count),
    systemsWithApproved: n(ia?.withApproved),
    drafts: n(ia?.drafts),
    reviewOverdue: n(ia?.overdue),
  };
}

async function objectiveFacts(db: Db, orgId: string): Promise<ReadinessFacts['objectives']> {
  const [o] = await db
    .select({
      active: sql<number>`count(*) filter (where ${objectives.status} in ('active', 'achieved'))`,
      drafts: sql<number>`count(*) filter (where ${objectives.status} = 'draft')`,
    })
    .from(objectives)
    .where(inOrg(objectives, orgId, sql`${objectives.archivedAt} is null`));
  const [m] = await db
    .select({ latest: sql<string | null>`max(${objectiveMeasurements.measuredAt})::text` })
    .from(objectiveMeasurements)
    .where(inOrg(objectiveMeasurements, orgId));
  return { active: n(o?.active), drafts: n(o?.drafts), latestMeasurement: m?.latest ?? null };
}

async function competenceFacts(db: Db, orgId: string, today: string): Promise<ReadinessFacts['competence']> {
  const { competences } = tables;
  const active = await db
    .select({ id: competences.id })
    .from(competences)
    .where(inOrg(competences, orgId, sql`${competences.archivedAt} is null`));
  const coverage = new Map(
    (await peopleRepository(db).coverage(orgId, today)).map((c) => [c.competenceId, c]),
  );
  const of = (id: string) => coverage.get(id);
  return {
    requirements: active.length,
    covered: active.filter((c) => (of(c.id)?.valid ?? 0) > 0).length,
    expiredOnly: active.filter((c) => (of(c.id)?.trained ?? 0) > 0 && of(c.id)?.valid === 0).length,
  };
}

async function nonconformityFacts(db: Db, orgId: string) {
  const { nonconformities } = tables;
  const [row] = await db
    .select({
      total: sql<number>`count(*)`,
      closed: sql<number>`count(*) filter (where ${nonconformities.status} = 'closed')`,
      openMajor: sql<number>`count(*) filter (where ${nonconformities.status} <> 'closed' and ${nonconformities.severity} = 'major')`,
    })
    .from(nonconformities)
    .where(inOrg(nonconformities, orgId));
  return { total: n(row?.total), closed: n(row?.closed), openMajor: n(row?.openMajor) };
}

async function auditFacts(db: Db, orgId: string) {
  const { audits } = tables;
  const [row] = await db
    .select({
      planned: sql<number>`count(*) filter (where ${audits.status} in ('planned', 'in_progress'))`,
      completed: sql<number>`count(*) filter (where ${audits.status} = 'completed')`,
      last: sql<
        Date | string | null
      >`max(${audits.completedAt}) filter (where ${audits.status} = 'completed')`,
    })
    .from(audits)
    .where(inOrg(audits, orgId));
  const last = row?.last ? new Date(row.last).toISOString() : null;
  return { planned: n(row?.planned), completed: n(row?.completed), lastCompletedAt: last };
}

/** Documents marked as an item of mandatory documented information; one with an approved version counts as approved. */
async function documentFacts(db: Db, orgId: string): Promise<ReadinessFacts['documents']> {
  const { documents } = tables;
  const rows = await db
    .select({
      id: documents.id,
      title: documents.title,
      mandatoryKey: documents.mandatoryKey,
      status: documents.status,
      currentVersionId: documents.currentVersionId,
      nextReviewDate: documents.nextReviewDate,
    })
    .from(documents)
    .where(inOrg(documents, orgId, sql`${documents.mandatoryKey} is not null`));
  return rows.map((d) => ({
    id: d.id,
    title: d.title,
    mandatoryKey: d.mandatoryKey,
    status: d.currentVersionId ? 'approved' : (d.status as 'draft' | 'in_review'),
    nextReviewDate: d.nextReviewDate,
  }));
}

/** Current (non-archived) evidence linked to a clause, read from the one link table in either direction. */
async function evidenceFacts(db: Db, orgId: string): Promise<ReadinessFacts['evidence']> {
  const { evidence, entityLinks: l } = tables;
  const rows = await db
    .select({
      id: evidence.id,
      title: evidence.title,
      validUntil: evidence.validUntil,
      clauseRef: sql<string>`case when ${l.fromType} = 'clause' then ${l.fromId} else ${l.toId} end`,
    })
    .from(l)
    .innerJoin(
      evidence,
      and(
        eq(evidence.organizationId, l.organizationId),
        sql`${evidence.id} = case when ${l.fromType} = 'evidence' then ${l.fromId} else ${l.toId} end`,
      ),
    )
    .where(
      inOrg(
        l,
        orgId,
        sql`((${l.fromType} = 'evidence' and ${l.toType} = 'clause') or (${l.fromType} = 'clause' and ${l.toType} = 'evidence'))`,
        sql`${evidence.archivedAt} is null`,
      ),
    );
  return rows;
}

/** Gathers the live facts for the readiness rules. */
export async function gatherReadinessFacts(ctx: OrgContext, today: string): Promise<ReadinessFacts> {
  // The aggregates are independent: on PostgreSQL they run side by side on the pool's connections, so the
  // view costs its slowest statement rather than the sum (issue 17); PGlite runs them one after another anyway.
  const [
    documents,
    evidence,
    soa,
    riskRows,
    impacts,
    objectiveRows,
    competence,
    ncs,
    criteria,
    reviews,
    audits,
  ] = await Promise.all([
    documentFacts(ctx.db, ctx.orgId),
    evidenceFacts(ctx.db, ctx.orgId),
    soaFacts(ctx),
    riskFacts(ctx.db, ctx.orgId, today),
    impactFacts(ctx.db, ctx.orgId, today),
    objectiveFacts(ctx.db, ctx.orgId),
    competenceFacts(ctx.db, ctx.orgId, today),
    nonconformityFacts(ctx.db, ctx.orgId),
    // Every organization starts with the default 5×5 (version 1); a later version means it set its own (§6.1.1).
    ctx.db
      .select({ id: riskCriteria.id })
      .from(riskCriteria)
      .where(inOrg(riskCriteria, ctx.orgId, sql`${riskCriteria.number} > 1`))
      .limit(1),
    managementReviewSummary(ctx.db, ctx.orgId, today),
    auditFacts(ctx.db, ctx.orgId),
  ]);
  return {
    today,
    documents,
    evidence,
    soa,
    criteriaConfigured: criteria.length > 0,
    risks: riskRows,
    impacts,
    objectives: objectiveRows,
    competence,
    nonconformities: { total: ncs.total, closed: ncs.closed },
    openMajorNonconformities: ncs.openMajor,
    managementReviews: reviews,
    audits,
  };
}

/**
 * What the readiness view is built from, named: the organization's records (every tracked tenant table) and the
 * day its date rules are judged on. Equal revisions, equal `getReadiness` answers (issue 17).
 */
export async function readinessRevision(ctx: OrgContext, today = todayUtc()): Promise<string> {
  assertCan(ctx.role, 'readiness:read');
  return recordsRevision(ctx, today);
}

/** The certification-readiness view: the 19 mandatory items, blockers and a score (`GET …/readiness`). */
export async function getReadiness(ctx: OrgContext, today = todayUtc()): Promise<Readiness> {
  assertCan(ctx.role, 'readiness:read');
  return evaluateReadiness(await gatherReadinessFacts(ctx, today));
}

/**
 * The readiness view as `getReadiness` answers it, kept while the records revision (and the day) holds, when the
 * caller keeps answers: the dashboard shows it on every visit (see kept-answers.ts).
 */
export function keptReadiness(ctx: OrgContext, today = todayUtc()): Promise<Readiness> {
  return keptAnswer(
    ctx,
    'readiness',
    () => readinessRevision(ctx, today),
    () => getReadiness(ctx, today),
  );
}
