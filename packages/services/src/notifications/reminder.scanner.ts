// The reminder scheduler (§9.1 monitoring, §7.5.2 review of documented information, EU AI Act Art. 73): reads what
// falls due from live data and tells each responsible person once per due date. The `reminders_sent` unique key
// makes a second scan (or a second process, or a restart) a no-op.
import {
  newId,
  REMINDER_TITLES,
  type ReminderKind,
  reminderHorizon,
  type TaskKind,
  type TaskSource,
  todayUtc,
} from '@openaims/core';
import { type Db, tables } from '@openaims/db';
import { and, eq, gte, isNotNull, isNull, lt, lte, ne, notExists, type SQL, sql } from 'drizzle-orm';
import type { PgColumn, PgSelect, PgTable } from 'drizzle-orm/pg-core';
import { anyOf } from '../common/any-of.ts';
import { inOrg } from '../common/in-org.ts';
import { SYSTEM_ACTOR } from '../context.ts';
import { appendLedger } from '../ledger/ledger.service.ts';
import { emitWebhookEvent } from '../webhooks/webhook-events.ts';
import { reminderEmail } from './email.templates.ts';
import { notifyMember } from './notification.service.ts';

/** Something that falls due, and who answers for it. */
export interface DueItem {
  orgId: string;
  kind: ReminderKind;
  entityType: string;
  entityId: string;
  title: string;
  dueDate: string;
  ownerId: string | null;
  /** Web path inside the organization, e.g. `/documents/doc_…`. */
  path: string;
  /** A task opened once per due date (reviews), so the work is tracked where work is tracked. */
  task?: { kind: TaskKind; source: TaskSource | null };
}

/**
 * Finds what falls due by `today`'s horizon, in every organization or, given `orgId`, in that one; given `limit`,
 * only the first `limit` overdue and the first `limit` still to come, by due date then id (the dashboard).
 */
type Finder = (db: Db, today: string, orgId?: string, limit?: number) => Promise<DueItem[]>;

/**
 * Runs a finder's statement once for everything due, or — with a limit — once for the overdue and once for the
 * rest, each cut in SQL: at 200,000 evidence records an organization had 27,000 due, which the dashboard read,
 * sorted and dropped for the 20 it shows (issue 17). Either way the rows come by due date, then id, in the
 * database's order, which the (organization, due date, id) indexes give without a sort.
 */
async function dueWindows<Q extends PgSelect>(
  due: PgColumn,
  id: PgColumn,
  today: string,
  limit: number | undefined,
  select: (when?: SQL) => Q,
): Promise<Awaited<Q>> {
  const ordered = (when?: SQL) => select(when).orderBy(due, id);
  if (limit === undefined) return (await ordered()) as Awaited<Q>;
  const [overdue, upcoming] = await Promise.all([
    ordered(lt(due, today)).limit(limit),
    ordered(gte(due, today)).limit(limit),
  ]);
  return [...overdue, ...upcoming] as Awaited<Q>;
}

/** The organization filter of a finder: none for the instance-wide scan. */
const orgFilter = (col: PgColumn, orgId: string | undefined) => (orgId ? eq(col, orgId) : undefined);

const {
  documents,
  evidence,
  risks,
  tasks,
  incidents,
  trainings,
  competences,
  impactAssessments,
  audits,
  managementReviews,
  members,
  users,
  organizations,
  remindersSent,
} = tables;

/**
 * One kind of reminder read from one table: the columns that hold its id, title, due date and owner, the
 * conditions that make a row live (not closed, not archived …), and where it is seen in the web app.
 */
interface DueSource {
  table: PgTable;
  org: PgColumn;
  id: PgColumn;
  title: PgColumn;
  due: PgColumn;
  owner: PgColumn | null;
  live: () => (SQL | undefined)[];
  entityType: string;
  path: (id: string) => string;
  /** Reviews open a task once per due date, so the work is tracked where work is tracked. */
  reviewTask?: TaskSource['entityType'];
}

/** A finder for one `DueSource`: rows due within the kind's lead time (or overdue), in one statement. */
function finderOf(kind: ReminderKind, src: DueSource): Finder {
  return async (db, today, orgId, limit) => {
    const rows = (await dueWindows(src.due, src.id, today, limit, (when) =>
      db
        .select({
          orgId: src.org,
          id: src.id,
          title: src.title,
          dueDate: src.due,
          ownerId: src.owner ?? sql<null>`null`,
        })
        .from(src.table)
        .where(
          and(
            orgFilter(src.org, orgId),
            isNotNull(src.due),
            lte(src.due, reminderHorizon(kind, today)),
            when,
            ...src.live(),
          ),
        )
        .$dynamic(),
    )) as { orgId: string; id: string; title: string; dueDate: string; ownerId: string | null }[];
    return rows.map((r) => ({
      ...r,
      kind,
      entityType: src.entityType,
      entityId: r.id,
      path: src.path(r.id),
      ...(src.reviewTask
        ? { task: { kind: 'review' as const, source: { entityType: src.reviewTask, entityId: r.id } } }
        : {}),
    }));
  };
}

const SOURCES: Record<Exclude<ReminderKind, 'competence_renewal'>, DueSource> = {
  document_review: {
    table: documents,
    org: documents.organizationId,
    id: documents.id,
    title: documents.title,
    due: documents.nextReviewDate,
    owner: documents.ownerId,
    live: () => [],
    entityType: 'document',
    path: (id) => `/documents/${id}`,
    reviewTask: 'document',
  },
  evidence_expiry: {
    table: evidence,
    org: evidence.organizationId,
    id: evidence.id,
    title: evidence.title,
    due: evidence.validUntil,
    owner: evidence.ownerId,
    live: () => [isNull(evidence.archivedAt)],
    entityType: 'evidence',
    path: (id) => `/evidence/${id}`,
  },
  risk_review: {
    table: risks,
    org: risks.organizationId,
    id: risks.id,
    title: risks.title,
    due: risks.reviewDate,
    owner: risks.ownerId,
    live: () => [ne(risks.status, 'closed')],
    entityType: 'risk',
    path: (id) => `/risks/${id}`,
    reviewTask: 'risk',
  },
  task_due: {
    table: tasks,
    org: tasks.organizationId,
    id: tasks.id,
    title: tasks.title,
    due: tasks.dueDate,
    owner: tasks.ownerId,
    live: () => [
      anyOf(tasks.status, ['open', 'in_progress']),
      // A task the scheduler opened was announced with its source's reminder: no second message.
      notExists(
        // The subquery needs no db handle of its own: it is rendered into the finder's statement.
        sql`(select 1 from ${remindersSent} where ${remindersSent.taskId} = ${tasks.id})`,
      ),
    ],
    entityType: 'task',
    path: () => '/tasks',
  },
  incident_report: {
    table: incidents,
    org: incidents.organizationId,
    id: incidents.id,
    title: incidents.title,
    due: incidents.reportingDeadline,
    owner: null,
    live: () => [ne(incidents.status, 'closed'), isNull(incidents.reportedOn)],
    entityType: 'incident',
    path: () => '/improvement',
  },
  impact_review: {
    table: impactAssessments,
    org: impactAssessments.organizationId,
    id: impactAssessments.id,
    title: impactAssessments.title,
    due: impactAssessments.nextReviewDate,
    owner: null,
    live: () => [eq(impactAssessments.status, 'approved')],
    entityType: 'impact_assessment',
    path: () => '/impacts',
  },
  audit_upcoming: {
    table: audits,
    org: audits.organizationId,
    id: audits.id,
    title: audits.title,
    due: audits.plannedStart,
    owner: audits.leadId,
    live: () => [eq(audits.status, 'planned')],
    entityType: 'audit',
    path: (id) => `/audits/${id}`,
  },
  management_review_due: {
    table: managementReviews,
    org: managementReviews.organizationId,
    id: managementReviews.id,
    title: managementReviews.title,
    due: managementReviews.plannedDate,
    owner: managementReviews.chairId,
    live: () => [eq(managementReviews.status, 'planned')],
    entityType: 'management_review',
    path: (id) => `/management-reviews/${id}`,
  },
};

const FINDERS: Record<ReminderKind, Finder> = {
  ...(Object.fromEntries(
    Object.entries(SOURCES).map(([kind, src]) => [kind, finderOf(kind as ReminderKind, src)]),
  ) as Record<keyof typeof SOURCES, Finder>),
  // A training's title is its competence's, with the person: the one finder that joins.
  competence_renewal: async (db, today, orgId, limit) => {
    const rows = await dueWindows(trainings.validUntil, trainings.id, today, limit, (when) =>
      db
        .select({ t: trainings, competence: competences.title })
        .from(trainings)
        .innerJoin(competences, eq(competences.id, trainings.competenceId))
        .where(
          and(
            orgFilter(trainings.organizationId, orgId),
            isNotNull(trainings.validUntil),
            lte(trainings.validUntil, reminderHorizon('competence_renewal', today)),
            when,
          ),
        )
        .$dynamic(),
    );
    return rows.map(({ t, competence }) => ({
      orgId: t.organizationId,
      kind: 'competence_renewal',
      entityType: 'training',
      entityId: t.id,
      title: `${competence}${t.personName ? ` (${t.personName})` : ''}`,
      dueDate: t.validUntil!,
      ownerId: t.userId,
      path: '/people',
    }));
  },
};

/**
 * What of one organization falls due within its reminder lead time as of `today`, or is overdue, by due date: all
 * of it, or with `limit` the first `limit` overdue and the first `limit` still to come.
 */
export async function findDueItems(
  db: Db,
  orgId: string,
  today: string,
  opts: { limit?: number } = {},
): Promise<{ overdue: DueItem[]; upcoming: DueItem[] }> {
  // Each finder's rows are in order already; a stable sort by due date alone keeps that order among equal dates
  // (then the finders' order), so the first items are the same whether the finders cut their rows or not.
  const all = (await Promise.all(Object.values(FINDERS).map((find) => find(db, today, orgId, opts.limit))))
    .flat()
    .sort((a, b) => (a.dueDate < b.dueDate ? -1 : a.dueDate > b.dueDate ? 1 : 0));
  const cut = (items: DueItem[]) => (opts.limit === undefined ? items : items.slice(0, opts.limit));
  return {
    overdue: cut(all.filter((d) => d.dueDate < today)),
    upcoming: cut(all.filter((d) => d.dueDate >= today)),
  };
}

/** Who is told: the owner while a member, otherwise the organization's owners and administrators. */
async function recipients(db: Db, orgId: string, ownerId: string | null) {
  const rows = await db
    .select({ userId: members.userId, role: members.role, email: users.email, disabledAt: users.disabledAt })
    .from(members)
    .innerJoin(users, eq(users.id, members.userId))
    .where(inOrg(members, orgId));
  const live = rows.filter((r) => !r.disabledAt);
  const owner = ownerId ? live.filter((r) => r.userId === ownerId) : [];
  return owner.length ? owner : live.filter((r) => r.role === 'owner' || r.role === 'admin');
}

/** Options of a scan. */
export interface ScanOptions {
  now?: Date;
  /** Whether e-mail is configured (reminder e-mails are queued only then). */
  mailEnabled: boolean;
  /** Base URL of the web app for links in e-mails. */
  publicUrl?: string;
  /** Scan only these kinds (tests). */
  kinds?: ReminderKind[];
}

/** What a scan did. */
export interface ScanResult {
  reminders: number;
  tasks: number;
  emails: number;
}

/** Claims a reminder key; false when it was already sent (by this or another process). */
async function claim(tx: Db, item: DueItem, userId: string, taskId: string | null): Promise<boolean> {
  const rows = await tx
    .insert(remindersSent)
    .values({
      id: newId('reminder'),
      organizationId: item.orgId,
      kind: item.kind,
      entityType: item.entityType,
      entityId: item.entityId,
      dueDate: item.dueDate,
      userId,
      taskId,
      createdAt: new Date(),
    })
    .onConflictDoNothing()
    .returning({ id: remindersSent.id });
  return rows.length > 0;
}

/** The per-due-date marker row's user id: the task and the webhook event happen once per due date, not per person. */
const ONCE = '*';

async function openTask(tx: Db, item: DueItem): Promise<string> {
  const at = new Date();
  const id = newId('task');
  const title = `${REMINDER_TITLES[item.kind]}: ${item.title}`;
  const row = {
    id,
    organizationId: item.orgId,
    title: title.slice(0, 300),
    description: `Opened by the reminder scheduler: due on ${item.dueDate}.`,
    ownerId: item.ownerId,
    dueDate: item.dueDate,
    status: 'open',
    kind: item.task!.kind,
    sourceType: item.task!.source?.entityType ?? null,
    sourceId: item.task!.source?.entityId ?? null,
    createdBy: null,
    createdAt: at,
    updatedAt: at,
    version: 1,
  };
  await tx.insert(tasks).values(row);
  await appendLedger(tx, item.orgId, SYSTEM_ACTOR, {
    action: 'task.created',
    entityType: 'task',
    entityId: id,
    data: {
      title: row.title,
      dueDate: row.dueDate,
      ownerId: row.ownerId,
      kind: row.kind,
      reminder: item.kind,
    },
  });
  return id;
}

/** Handles one due item in one transaction: the once-per-due-date task and event, then each person's reminder. */
async function remind(
  db: Db,
  item: DueItem,
  orgName: string,
  opts: ScanOptions,
  out: ScanResult,
): Promise<void> {
  await db.transaction(async (tx) => {
    const first = await claim(tx, item, ONCE, null);
    if (first) {
      if (item.task) {
        const taskId = await openTask(tx, item);
        await tx
          .update(remindersSent)
          .set({ taskId })
          .where(
            inOrg(
              remindersSent,
              item.orgId,
              eq(remindersSent.kind, item.kind),
              eq(remindersSent.entityId, item.entityId),
              eq(remindersSent.dueDate, item.dueDate),
              eq(remindersSent.userId, ONCE),
            ),
          );
        out.tasks += 1;
      }
      await emitWebhookEvent(tx, {
        orgId: item.orgId,
        event: 'reminder.due',
        entity: { type: item.entityType, id: item.entityId },
        data: { kind: item.kind, title: item.title, dueDate: item.dueDate },
      });
    }
    const base = opts.publicUrl?.replace(/\/$/, '');
    const link = `/orgs/${item.orgId}${item.path}`;
    for (const r of await recipients(tx, item.orgId, item.ownerId)) {
      if (!(await claim(tx, item, r.userId, null))) continue;
      const sent = await notifyMember(
        tx,
        {
          orgId: item.orgId,
          userId: r.userId,
          event: 'reminder.due',
          title: `${REMINDER_TITLES[item.kind]}: ${item.title}`,
          body: `Due on ${item.dueDate}.`,
          link,
          entity: { type: item.entityType, id: item.entityId },
          email: reminderEmail({
            to: r.email,
            kindTitle: REMINDER_TITLES[item.kind],
            subject: item.title,
            dueDate: item.dueDate,
            organizationName: orgName,
            url: base ? `${base}${link}` : undefined,
          }),
          emailKey: `reminder:${item.orgId}:${item.kind}:${item.entityId}:${item.dueDate}:${r.userId}`,
        },
        { mailEnabled: opts.mailEnabled, now: opts.now },
      );
      out.reminders += 1;
      if (sent.emailJobId) out.emails += 1;
    }
  });
}

/**
 * The due items whose once-per-due-date row exists (handled by an earlier scan or another process), as
 * `kind:entityId:dueDate`. One statement however many fall due: the keys go as one JSON parameter (a list of
 * parameters would stop at the 65,535 a statement may carry), each with its own organization as the scan covers them
 * all, and each is looked up on the `reminders_sent` unique key, so the read does not grow with the rows sent before
 * (70,000 keys against 500,000 rows: ≈ 0.4–0.5 s, where batches of ids scanning the table took 1.3–1.5 s).
 */
export async function sentAlready(db: Db, items: DueItem[]): Promise<Set<string>> {
  if (!items.length) return new Set();
  const keys = JSON.stringify(items.map((i) => ({ o: i.orgId, k: i.kind, e: i.entityId, d: i.dueDate })));
  const done = await db
    .select({ kind: remindersSent.kind, entityId: remindersSent.entityId, dueDate: remindersSent.dueDate })
    .from(remindersSent)
    .where(
      and(
        eq(remindersSent.userId, ONCE),
        sql`(${remindersSent.organizationId}, ${remindersSent.kind}, ${remindersSent.entityId}, ${remindersSent.dueDate})
          in (select o, k, e, d from json_to_recordset(${keys}::json) as due(o text, k text, e text, d text))`,
      ),
    );
  return new Set(done.map((d) => `${d.kind}:${d.entityId}:${d.dueDate}`));
}

/** Scans every organization for what falls due as of `now` and sends each reminder once. */
export async function scanReminders(db: Db, opts: ScanOptions): Promise<ScanResult> {
  const today = todayUtc(opts.now ?? new Date());
  const out: ScanResult = { reminders: 0, tasks: 0, emails: 0 };
  const kinds = opts.kinds ?? (Object.keys(FINDERS) as ReminderKind[]);
  const items: DueItem[] = [];
  for (const kind of kinds) items.push(...(await FINDERS[kind](db, today)));
  if (!items.length) return out;
  const seen = await sentAlready(db, items);
  const orgs = new Map(
    (await db.select({ id: organizations.id, name: organizations.name }).from(organizations)).map((o) => [
      o.id,
      o.name,
    ]),
  );
  for (const item of items) {
    if (seen.has(`${item.kind}:${item.entityId}:${item.dueDate}`)) continue;
    await remind(db, item, orgs.get(item.orgId) ?? item.orgId, opts, out);
  }
  return out;
}
