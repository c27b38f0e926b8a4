// Revoking a credential (an API token, an invitation), the same for each: the organization's row or a 404, the
// caller's own rules, then `revokedAt` set once with its ledger entry. Revoking twice is harmless.
import type { Permission } from '@openaims/core';
import { assertCan } from '@openaims/core';
import type { PgColumn, PgTable } from 'drizzle-orm/pg-core';
import type { OrgContext } from '../context.ts';
import { record } from '../ledger/ledger.service.ts';
import { found } from './records.ts';
import { tenantTable } from './tenant-table.ts';

type RevocableTable = PgTable & { id: PgColumn; organizationId: PgColumn; revokedAt: PgColumn };

/** What one revocation needs: the permission, the table, its 404 name, its ledger names and the rules. */
export interface Revocation<T extends RevocableTable> {
  permission: Permission;
  table: T;
  /** "Token", "Invitation" … as a 404 names it. */
  label: string;
  entityType: string;
  /** Rules on the row before anything is written (who may revoke it). */
  check?(row: T['$inferSelect']): void;
  /** Whether the row needs no revoking (already revoked, or spent some other way). */
  isSettled(row: T['$inferSelect']): boolean;
  /** The ledger data of `${entityType}.revoked`. */
  data(row: T['$inferSelect']): unknown;
}

/** Revokes one row of the caller's organization in one transaction with its ledger entry. */
export async function revokeRow<T extends RevocableTable>(
  ctx: OrgContext,
  r: Revocation<T>,
  id: string,
): Promise<void> {
  assertCan(ctx.role, r.permission);
  await ctx.db.transaction(async (tx) => {
    const rows = tenantTable(tx, r.table);
    const row = await found(rows.find(ctx.orgId, id), r.label, id);
    r.check?.(row);
    if (r.isSettled(row)) return;
    await rows.update(ctx.orgId, id, { revokedAt: new Date() } as Partial<T['$inferSelect']>);
    await record(ctx, tx, {
      action: `${r.entityType}.revoked`,
      entityType: r.entityType,
      entityId: id,
      data: r.data(row),
    });
  });
}
