// Webhooks (§7.4): organization endpoints for key events, signed with a secret shown once; delivery log and test.
import { createRoute, z } from '@hono/zod-openapi';
import {
  CreatedWebhookSchema,
  CreateWebhookSchema,
  pageSchema,
  UpdateWebhookSchema,
  WebhookDeliverySchema,
  WebhookSchema,
} from '@openaims/core';
import {
  createWebhook,
  deleteWebhook,
  getWebhook,
  listWebhookDeliveries,
  listWebhooks,
  sendTestWebhook,
  updateWebhook,
} from '@openaims/services';
import {
  errorResponses,
  etag,
  IfMatchHeader,
  json,
  jsonBody,
  ListQuery,
  OrgIdParams,
  OrgParams,
  parseIfMatch,
} from '../http/openapi-helpers.ts';
import type { RouteFn } from '../http/route.ts';

const tags = ['webhooks'];
const base = '/api/v1/orgs/{orgId}/webhooks';

export function webhooksRoutes(route: RouteFn): void {
  route(
    { scope: 'org', permission: 'webhook:read' },
    createRoute({
      method: 'get',
      path: base,
      tags,
      summary: 'Webhook endpoints, newest first',
      request: { params: OrgParams, query: ListQuery },
      responses: { 200: json(pageSchema(WebhookSchema)), ...errorResponses },
    }),
    async (c) => c.json(await listWebhooks(c.get('org'), c.req.valid('query')), 200),
  );

  route(
    { scope: 'org', permission: 'webhook:manage' },
    createRoute({
      method: 'post',
      path: base,
      tags,
      summary:
        'Add a webhook `{url, events, allowPrivate?}`; the signing secret is in this answer only. Deliveries carry `X-OpenAIMS-Signature: t=<unix>,v1=<hex HMAC-SHA256 of "t.body">`',
      request: { params: OrgParams, body: jsonBody(CreateWebhookSchema) },
      responses: { 201: json(CreatedWebhookSchema, 'Created'), ...errorResponses },
    }),
    async (c) => {
      const w = await createWebhook(c.get('org'), c.req.valid('json'));
      c.header('Location', `/api/v1/orgs/${w.organizationId}/webhooks/${w.id}`);
      c.header('ETag', etag(w.version));
      return c.json(w, 201);
    },
  );

  route(
    { scope: 'org', permission: 'webhook:read' },
    createRoute({
      method: 'get',
      path: `${base}/{id}`,
      tags,
      summary: 'One webhook (without its secret)',
      request: { params: OrgIdParams },
      responses: { 200: json(WebhookSchema), ...errorResponses },
    }),
    async (c) => {
      const w = await getWebhook(c.get('org'), c.req.valid('param').id);
      c.header('ETag', etag(w.version));
      return c.json(w, 200);
    },
    { resource: 'webhook' },
  );

  route(
    { scope: 'org', permission: 'webhook:manage' },
    createRoute({
      method: 'patch',
      path: `${base}/{id}`,
      tags,
      summary: 'Change a webhook (send If-Match to guard against lost updates)',
      request: { params: OrgIdParams, headers: IfMatchHeader, body: jsonBody(UpdateWebhookSchema) },
      responses: { 200: json(WebhookSchema), ...errorResponses },
    }),
    async (c) => {
      const w = await updateWebhook(
        c.get('org'),
        c.req.valid('param').id,
        c.req.valid('json'),
        parseIfMatch(c.req.header('if-match')),
      );
      c.header('ETag', etag(w.version));
      return c.json(w, 200);
    },
    { resource: 'webhook' },
  );

  route(
    { scope: 'org', permission: 'webhook:manage' },
    createRoute({
      method: 'delete',
      path: `${base}/{id}`,
      tags,
      summary: 'Remove a webhook (its delivery log is kept)',
      request: { params: OrgIdParams },
      responses: { 204: { description: 'Removed' }, ...errorResponses },
    }),
    async (c) => {
      await deleteWebhook(c.get('org'), c.req.valid('param').id);
      return c.body(null, 204);
    },
    { resource: 'webhook' },
  );

  route(
    { scope: 'org', permission: 'webhook:manage' },
    createRoute({
      method: 'post',
      path: `${base}/{id}/test`,
      tags,
      summary: 'Queue a `webhook.test` event to this webhook; see the delivery log for the result',
      request: { params: OrgIdParams },
      responses: { 202: json(z.object({ eventId: z.string() }), 'Queued'), ...errorResponses },
    }),
    async (c) => c.json(await sendTestWebhook(c.get('org'), c.req.valid('param').id), 202),
    { resource: 'webhook' },
  );

  route(
    { scope: 'org', permission: 'webhook:read' },
    createRoute({
      method: 'get',
      path: `${base}/{id}/deliveries`,
      tags,
      summary: 'The delivery log: one row per attempt, newest first',
      request: {
        params: OrgIdParams,
        query: z.object({
          limit: z.coerce.number().int().min(1).max(200).default(50),
          cursor: z.string().max(64).optional(),
        }),
      },
      responses: { 200: json(pageSchema(WebhookDeliverySchema)), ...errorResponses },
    }),
    async (c) =>
      c.json(await listWebhookDeliveries(c.get('org'), c.req.valid('param').id, c.req.valid('query')), 200),
    { resource: 'webhook' },
  );
}
