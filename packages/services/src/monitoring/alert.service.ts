// Alerts (§9.1, A.6.2.6): raised by a batch's warning or breach; people acknowledge them (seen, being handled)
// and resolve them (handled). A resolved alert lets the next breach raise a new one.
import { type Alert, type AlertActionInput, AlertActionSchema, AppError, assertCan } from '@openaims/core';
import { tables } from '@openaims/db';
import { actorId } from '../common/actor.ts';
import { readOne, readPage } from '../common/records.ts';
import { versionedUpdate } from '../common/versioned-update.ts';
import type { OrgContext } from '../context.ts';
import { monitoringRepository, toAlert } from './monitoring.repository.ts';

/** Alerts, newest first; `open=true` for those not yet resolved. */
export const listAlerts = readPage('metric:read', (db) => monitoringRepository(db).listAlerts, toAlert);

/** One alert. */
export const getAlert = readOne('metric:read', 'Alert', (db) => monitoringRepository(db).alerts, toAlert);

/**
 * One step of an alert's handling: open → acknowledged → resolved (§9.1), as a service `(ctx, id, input?)`. `to`
 * names the status it moves to; `refuse` the refusal when the alert already stands past where that step starts.
 */
function alertStep(
  to: 'acknowledged' | 'resolved',
  refuse: (status: string) => string | null,
): (ctx: OrgContext, id: string, input?: AlertActionInput) => Promise<Alert> {
  return async (ctx, id, input = {}) => {
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
  };
}

/** Marks an open alert as seen and being handled. */
export const acknowledgeAlert = alertStep('acknowledged', (status) =>
  status !== 'open' ? `This alert is ${status}; only an open alert is acknowledged.` : null,
);

/** Closes an alert as handled; the metric's next breach raises a new one. */
export const resolveAlert = alertStep('resolved', (status) =>
  status === 'resolved' ? 'This alert is already resolved.' : null,
);
