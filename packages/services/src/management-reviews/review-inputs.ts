// Gathers the §9.3.2 inputs of a management review from live data, one query per source, and shapes them with the
// pure rules in core. The same function gives the live preview (`…/inputs`) and the record frozen at the meeting.
import {
  type KpiResult,
  kpiStatus,
  type ReviewInputs,
  type ReviewPeriod,
  summarizeAudits,
  summarizeContextChanges,
  summarizeMonitoring,
  summarizeNonconformities,
  summarizeObjectives,
  summarizeOpportunities,
  summarizePreviousActions,
  summarizeRisks,
} from '@openaims/core';
import { type Db, tables } from '@openaims/db';
import { asc, eq, lte, sql } from 'drizzle-orm';
import { anyOf } from '../common/any-of.ts';
import { inOrg } from '../common/in-org.ts';
import { iso } from '../common/time.ts';

async function previousActions(db: Db, orgId: string, reviewIds: string[], p: ReviewPeriod) {
  const { tasks } = tables;
  const rows = reviewIds.length
    ? await db
        .select()
        .from(tasks)
        .where(
          inOrg(tasks, orgId, eq(tasks.sourceType, 'management_review'), anyOf(tasks.sourceId, reviewIds)),
        )
    : [];
  return summarizePreviousActions(
    rows.map((t) => ({
      id: t.id,
      title: t.title,
      status: t.status,
      ownerId: t.ownerId,
      dueDate: t.dueDate,
      reviewId: t.sourceId ?? '',
      updatedAt: t.updatedAt.toISOString(),
    })),
    p,
  );
}

async function contextChanges(db: Db, orgId: string, p: ReviewPeriod) {
  const { contextItems, contextProfiles } = tables;
  const rows = await db
    .select({
      id: contextItems.id,
      kind: contextItems.kind,
      title: contextItems.title,
      createdAt: contextItems.createdAt,
      updatedAt: contextItems.updatedAt,
      archivedAt: contextItems.archivedAt,
    })
    .from(contextItems)
    .where(inOrg(contextItems, orgId));
  const [profile] = await db
    .select({ updatedAt: contextProfiles.updatedAt })
    .from(contextProfiles)
    .where(inOrg(contextProfiles, orgId));
  return summarizeContextChanges(
    rows.map((r) => ({
      ...r,
      createdAt: r.createdAt.toISOString(),
      updatedAt: r.updatedAt.toISOString(),
      archivedAt: iso(r.archivedAt),
    })),
    p,
    iso(profile?.updatedAt ?? null),
  );
}

async function nonconformities(db: Db, orgId: string, p: ReviewPeriod) {
  const { nonconformities: ncs, correctiveActions: cas, incidents } = tables;
  const ncRows = await db
    .select({ status: ncs.status, severity: ncs.severity, createdAt: ncs.createdAt, closedAt: ncs.closedAt })
    .from(ncs)
    .where(inOrg(ncs, orgId));
  const caRows = await db
    .select({ status: cas.status, dueDate: cas.dueDate, effective: cas.effective, checkedAt: cas.checkedAt })
    .from(cas)
    .where(inOrg(cas, orgId, lte(cas.createdAt, new Date(p.to))));
  const incRows = await db
    .select({
      status: incidents.status,
      createdAt: incidents.createdAt,
      serious: sql<boolean>`(jsonb_array_length(${incidents.seriousCategories}) > 0 or ${incidents.widespread})`,
    })
    .from(incidents)
    .where(inOrg(incidents, orgId));
  return summarizeNonconformities(
    ncRows.map((n) => ({ ...n, createdAt: n.createdAt.toISOString(), closedAt: iso(n.closedAt) })),
    caRows.map((a) => ({ ...a, checkedAt: iso(a.checkedAt) })),
    incRows.map((i) => ({ ...i, serious: Boolean(i.serious), createdAt: i.createdAt.toISOString() })),
    p,
  );
}

/** Objectives (not archived) and each KPI's latest measurement recorded up to the end of the period. */
async function objectivesAndKpis(db: Db, orgId: string, p: ReviewPeriod) {
  const { objectives, objectiveMeasurements: m } = tables;
  const objs = await db
    .select()
    .from(objectives)
    .where(inOrg(objectives, orgId, sql`${objectives.archivedAt} is null`))
    .orderBy(asc(objectives.id));
  const to = new Date(p.to);
  const latest = await db
    .selectDistinctOn([m.objectiveId, m.kpiId], {
      objectiveId: m.objectiveId,
      kpiId: m.kpiId,
      value: m.value,
      measuredAt: m.measuredAt,
    })
    .from(m)
    .where(inOrg(m, orgId, lte(m.createdAt, to)))
    .orderBy(m.objectiveId, m.kpiId, sql`${m.measuredAt} desc`, sql`${m.createdAt} desc`);
  const [count] = await db
    .select({ n: sql<number>`count(*)` })
    .from(m)
    .where(inOrg(m, orgId, lte(m.createdAt, to), p.from ? sql`${m.createdAt} > ${p.from}` : undefined));
  const kpis: KpiResult[] = objs
    .filter((o) => o.status === 'active' || o.status === 'achieved')
    .flatMap((o) =>
      o.kpis.map((k) => {
        const l = latest.find((x) => x.objectiveId === o.id && x.kpiId === k.id);
        return {
          objectiveId: o.id,
          objectiveTitle: o.title,
          kpiId: k.id,
          name: k.name,
          unit: k.unit,
          target: k.target,
          value: l ? l.value : null,
          measuredAt: l ? String(l.measuredAt).slice(0, 10) : null,
          status: kpiStatus(k, l ? l.value : null),
        };
      }),
    );
  return { objs: objs.filter((o) => o.createdAt <= to), kpis, measurementsInPeriod: Number(count?.n ?? 0) };
}

async function riskChanges(db: Db, orgId: string, p: ReviewPeriod) {
  const { risks, ledgerEntries: l } = tables;
  const rows = await db
    .select({
      id: risks.id,
      title: risks.title,
      status: risks.status,
      inherentLevel: risks.inherentLevel,
      residualLevel: risks.residualLevel,
      createdAt: risks.createdAt,
      acceptedAt: risks.acceptedAt,
    })
    .from(risks)
    .where(inOrg(risks, orgId));
  // §9.3.2 d: a level change is read from the ledger, which keeps every update's from/to (the row keeps only now).
  const changes = await db
    .select({ riskId: l.entityId, at: l.at, data: l.data })
    .from(l)
    .where(
      inOrg(
        l,
        orgId,
        eq(l.entityType, 'risk'),
        sql`(${l.data}->'changes'->'inherentLevel') is not null`,
        lte(l.at, new Date(p.to)),
        p.from ? sql`${l.at} > ${p.from}` : undefined,
      ),
    );
  return summarizeRisks(
    rows.map((r) => ({ ...r, createdAt: r.createdAt.toISOString(), acceptedAt: iso(r.acceptedAt) })),
    changes.map((c) => {
      const lvl = (c.data as { changes: { inherentLevel: { from: unknown; to: unknown } } }).changes
        .inherentLevel;
      const s = (v: unknown) => (typeof v === 'string' ? v : null);
      return { riskId: c.riskId, at: c.at.toISOString(), from: s(lvl.from), to: s(lvl.to) };
    }),
    p,
  );
}

/** §9.3.2 c 2: metric alerts raised in the period, and those unresolved at its end (A.6.2.6). */
async function alertCounts(db: Db, orgId: string, p: ReviewPeriod) {
  const { alerts } = tables;
  const [row] = await db
    .select({
      raised: p.from
        ? sql<number>`count(*) filter (where ${alerts.createdAt} > ${p.from})`
        : sql<number>`count(*)`,
      open: sql<number>`count(*) filter (where ${alerts.resolvedAt} is null or ${alerts.resolvedAt} > ${p.to})`,
    })
    .from(alerts)
    .where(inOrg(alerts, orgId, lte(alerts.createdAt, new Date(p.to))));
  return { raisedInPeriod: Number(row?.raised ?? 0), open: Number(row?.open ?? 0) };
}

/** §9.3.2 c 3: audits and their findings as they stood at the end of the period. */
async function auditResults(db: Db, orgId: string, p: ReviewPeriod) {
  const { audits, findings } = tables;
  const to = new Date(p.to);
  const auditRows = await db
    .select({ id: audits.id, title: audits.title, status: audits.status, completedAt: audits.completedAt })
    .from(audits)
    .where(inOrg(audits, orgId, lte(audits.createdAt, to)));
  const findingRows = await db
    .select({
      id: findings.id,
      title: findings.title,
      kind: findings.kind,
      status: findings.status,
      auditId: findings.auditId,
    })
    .from(findings)
    .where(inOrg(findings, orgId, lte(findings.createdAt, to)));
  return {
    summary: summarizeAudits(
      auditRows.map((a) => ({ ...a, completedAt: iso(a.completedAt) })),
      findingRows,
      p,
    ),
    opportunities: findingRows
      .filter((f) => f.kind === 'opportunity' && f.status !== 'closed')
      .map((f) => ({ id: f.id, title: f.title, source: 'audit' })),
  };
}

async function opportunities(db: Db, orgId: string, p: ReviewPeriod) {
  const { contextItems } = tables;
  const rows = await db
    .select({ id: contextItems.id, title: contextItems.title })
    .from(contextItems)
    .where(
      inOrg(
        contextItems,
        orgId,
        eq(contextItems.effect, 'opportunity'),
        lte(contextItems.createdAt, new Date(p.to)),
        sql`(${contextItems.archivedAt} is null or ${contextItems.archivedAt} > ${p.to})`,
      ),
    );
  return rows.map((r) => ({ ...r, source: 'context' }));
}

/** What the gatherer needs to know about the review and its place in the series. */
export interface InputsScope {
  reviewId: string;
  previousReviewId: string | null;
  /** Reviews before this one whose tasks are "actions from previous reviews". */
  earlierReviewIds: string[];
  period: ReviewPeriod;
}

/** Every §9.3.2 input for the period, as plain JSON ready to be frozen. */
export async function gatherReviewInputs(db: Db, orgId: string, scope: InputsScope): Promise<ReviewInputs> {
  const p = scope.period;
  const { objs, kpis, measurementsInPeriod } = await objectivesAndKpis(db, orgId, p);
  const audits = await auditResults(db, orgId, p);
  const opp = [...(await opportunities(db, orgId, p)), ...audits.opportunities];
  return {
    format: 'openaims.management-review-inputs/1',
    reviewId: scope.reviewId,
    previousReviewId: scope.previousReviewId,
    period: p,
    previousActions: await previousActions(db, orgId, scope.earlierReviewIds, p),
    contextChanges: await contextChanges(db, orgId, p),
    nonconformities: await nonconformities(db, orgId, p),
    // Monitoring results (§9.1): the objectives' KPI measurements and the alerts of the metric streams.
    monitoring: summarizeMonitoring(kpis, measurementsInPeriod, await alertCounts(db, orgId, p)),
    audits: audits.summary,
    objectives: summarizeObjectives(
      objs.map((o) => ({ id: o.id, title: o.title, status: o.status, targetDate: o.targetDate })),
      kpis,
      p,
    ),
    risks: await riskChanges(db, orgId, p),
    opportunities: summarizeOpportunities(opp),
  };
}
