// Webhooks (§7.4): organization endpoints for key events, signed with a secret shown once; delivery log and test.
import { z } from '@hono/zod-openapi';
import {
  CreatedWebhookSchema,
  CreateWebhookSchema,
  ListQuerySchema,
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
import { orgOperations } from '../http/org-operations.ts';
import { resourceRoutes } from '../http/resource.ts';
import type { RouteFn } from '../http/route.ts';

const tags = ['webhooks'];

export function webhooksRoutes(route: RouteFn): void {
  const orgOperation = orgOperations(route, tags);
  const webhook = resourceRoutes(route, {
    path: 'webhooks',
    resource: 'webhook',
    label: 'webhook',
    tags,
    entity: WebhookSchema,
    list: {
      permission: 'webhook:read',
      summary: 'Webhook endpoints, newest first',
      query: ListQuerySchema,
      run: listWebhooks,
    },
    get: { permission: 'webhook:read', summary: 'One webhook (without its secret)', run: getWebhook },
    update: {
      permission: 'webhook:manage',
      summary: 'Change a webhook (send If-Match to guard against lost updates)',
      body: UpdateWebhookSchema,
      run: updateWebhook,
    },
    archive: {
      permission: 'webhook:manage',
      method: 'delete',
      summary: 'Remove a webhook (its delivery log is kept)',
      run: deleteWebhook,
    },
  });

  // Not the resource's create: the answer carries the signing secret, which the entity schema of the other routes
  // leaves out.
  orgOperation({
    permission: 'webhook:manage',
    method: 'post',
    path: 'webhooks',
    summary:
      'Add a webhook `{url, events, allowPrivate?}`; the signing secret is in this answer only. Deliveries carry `X-OpenAIMS-Signature: t=<unix>,v1=<hex HMAC-SHA256 of "t.body">`',
    input: { body: CreateWebhookSchema },
    response: CreatedWebhookSchema,
    status: 201,
    createdIn: () => 'webhooks',
    run: createWebhook,
  });

  webhook({
    method: 'post',
    verb: 'test',
    permission: 'webhook:manage',
    summary: 'Queue a `webhook.test` event to this webhook; see the delivery log for the result',
    status: 202,
    response: z.object({ eventId: z.string() }),
    run: sendTestWebhook,
  });
  webhook({
    method: 'get',
    verb: 'deliveries',
    permission: 'webhook:read',
    summary: 'The delivery log: one row per attempt, newest first',
    input: {
      query: z.object({
        limit: z.coerce.number().int().min(1).max(200).default(50),
        cursor: z.string().max(64).optional(),
      }),
    },
    response: pageSchema(WebhookDeliverySchema),
    run: listWebhookDeliveries,
  });
}
