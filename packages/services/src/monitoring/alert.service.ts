// Alerts (§9.1, A.6.2.6): raised by a batch's warning or breach; people acknowledge them (seen, being handled)
// and resolve them (handled). A resolved alert lets the next breach raise a new one.
import {
  type Alert,
  type AlertActionInput,
  AlertActionSchema,
  AppError,
  assertCan,
  type ListQuery,
  type Page,
} from '@openaims/core';
import { tables } from '@openaims/db';
import { actorId } from '../common/actor.ts';
import { versionedUpdate } from '../common/versioned-update.ts';
import { notFound } from '../common/versioning.ts';
import type { OrgContext } from '../context.ts';
import { monitoringRepository, toAlert } from './monitoring.repository.ts';

/** Alerts, newest first; `open=true` for those not yet resolved. */
export async function listAlerts(
  ctx: OrgContext,
  query: ListQuery & { metricId?: string; status?: string; level?: string; open?: 'true' | 'false' },
): Promise<Page<Alert>> {
  assertCan(ctx.role, 'metric:read');
  const page = await monitoringRepository(ctx.db).listAlerts(ctx.orgId, query);
  return { items: page.items.map(toAlert), nextCursor: page.nextCursor };
}

/** One alert. */
export async function getAlert(ctx: OrgContext, id: string): Promise<Alert> {
  assertCan(ctx.role, 'metric:read');
  const row = await monitoringRepository(ctx.db).alerts.find(ctx.orgId, id);
  if (!row) throw notFound('Alert', id);
  return toAlert(row);
}

/**
 * One step of an alert's handling: open → acknowledged → resolved (§9.1). `step` names the status it moves to
 * and the refusal when the alert already stands past where that step starts.
 */
async function alertStep(
  ctx: OrgContext,
  id: string,
  input: AlertActionInput,
  to: 'acknowledged' | 'resolved',
  refuse: (status: string) => string | null,
): Promise<Alert> {
  assertCan(ctx.role, 'alert:update');
  const data = AlertActionSchema.parse(input);
  const [at, by] =
    to === 'acknowledged' ? ['acknowledgedAt', 'acknowledgedBy'] : ['resolvedAt', 'resolvedBy'];
  return ctx.db.transaction((tx) =>
    versionedUpdate(ctx, tx, {
      table: tables.alerts,
      id,
      label: 'Alert',
      entityType: 'alert',
      action: `alert.${to}`,
      changes: (cur) => ({ status: to, [at]: new Date(), [by]: actorId(ctx), note: data.note || cur.note }),
      check: (cur) => {
        const why = refuse(cur.status);
        if (why) throw new AppError('RULE_VIOLATION', why);
      },
      toEntity: toAlert,
    }),
  );
}

/** Marks an open alert as seen and being handled. */
export async function acknowledgeAlert(
  ctx: OrgContext,
  id: string,
  input: AlertActionInput = {},
): Promise<Alert> {
  return alertStep(ctx, id, input, 'acknowledged', (status) =>
    status !== 'open' ? `This alert is ${status}; only an open alert is acknowledged.` : null,
  );
}

/** Closes an alert as handled; the metric's next breach raises a new one. */
export async function resolveAlert(
  ctx: OrgContext,
  id: string,
  input: AlertActionInput = {},
): Promise<Alert> {
  return alertStep(ctx, id, input, 'resolved', (status) =>
    status === 'resolved' ? 'This alert is already resolved.' : null,
  );
}
