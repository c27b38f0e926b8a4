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

/** Marks an open alert as seen and being handled. */
export async function acknowledgeAlert(
  ctx: OrgContext,
  id: string,
  input: AlertActionInput = {},
): Promise<Alert> {
  assertCan(ctx.role, 'alert:update');
  const data = AlertActionSchema.parse(input);
  return ctx.db.transaction((tx) =>
    versionedUpdate(ctx, tx, {
      table: tables.alerts,
      id,
      label: 'Alert',
      entityType: 'alert',
      action: 'alert.acknowledged',
      changes: (cur) => ({
        status: 'acknowledged',
        acknowledgedAt: new Date(),
        acknowledgedBy: actorId(ctx),
        note: data.note || cur.note,
      }),
      check: (cur) => {
        if (cur.status !== 'open')
          throw new AppError(
            'RULE_VIOLATION',
            `This alert is ${cur.status}; only an open alert is acknowledged.`,
          );
      },
      toEntity: toAlert,
    }),
  );
}

/** Closes an alert as handled; the metric's next breach raises a new one. */
export async function resolveAlert(
  ctx: OrgContext,
  id: string,
  input: AlertActionInput = {},
): Promise<Alert> {
  assertCan(ctx.role, 'alert:update');
  const data = AlertActionSchema.parse(input);
  return ctx.db.transaction((tx) =>
    versionedUpdate(ctx, tx, {
      table: tables.alerts,
      id,
      label: 'Alert',
      entityType: 'alert',
      action: 'alert.resolved',
      changes: (cur) => ({
        status: 'resolved',
        resolvedAt: new Date(),
        resolvedBy: actorId(ctx),
        note: data.note || cur.note,
      }),
      check: (cur) => {
        if (cur.status === 'resolved')
          throw new AppError('RULE_VIOLATION', 'This alert is already resolved.');
      },
      toEntity: toAlert,
    }),
  );
}
