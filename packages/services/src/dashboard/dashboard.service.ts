// The organization dashboard (issue 16): readiness, the risk picture, the AI inventory by EU AI Act class and
// stage with its deployment-gate gaps, the caller's tasks, what is overdue or coming up, and recent changes.
// Everything is counted or limited in SQL; the reminder scanner's finders say what falls due.
import {
  assertCan,
  type Dashboard,
  type DueEntry,
  entityUrl,
  evaluateDeploymentGate,
  type GateGap,
  LIVE_STAGES,
  type LifecycleStage,
  type RecentChange,
  type RiskClass,
  todayUtc,
} from '@openaims/core';
import { tables } from '@openaims/db';
import { and, asc, count, desc, eq, isNull, lt, or, sql } from 'drizzle-orm';
import { anyOf } from '../common/any-of.ts';
import { inOrg } from '../common/in-org.ts';
import type { OrgContext } from '../context.ts';
import { readDeploymentGateRules } from '../inventory/deployment-gate.service.ts';
import { findDueItems } from '../notifications/reminder.scanner.ts';
import { keptReadiness } from '../readiness/readiness.service.ts';
import { keepReadingInTrend } from '../readiness/readiness-trend.ts';
import { keptRiskSummary } from '../risks/risk-summary.service.ts';

const { aiSystems, impactAssessments, tasks, ledgerEntries, users, apiTokens } = tables;

/** How many gate gaps, due entries, tasks and changes the dashboard lists (counts cover everything). */
const LIST_LIMIT = 20;
const OPEN_TASK = ['open', 'in_progress'];

/** The dashboard's aggregates for the calling member (org:read; each part needs its module's read permission). */
export async function getDashboard(ctx: OrgContext, now: Date = new Date()): Promise<Dashboard> {
  assertCan(ctx.role, 'org:read');
  const today = todayUtc(now);
  const [readiness, risks, systems, myTasks, due, recentChanges] = await Promise.all([
    keptReadiness(ctx),
    keptRiskSummary(ctx),
    aiSystemPicture(ctx),
    myTaskSummary(ctx, today),
    findDueItems(ctx.db, ctx.orgId, today, { limit: LIST_LIMIT }),
    recent(ctx),
  ]);
  const org = `/orgs/${ctx.orgId}`;
  // The scanner's paths are inside the organization; open tasks have no page of their own but the dashboard's card.
  const entry = (d: (typeof due.overdue)[number]): DueEntry => ({
    kind: d.kind,
    title: d.title,
    dueDate: d.dueDate,
    url: d.path === '/tasks' ? org : `${org}${d.path}`,
  });
  const statuses = ['missing', 'draft', 'approved', 'stale'] as const;
  const byStatus = statuses.map((status) => ({
    status,
    count: readiness.items.filter((i) => i.status === status).length,
  }));
  // Reading the dashboard is what records the day's score; the trend then includes today.
  const trend = await keepReadingInTrend(ctx.db, ctx.orgId, {
    day: today,
    score: readiness.score,
    byStatus: Object.fromEntries(byStatus.map((s) => [s.status, s.count])),
    at: now,
  });
  return {
    today,
    readiness: { score: readiness.score, byStatus, blockers: readiness.blockers, trend },
    risks,
    aiSystems: systems,
    myTasks,
    overdue: due.overdue.map(entry),
    upcoming: due.upcoming.map(entry),
    recentChanges,
  };
}

async function aiSystemPicture(ctx: OrgContext): Promise<Dashboard['aiSystems']> {
  assertCan(ctx.role, 'ai_system:read');
  const { db, orgId } = ctx;
  const live = inOrg(aiSystems, orgId, isNull(aiSystems.archivedAt));
  const approved = db
    .select({ one: sql`1` })
    .from(impactAssessments)
    .where(
      inOrg(
        impactAssessments,
        orgId,
        eq(impactAssessments.aiSystemId, aiSystems.id),
        eq(impactAssessments.status, 'approved'),
      ),
    );
  const [byClass, byStage, candidates, rules] = await Promise.all([
    db
      .select({ riskClass: aiSystems.riskClass, count: count() })
      .from(aiSystems)
      .where(live)
      .groupBy(aiSystems.riskClass)
      .orderBy(aiSystems.riskClass),
    db
      .select({ lifecycleStage: aiSystems.lifecycleStage, count: count() })
      .from(aiSystems)
      .where(live)
      .groupBy(aiSystems.lifecycleStage)
      .orderBy(aiSystems.lifecycleStage),
    // High-risk (or prohibited) systems at any stage, and every system already in use (A.6.2.5, §8.4).
    db
      .select({
        id: aiSystems.id,
        name: aiSystems.name,
        riskClass: aiSystems.riskClass,
        lifecycleStage: aiSystems.lifecycleStage,
        isClassified: sql<boolean>`${aiSystems.classification} is not null`.mapWith(Boolean),
        hasApproved: sql<boolean>`exists (${approved})`.mapWith(Boolean),
      })
      .from(aiSystems)
      .where(
        and(
          live,
          or(
            anyOf(aiSystems.riskClass, ['high', 'prohibited']),
            anyOf(aiSystems.lifecycleStage, [...LIVE_STAGES]),
          ),
        ),
      )
      .orderBy(asc(aiSystems.name), asc(aiSystems.id)),
    readDeploymentGateRules(db, orgId),
  ]);
  const gateGaps: GateGap[] = [];
  for (const s of candidates) {
    const verdict = evaluateDeploymentGate(rules, {
      riskClass: s.riskClass as RiskClass,
      isClassified: s.isClassified,
      hasApprovedImpactAssessment: s.hasApproved,
    });
    if (verdict.ok) continue;
    gateGaps.push({
      id: s.id,
      name: s.name,
      riskClass: s.riskClass as RiskClass,
      lifecycleStage: s.lifecycleStage as LifecycleStage,
      missing: verdict.missing.map((m) => ({ key: m.key, message: m.message })),
      url: `/orgs/${orgId}/ai-systems/${s.id}`,
    });
    if (gateGaps.length >= LIST_LIMIT) break;
  }
  return {
    total: byClass.reduce((n, r) => n + r.count, 0),
    byClass: byClass.map((r) => ({ riskClass: r.riskClass as RiskClass, count: r.count })),
    byStage: byStage.map((r) => ({ lifecycleStage: r.lifecycleStage as LifecycleStage, count: r.count })),
    gateGaps,
  };
}

/** The caller's open tasks: the person behind a token counts as its creator. */
async function myTaskSummary(ctx: OrgContext, today: string): Promise<Dashboard['myTasks']> {
  assertCan(ctx.role, 'task:read');
  const userId = ctx.actor.userId ?? (ctx.actor.type === 'user' ? ctx.actor.id : null);
  if (!userId) return { count: 0, overdue: 0, items: [] };
  const mine = inOrg(tasks, ctx.orgId, eq(tasks.ownerId, userId), anyOf(tasks.status, OPEN_TASK));
  const [counts, rows] = await Promise.all([
    ctx.db
      .select({
        count: count(),
        overdue: sql<number>`count(*) filter (where ${lt(tasks.dueDate, today)})`.mapWith(Number),
      })
      .from(tasks)
      .where(mine),
    ctx.db
      .select({
        id: tasks.id,
        title: tasks.title,
        dueDate: tasks.dueDate,
        st: tasks.sourceType,
        si: tasks.sourceId,
      })
      .from(tasks)
      .where(mine)
      .orderBy(sql`${tasks.dueDate} asc nulls last`, asc(tasks.id))
      .limit(LIST_LIMIT),
  ]);
  return {
    count: counts[0]?.count ?? 0,
    overdue: counts[0]?.overdue ?? 0,
    items: rows.map((r) => ({
      id: r.id,
      title: r.title,
      dueDate: r.dueDate,
      url: r.st && r.si ? entityUrl(ctx.orgId, r.st, r.si) : null,
    })),
  };
}

/** The latest ledger entries with the actor's name: a person's name, a token's name, or "System". */
async function recent(ctx: OrgContext): Promise<RecentChange[]> {
  assertCan(ctx.role, 'ledger:read');
  const rows = await ctx.db
    .select({
      seq: ledgerEntries.seq,
      at: ledgerEntries.at,
      action: ledgerEntries.action,
      entityType: ledgerEntries.entityType,
      entityId: ledgerEntries.entityId,
      actorType: ledgerEntries.actorType,
      userName: users.name,
      tokenName: apiTokens.name,
    })
    .from(ledgerEntries)
    .leftJoin(users, and(eq(ledgerEntries.actorType, 'user'), eq(users.id, ledgerEntries.actorId)))
    .leftJoin(
      apiTokens,
      and(
        eq(ledgerEntries.actorType, 'token'),
        eq(apiTokens.id, ledgerEntries.actorId),
        eq(apiTokens.organizationId, ledgerEntries.organizationId),
      ),
    )
    .where(inOrg(ledgerEntries, ctx.orgId))
    .orderBy(desc(ledgerEntries.seq))
    .limit(LIST_LIMIT);
  return rows.map((r) => ({
    seq: r.seq,
    at: r.at.toISOString(),
    action: r.action,
    entityType: r.entityType,
    entityId: r.entityId,
    actorName:
      r.actorType === 'system'
        ? 'System'
        : (r.userName ?? (r.tokenName ? `API token “${r.tokenName}”` : 'Former member')),
    url: entityUrl(ctx.orgId, r.entityType, r.entityId),
  }));
}
