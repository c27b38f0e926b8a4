// Webhooks (§7.4 communication with other systems): organization-level endpoints with chosen events. Managing them
// is an administrator's call; the signing secret is shown once, on creation.
import {
  AppError,
  assertCan,
  type CreatedWebhook,
  type CreateWebhookInput,
  CreateWebhookSchema,
  newId,
  type Page,
  randomSecret,
  type UpdateWebhookInput,
  UpdateWebhookSchema,
  type Webhook,
  type WebhookDelivery,
  WebhookSchema,
} from '@openaims/core';
import { tables } from '@openaims/db';
import { desc, eq, lt } from 'drizzle-orm';
import { inOrg } from '../common/in-org.ts';
import { projection } from '../common/projection.ts';
import { found } from '../common/records.ts';
import { tenantListService } from '../common/tenant-list.ts';
import { tenantTable } from '../common/tenant-table.ts';
import { assertVersion } from '../common/versioning.ts';
import type { OrgContext } from '../context.ts';
import { record } from '../ledger/ledger.service.ts';
import { checkLiteralHost, RefusedTargetError } from './address-policy.ts';
import { emitWebhookEvent } from './webhook-events.ts';

const { webhooks, webhookDeliveries } = tables;
type Row = typeof webhooks.$inferSelect;

const by = (ctx: OrgContext) => ctx.actor.userId ?? ctx.actor.id ?? null;

/** The webhook as listed: never its signing secret. */
const toWebhook: (r: Row) => Webhook = projection(WebhookSchema);

/** Ledger data for a webhook: never the secret. */
const ledgerView = (w: Webhook) => ({
  url: w.url,
  events: w.events,
  allowPrivate: w.allowPrivate,
  active: w.active,
});

/**
 * Refuses a URL whose host is a loopback, private or link-local IP literal unless private targets are allowed.
 * Host names are checked again at every delivery, on every address they resolve to.
 */
function assertTarget(url: string, allowPrivate: boolean): void {
  try {
    checkLiteralHost(new URL(url).hostname, allowPrivate);
  } catch (e) {
    if (!(e instanceof RefusedTargetError)) throw e;
    throw new AppError('RULE_VIOLATION', e.message, { errors: [{ path: 'url', message: e.message }] });
  }
}

/** The organization's webhooks, newest first. */
export const listWebhooks = tenantListService('webhook:read', webhooks, toWebhook, {
  sortable: { createdAt: webhooks.createdAt, url: webhooks.url },
  defaultSort: { field: 'createdAt', desc: true },
  searchColumns: [webhooks.url, webhooks.description],
});

function findRow(ctx: OrgContext, id: string, forUpdate = false): Promise<Row> {
  return found(tenantTable(ctx.db, webhooks).find(ctx.orgId, id, { forUpdate }), 'Webhook', id);
}

/** One webhook; another organization's id is NOT_FOUND. */
export async function getWebhook(ctx: OrgContext, id: string): Promise<Webhook> {
  assertCan(ctx.role, 'webhook:read');
  return toWebhook(await findRow(ctx, id));
}

/** Creates a webhook; the returned secret signs every delivery and is not shown again. */
export async function createWebhook(ctx: OrgContext, input: CreateWebhookInput): Promise<CreatedWebhook> {
  assertCan(ctx.role, 'webhook:manage');
  const data = CreateWebhookSchema.parse(input);
  assertTarget(data.url, data.allowPrivate);
  const secret = `whsec_${randomSecret(32)}`;
  return ctx.db.transaction(async (tx) => {
    const at = new Date();
    const row: Row = {
      id: newId('webhook'),
      organizationId: ctx.orgId,
      url: data.url,
      events: [...new Set(data.events)],
      secret,
      allowPrivate: data.allowPrivate,
      active: data.active,
      description: data.description,
      createdBy: by(ctx),
      createdAt: at,
      updatedAt: at,
      version: 1,
    };
    await tx.insert(webhooks).values(row);
    const w = toWebhook(row);
    await record(ctx, tx, {
      action: 'webhook.created',
      entityType: 'webhook',
      entityId: w.id,
      data: ledgerView(w),
    });
    return { ...w, secret };
  });
}

/** Changes a webhook (If-Match guards against lost updates). */
export async function updateWebhook(
  ctx: OrgContext,
  id: string,
  input: UpdateWebhookInput,
  expectedVersion?: number,
): Promise<Webhook> {
  assertCan(ctx.role, 'webhook:manage');
  const data = UpdateWebhookSchema.parse(input);
  return ctx.db.transaction(async (tx) => {
    const cur = await findRow({ ...ctx, db: tx }, id, true);
    assertVersion(expectedVersion, cur.version);
    assertTarget(data.url ?? cur.url, data.allowPrivate ?? cur.allowPrivate);
    const [row] = await tx
      .update(webhooks)
      .set({
        ...data,
        ...(data.events ? { events: [...new Set(data.events)] } : {}),
        updatedAt: new Date(),
        version: cur.version + 1,
      })
      .where(eq(webhooks.id, id))
      .returning();
    const w = toWebhook(row!);
    await record(ctx, tx, {
      action: 'webhook.updated',
      entityType: 'webhook',
      entityId: id,
      data: ledgerView(w),
    });
    return w;
  });
}

/** Deletes a webhook; its delivery log stays for the record. */
export async function deleteWebhook(ctx: OrgContext, id: string): Promise<void> {
  assertCan(ctx.role, 'webhook:manage');
  await ctx.db.transaction(async (tx) => {
    const cur = await findRow({ ...ctx, db: tx }, id, true);
    await tx.delete(webhooks).where(eq(webhooks.id, id));
    await record(ctx, tx, {
      action: 'webhook.deleted',
      entityType: 'webhook',
      entityId: id,
      data: ledgerView(toWebhook(cur)),
    });
  });
}

/** Queues a `webhook.test` event to this one webhook; returns the event id. */
export async function sendTestWebhook(ctx: OrgContext, id: string): Promise<{ eventId: string }> {
  assertCan(ctx.role, 'webhook:manage');
  await findRow(ctx, id);
  return ctx.db.transaction(async (tx) => ({
    eventId: await emitWebhookEvent(tx, {
      orgId: ctx.orgId,
      event: 'webhook.test',
      entity: { type: 'webhook', id },
      data: { message: 'A test event from OpenAIMS.' },
      onlyWebhookId: id,
    }),
  }));
}

/** The webhook's delivery log, newest first (`cursor`: the last id of the previous page). */
export async function listWebhookDeliveries(
  ctx: OrgContext,
  id: string,
  query: { limit: number; cursor?: string },
): Promise<Page<WebhookDelivery>> {
  assertCan(ctx.role, 'webhook:read');
  await findRow(ctx, id);
  const rows = await ctx.db
    .select()
    .from(webhookDeliveries)
    .where(
      inOrg(
        webhookDeliveries,
        ctx.orgId,
        eq(webhookDeliveries.webhookId, id),
        query.cursor ? lt(webhookDeliveries.id, query.cursor) : undefined,
      ),
    )
    .orderBy(desc(webhookDeliveries.id))
    .limit(query.limit + 1);
  const more = rows.length > query.limit;
  const items = rows.slice(0, query.limit).map((r) => ({
    id: r.id,
    webhookId: r.webhookId,
    eventId: r.eventId,
    event: r.event,
    attempt: r.attempt,
    ok: r.ok,
    responseStatus: r.responseStatus,
    error: r.error,
    durationMs: r.durationMs,
    createdAt: r.createdAt.toISOString(),
  }));
  return { items, nextCursor: more ? (items.at(-1)?.id ?? null) : null };
}
