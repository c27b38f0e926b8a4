// Delivering one webhook event: sign, POST, log the attempt. A failure throws, so the job retries with backoff;
// every attempt is a row in the delivery log.
import { createHmac } from 'node:crypto';
import http from 'node:http';
import https from 'node:https';
import { newId } from '@openaims/core';
import { type Db, tables } from '@openaims/db';
import { eq } from 'drizzle-orm';
import type { JobRow } from '../jobs/job.queue.ts';
import { checkLiteralHost, guardedLookup } from './address-policy.ts';

/** The signature header: `t=<unix seconds>,v1=<hex HMAC-SHA256 of "t.body">`. */
export const SIGNATURE_HEADER = 'X-OpenAIMS-Signature';

/** Signs a body at a time (unix seconds) with a webhook's secret. */
export function signWebhook(secret: string, timestamp: number, body: string): string {
  const v1 = createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex');
  return `t=${timestamp},v1=${v1}`;
}

/** Longest wait for a receiver's answer. */
const TIMEOUT_MS = 10_000;

/** POSTs `body` to `url`, connecting only to addresses the policy allows; resolves to the status code. */
function post(
  url: URL,
  headers: Record<string, string>,
  body: string,
  allowPrivate: boolean,
): Promise<number> {
  checkLiteralHost(url.hostname, allowPrivate);
  const lib = url.protocol === 'https:' ? https : http;
  return new Promise((resolve, reject) => {
    const req = lib.request(
      url,
      {
        method: 'POST',
        headers: { ...headers, 'Content-Length': String(Buffer.byteLength(body)) },
        lookup: guardedLookup(allowPrivate) as never,
        timeout: TIMEOUT_MS,
      },
      (res) => {
        res.resume(); // the answer's body is not read: only its status counts
        res.on('end', () => resolve(res.statusCode ?? 0));
        res.on('error', reject);
      },
    );
    req.on('timeout', () => req.destroy(new Error(`no answer within ${TIMEOUT_MS / 1000} s`)));
    req.on('error', reject);
    req.end(body);
  });
}

/** Job handler for `webhook.deliver`: one attempt, logged; throws on anything but a 2xx (redirects are not followed). */
export async function deliverWebhook(job: JobRow, { db, now }: { db: Db; now: Date }): Promise<void> {
  const { webhooks, webhookDeliveries } = tables;
  const p = job.payload as { webhookId: string; body: string; eventId: string; event: string };
  const [hook] = await db.select().from(webhooks).where(eq(webhooks.id, p.webhookId));
  if (!hook || (!hook.active && p.event !== 'webhook.test')) return; // removed or paused: nothing to deliver
  const timestamp = Math.floor(Date.now() / 1000);
  const started = performance.now();
  let status: number | null = null;
  let error: string | null = null;
  try {
    status = await post(
      new URL(hook.url),
      {
        'Content-Type': 'application/json',
        'User-Agent': 'OpenAIMS-Webhook/1',
        'X-OpenAIMS-Event': p.event,
        'X-OpenAIMS-Delivery': p.eventId,
        [SIGNATURE_HEADER]: signWebhook(hook.secret, timestamp, p.body),
      },
      p.body,
      hook.allowPrivate,
    );
    if (status < 200 || status >= 300) error = `the receiver answered ${status}`;
  } catch (e) {
    error = e instanceof Error ? e.message : String(e);
  }
  await db.insert(webhookDeliveries).values({
    id: newId('webhookDelivery'),
    organizationId: hook.organizationId,
    webhookId: hook.id,
    eventId: p.eventId,
    event: p.event,
    attempt: job.attempts,
    ok: error === null,
    responseStatus: status,
    error,
    durationMs: Math.round(performance.now() - started),
    payload: JSON.parse(p.body) as Record<string, unknown>,
    createdAt: now > new Date() ? now : new Date(),
  });
  if (error) throw new Error(error);
}
