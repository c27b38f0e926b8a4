// Webhook events: a key change queues one delivery job per subscribed endpoint, inside the change's transaction,
// so an event is announced exactly when its change commits.
import { newId, type WebhookEvent, type WebhookPayload } from '@openaims/core';
import { type Db, tables } from '@openaims/db';
import { and, eq, sql } from 'drizzle-orm';
import { inOrg } from '../common/in-org.ts';
import { enqueueJob } from '../jobs/job.queue.ts';

/** The job type that delivers one event to one webhook. */
export const WEBHOOK_JOB = 'webhook.deliver';

/** Ledger actions that are webhook events, and the event name they go out as. */
export const LEDGER_EVENTS: Readonly<Record<string, WebhookEvent>> = {
  'risk.accepted': 'risk.accepted',
  'document.version_approved': 'document.approved',
  'incident.created': 'incident.created',
};

/** Attempts before a delivery is given up (dead): first try plus retries with backoff. */
export const WEBHOOK_MAX_ATTEMPTS = 6;

/** Queues `event` for every active webhook of the organization subscribed to it; returns the event id. */
export async function emitWebhookEvent(
  tx: Db,
  input: {
    orgId: string;
    event: WebhookEvent | 'webhook.test';
    entity?: { type: string; id: string } | null;
    data: unknown;
    onlyWebhookId?: string;
  },
): Promise<string> {
  const { webhooks } = tables;
  const eventId = newId('event');
  const hooks = await tx
    .select({ id: webhooks.id })
    .from(webhooks)
    .where(
      inOrg(
        webhooks,
        input.orgId,
        input.onlyWebhookId
          ? eq(webhooks.id, input.onlyWebhookId)
          : and(
              eq(webhooks.active, true),
              sql`${webhooks.events} @> ${JSON.stringify([input.event])}::jsonb`,
            ),
      ),
    );
  if (!hooks.length) return eventId;
  const payload: WebhookPayload = {
    id: eventId,
    event: input.event,
    organizationId: input.orgId,
    occurredAt: new Date().toISOString(),
    entity: input.entity ?? null,
    data: input.data ?? null,
  };
  for (const h of hooks) {
    await enqueueJob(tx, {
      type: WEBHOOK_JOB,
      organizationId: input.orgId,
      payload: { webhookId: h.id, body: JSON.stringify(payload), eventId, event: input.event },
      idempotencyKey: `webhook:${h.id}:${eventId}`,
      maxAttempts: WEBHOOK_MAX_ATTEMPTS,
    });
  }
  return eventId;
}

/** Whether a ledger action goes out as a webhook event (checked without a query for every other action). */
export function webhookEventOf(action: string): WebhookEvent | undefined {
  return Object.hasOwn(LEDGER_EVENTS, action) ? LEDGER_EVENTS[action] : undefined;
}
