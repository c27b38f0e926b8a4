// In-app notifications (§7.4): the caller's own messages, their channel preferences per organization, and the
// instance's e-mail status for administrators.
import { createRoute, z } from '@hono/zod-openapi';
import {
  AppError,
  MailStatusSchema,
  NotificationFilterSchema,
  NotificationPageSchema,
  NotificationPreferencesSchema,
  UpdateNotificationPreferencesSchema,
} from '@openaims/core';
import {
  findMembershipRole,
  getMyPreferences,
  listMyNotifications,
  markAllNotificationsRead,
  markNotificationRead,
  setMyPreferences,
  unreadCount,
} from '@openaims/services';
import type { Context } from 'hono';
import { errorResponses, json, jsonBody, OrgParams, pathParam } from '../http/openapi-helpers.ts';
import type { RouteFn } from '../http/route.ts';
import type { AppEnv } from '../http/types.ts';

const tags = ['notifications'];

const IdParams = z.object({
  id: pathParam('id', 64),
});
const NotificationQuery = z
  .object({
    limit: z.coerce.number().int().min(1).max(200).default(50),
    cursor: z.string().max(64).optional(),
  })
  .extend(NotificationFilterSchema.shape);

/** The signed-in person's id (user-scoped routes only). */
function userId(c: Context<AppEnv>): string {
  const p = c.get('principal');
  if (p?.kind !== 'user') throw new AppError('FORBIDDEN', 'Notifications belong to a signed-in person.');
  return p.user.id;
}

/** The caller and one of their organizations; an organization they are not a member of is NOT_FOUND. */
async function memberOf(c: Context<AppEnv>, orgId: string) {
  const db = c.get('deps').database.db;
  const user = userId(c);
  if (!(await findMembershipRole(db, orgId, user)))
    throw new AppError('NOT_FOUND', `Organization ${orgId} was not found.`);
  return { db, orgId, user };
}

export function notificationsRoutes(route: RouteFn): void {
  route(
    { scope: 'user' },
    createRoute({
      method: 'get',
      path: '/api/v1/me/notifications',
      tags,
      summary: 'Your notifications, newest first, with the unread count (`unread=true` for unread only)',
      request: { query: NotificationQuery },
      responses: { 200: json(NotificationPageSchema), ...errorResponses },
    }),
    async (c) => {
      const q = c.req.valid('query');
      return c.json(
        await listMyNotifications(c.get('deps').database.db, userId(c), {
          limit: q.limit,
          cursor: q.cursor,
          unread: q.unread === 'true',
        }),
        200,
      );
    },
  );

  route(
    { scope: 'user' },
    createRoute({
      method: 'get',
      path: '/api/v1/me/notifications/unread-count',
      tags,
      summary: 'How many of your notifications are unread',
      responses: { 200: json(z.object({ unreadCount: z.number().int() })), ...errorResponses },
    }),
    async (c) => c.json({ unreadCount: await unreadCount(c.get('deps').database.db, userId(c)) }, 200),
  );

  route(
    { scope: 'user' },
    createRoute({
      method: 'post',
      path: '/api/v1/me/notifications/{id}/read',
      tags,
      summary: 'Mark one of your notifications read',
      request: { params: IdParams },
      responses: { 204: { description: 'Read' }, ...errorResponses },
    }),
    async (c) => {
      await markNotificationRead(c.get('deps').database.db, userId(c), c.req.valid('param').id);
      return c.body(null, 204);
    },
    { resource: 'notification' },
  );

  route(
    { scope: 'user' },
    createRoute({
      method: 'post',
      path: '/api/v1/me/notifications/read-all',
      tags,
      summary: 'Mark all your notifications read',
      responses: { 204: { description: 'Read' }, ...errorResponses },
    }),
    async (c) => {
      await markAllNotificationsRead(c.get('deps').database.db, userId(c));
      return c.body(null, 204);
    },
  );

  route(
    { scope: 'user' },
    createRoute({
      method: 'get',
      path: '/api/v1/me/notification-preferences/{orgId}',
      tags,
      summary: 'Your channels (in-app, e-mail) for each event in one of your organizations',
      request: { params: OrgParams },
      responses: { 200: json(NotificationPreferencesSchema), ...errorResponses },
    }),
    async (c) => {
      const { db, orgId, user } = await memberOf(c, c.req.valid('param').orgId);
      return c.json({ items: await getMyPreferences(db, orgId, user) }, 200);
    },
  );

  route(
    { scope: 'user' },
    createRoute({
      method: 'put',
      path: '/api/v1/me/notification-preferences/{orgId}',
      tags,
      summary: 'Set your channels for some events in one of your organizations',
      request: { params: OrgParams, body: jsonBody(UpdateNotificationPreferencesSchema) },
      responses: { 200: json(NotificationPreferencesSchema), ...errorResponses },
    }),
    async (c) => {
      const { db, orgId, user } = await memberOf(c, c.req.valid('param').orgId);
      return c.json({ items: await setMyPreferences(db, orgId, user, c.req.valid('json').items) }, 200);
    },
  );

  route(
    { scope: 'org', permission: 'webhook:read' },
    createRoute({
      method: 'get',
      path: '/api/v1/orgs/{orgId}/mail-status',
      tags,
      summary:
        "Whether this instance sends e-mail (AIMS_SMTP_URL), and as whom; for administrators' settings",
      request: { params: OrgParams },
      responses: { 200: json(MailStatusSchema), ...errorResponses },
    }),
    async (c) => {
      const m = c.get('deps').mailer;
      return c.json({ configured: !!m, from: m?.from ?? null, host: m?.host ?? null }, 200);
    },
  );
}
