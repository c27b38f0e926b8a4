// In-app notifications and members' channel preferences (§7.4: who is told what, how). A notification belongs to
// one person; `/me/notifications` reads only the caller's own.
import {
  AppError,
  NOTIFY_EVENTS,
  type Notification,
  type NotificationPage,
  type NotificationPreference,
  NotificationSchema,
  type NotifyEvent,
  newId,
} from '@openaims/core';
import { type Db, tables } from '@openaims/db';
import { and, count, desc, eq, isNull, lt, sql } from 'drizzle-orm';
import { inOrg } from '../common/in-org.ts';
import { projection } from '../common/projection.ts';
import { enqueueJob } from '../jobs/job.queue.ts';
import type { EmailMessage } from './mailer.ts';

const { notifications, notificationPreferences } = tables;
type Row = typeof notifications.$inferSelect;

/** The job type that sends one e-mail. */
export const EMAIL_JOB = 'email.send';

const toNotification: (r: Row) => Notification = projection(NotificationSchema);

/** A member's channels for one event; without a stored choice both are on. */
export async function preferenceFor(
  db: Db,
  orgId: string,
  userId: string,
  event: NotifyEvent,
): Promise<{ inApp: boolean; email: boolean; digest: boolean }> {
  const [p] = await db
    .select()
    .from(notificationPreferences)
    .where(
      inOrg(
        notificationPreferences,
        orgId,
        eq(notificationPreferences.userId, userId),
        eq(notificationPreferences.event, event),
      ),
    );
  return { inApp: p?.inApp ?? true, email: p?.email ?? true, digest: p?.digest ?? false };
}

/** What to tell one member. */
export interface NotifyInput {
  orgId: string;
  userId: string;
  event: NotifyEvent;
  title: string;
  body?: string;
  link?: string | null;
  entity?: { type: string; id: string } | null;
  /** The e-mail to queue when the member takes e-mail for this event and e-mail is configured. */
  email?: EmailMessage | null;
  /** Makes the e-mail job once-only (e.g. one reminder per due date per person). */
  emailKey?: string;
}

/** Tells one member on the channels they chose, inside the caller's transaction. */
export async function notifyMember(
  tx: Db,
  input: NotifyInput,
  opts: { mailEnabled: boolean; now?: Date },
): Promise<{ notificationId: string | null; emailJobId: string | null }> {
  const pref = await preferenceFor(tx, input.orgId, input.userId, input.event);
  let notificationId: string | null = null;
  if (pref.inApp) {
    notificationId = newId('notification');
    await tx.insert(notifications).values({
      id: notificationId,
      organizationId: input.orgId,
      userId: input.userId,
      event: input.event,
      title: input.title,
      body: input.body ?? '',
      link: input.link ?? null,
      entityType: input.entity?.type ?? null,
      entityId: input.entity?.id ?? null,
      createdAt: new Date(),
    });
  }
  let emailJobId: string | null = null;
  if (pref.email && opts.mailEnabled && input.email && pref.digest) {
    emailJobId = await addToDigest(tx, input, input.email.to, opts.now ?? new Date());
  } else if (pref.email && opts.mailEnabled && input.email) {
    emailJobId = await enqueueJob(tx, {
      type: EMAIL_JOB,
      organizationId: input.orgId,
      payload: { ...input.email },
      idempotencyKey: input.emailKey ?? null,
      maxAttempts: 8,
      // Due on the caller's clock (the scan's `now`), so a scan and the job round after it agree on what is due.
      runAt: opts.now,
    });
  }
  return { notificationId, emailJobId };
}

/** The job type that sends one person's daily digest. */
export const DIGEST_JOB = 'email.digest';
/** When digests go out (UTC hour). */
export const DIGEST_HOUR_UTC = 7;

/** The next digest time after `now`: the coming DIGEST_HOUR_UTC o'clock. */
export function nextDigestAt(now: Date): Date {
  const at = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate(), DIGEST_HOUR_UTC));
  if (at <= now) at.setUTCDate(at.getUTCDate() + 1);
  return at;
}

/**
 * Adds a line to the person's pending digest for the next digest time: one job per person, organization and day
 * (its idempotency key), whose items grow while it waits.
 */
async function addToDigest(tx: Db, input: NotifyInput, to: string, now: Date): Promise<string | null> {
  const runAt = nextDigestAt(now);
  const item = { title: input.title, body: input.body ?? '', link: input.link ?? null };
  const rows = await tx
    .insert(tables.jobs)
    .values({
      id: newId('job'),
      type: DIGEST_JOB,
      organizationId: input.orgId,
      payload: { to, orgId: input.orgId, items: [item] },
      status: 'pending',
      attempts: 0,
      maxAttempts: 8,
      runAt,
      idempotencyKey: `digest:${input.orgId}:${input.userId}:${runAt.toISOString().slice(0, 10)}`,
      createdAt: new Date(),
      updatedAt: new Date(),
    })
    .onConflictDoUpdate({
      target: tables.jobs.idempotencyKey,
      set: {
        payload: sql`jsonb_set(${tables.jobs.payload}, '{items}', (${tables.jobs.payload}->'items') || (excluded.payload->'items'))`,
        updatedAt: new Date(),
      },
      where: sql`${tables.jobs.status} = 'pending'`,
    })
    .returning({ id: tables.jobs.id });
  return rows[0]?.id ?? null;
}

/** Queues an e-mail to anyone (an invitation's address is not a member yet). */
export async function queueEmail(tx: Db, message: EmailMessage, opts: { orgId?: string; key?: string } = {}) {
  return enqueueJob(tx, {
    type: EMAIL_JOB,
    organizationId: opts.orgId ?? null,
    payload: { ...message },
    idempotencyKey: opts.key ?? null,
    maxAttempts: 8,
  });
}

/** The caller's notifications, newest first, with the unread count; `cursor` is the last id of the previous page. */
export async function listMyNotifications(
  db: Db,
  userId: string,
  query: { limit: number; cursor?: string; unread?: boolean },
): Promise<NotificationPage> {
  const rows = await db
    .select()
    .from(notifications)
    .where(
      and(
        eq(notifications.userId, userId),
        query.unread ? isNull(notifications.readAt) : undefined,
        query.cursor ? lt(notifications.id, query.cursor) : undefined,
      ),
    )
    .orderBy(desc(notifications.id))
    .limit(query.limit + 1);
  const more = rows.length > query.limit;
  const items = rows.slice(0, query.limit);
  return {
    items: items.map(toNotification),
    nextCursor: more ? (items.at(-1)?.id ?? null) : null,
    unreadCount: await unreadCount(db, userId),
  };
}

/** How many of the caller's notifications are unread (the header's bell). */
export async function unreadCount(db: Db, userId: string): Promise<number> {
  const [r] = await db
    .select({ n: count() })
    .from(notifications)
    .where(and(eq(notifications.userId, userId), isNull(notifications.readAt)));
  return Number(r?.n ?? 0);
}

/** Marks one of the caller's notifications read; someone else's id is NOT_FOUND. */
export async function markNotificationRead(db: Db, userId: string, id: string): Promise<void> {
  const [row] = await db
    .select({ id: notifications.id, readAt: notifications.readAt })
    .from(notifications)
    .where(and(eq(notifications.userId, userId), eq(notifications.id, id)));
  if (!row) throw new AppError('NOT_FOUND', `Notification ${id} was not found.`);
  if (!row.readAt) await db.update(notifications).set({ readAt: new Date() }).where(eq(notifications.id, id));
}

/** Marks all the caller's notifications read. */
export async function markAllNotificationsRead(db: Db, userId: string): Promise<void> {
  await db
    .update(notifications)
    .set({ readAt: new Date() })
    .where(and(eq(notifications.userId, userId), isNull(notifications.readAt)));
}

/** The caller's channels for every event in one organization (defaults filled in). */
export async function getMyPreferences(
  db: Db,
  orgId: string,
  userId: string,
): Promise<NotificationPreference[]> {
  const rows = await db
    .select()
    .from(notificationPreferences)
    .where(inOrg(notificationPreferences, orgId, eq(notificationPreferences.userId, userId)));
  const byEvent = new Map(rows.map((r) => [r.event, r]));
  return NOTIFY_EVENTS.map((event) => ({
    event,
    inApp: byEvent.get(event)?.inApp ?? true,
    email: byEvent.get(event)?.email ?? true,
    digest: byEvent.get(event)?.digest ?? false,
  }));
}

/** Stores the caller's channels for the given events. */
export async function setMyPreferences(
  db: Db,
  orgId: string,
  userId: string,
  items: (Omit<NotificationPreference, 'digest'> & { digest?: boolean })[],
): Promise<NotificationPreference[]> {
  await db.transaction(async (tx) => {
    for (const p of items) {
      await tx
        .insert(notificationPreferences)
        .values({
          organizationId: orgId,
          userId,
          event: p.event,
          inApp: p.inApp,
          email: p.email,
          digest: p.digest ?? false,
        })
        .onConflictDoUpdate({
          target: [
            notificationPreferences.organizationId,
            notificationPreferences.userId,
            notificationPreferences.event,
          ],
          set: { inApp: p.inApp, email: p.email, digest: p.digest ?? false },
        });
    }
  });
  return getMyPreferences(db, orgId, userId);
}
