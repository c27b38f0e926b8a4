// Notifications (§7.4 communication): in-app messages per person, reminders sent once per due date per person,
// members' channel preferences, and organization webhooks with their delivery log.
import { boolean, index, integer, jsonb, pgTable, text, uniqueIndex } from 'drizzle-orm/pg-core';
import { entityColumns, sortIndexes, tenantKeyColumns, tstz } from './columns.ts';

/** An in-app notification for one person in one organization. */
export const notifications = pgTable(
  'notifications',
  {
    ...tenantKeyColumns(),
    userId: text('user_id').notNull(),
    event: text('event').notNull(),
    title: text('title').notNull(),
    body: text('body').notNull().default(''),
    link: text('link'),
    entityType: text('entity_type'),
    entityId: text('entity_id'),
    createdAt: tstz('created_at').notNull(),
    readAt: tstz('read_at'),
  },
  (t) => [index('notifications_user_idx').on(t.userId, t.createdAt, t.id)],
);

/** One row per reminder sent: the unique key makes a reminder once per due date per person, across restarts. */
export const remindersSent = pgTable(
  'reminders_sent',
  {
    ...tenantKeyColumns(),
    kind: text('kind').notNull(),
    entityType: text('entity_type').notNull(),
    entityId: text('entity_id').notNull(),
    dueDate: text('due_date').notNull(),
    userId: text('user_id').notNull(),
    taskId: text('task_id'),
    createdAt: tstz('created_at').notNull(),
  },
  (t) => [uniqueIndex('reminders_sent_uq').on(t.organizationId, t.kind, t.entityId, t.dueDate, t.userId)],
);

/** A member's choice of channel for an event; no row means the default (in-app and e-mail on, no digest). */
export const notificationPreferences = pgTable(
  'notification_preferences',
  {
    organizationId: text('organization_id').notNull(),
    userId: text('user_id').notNull(),
    event: text('event').notNull(),
    inApp: boolean('in_app').notNull().default(true),
    email: boolean('email').notNull().default(true),
    digest: boolean('digest').notNull().default(false),
  },
  (t) => [uniqueIndex('notification_preferences_uq').on(t.organizationId, t.userId, t.event)],
);

/** An organization's webhook endpoint; the secret signs every delivery (shown to the administrator once). */
export const webhooks = pgTable(
  'webhooks',
  {
    ...entityColumns(),
    url: text('url').notNull(),
    events: jsonb('events').$type<string[]>().notNull().default([]),
    secret: text('secret').notNull(),
    allowPrivate: boolean('allow_private').notNull().default(false),
    active: boolean('active').notNull().default(true),
    description: text('description').notNull().default(''),
    createdBy: text('created_by'),
  },
  (t) => sortIndexes('webhooks', t, { created: t.createdAt }),
);

/** One attempt to deliver one event to one webhook. */
export const webhookDeliveries = pgTable(
  'webhook_deliveries',
  {
    ...tenantKeyColumns(),
    webhookId: text('webhook_id').notNull(),
    eventId: text('event_id').notNull(),
    event: text('event').notNull(),
    attempt: integer('attempt').notNull(),
    ok: boolean('ok').notNull(),
    responseStatus: integer('response_status'),
    error: text('error'),
    durationMs: integer('duration_ms').notNull().default(0),
    payload: jsonb('payload').$type<Record<string, unknown>>().notNull(),
    createdAt: tstz('created_at').notNull(),
  },
  (t) => [index('webhook_deliveries_hook_idx').on(t.organizationId, t.webhookId, t.createdAt, t.id)],
);
