// The one update path of a versioned entity: lock the row, compare the client's If-Match version, diff, bump the
// version and write the ledger entry — all in the caller's transaction, so the change and its record agree.
import type { Db } from '@openaims/db';
import type { PgColumn, PgTable } from 'drizzle-orm/pg-core';
import type { OrgContext } from '../context.ts';
import { record } from '../ledger/ledger.service.ts';
import { diff } from './diff.ts';
import { tenantTable } from './tenant-table.ts';
import { assertVersion, notFound } from './versioning.ts';

type VersionedTable = PgTable & { id: PgColumn; organizationId: PgColumn; version: PgColumn };

/** What one versioned update needs to know. */
export interface VersionedUpdate<T extends VersionedTable, E> {
  table: T;
  id: string;
  /** Human name for the 404 ("Nonconformity x was not found."). */
  label: string;
  /** Ledger entity type, e.g. `nonconformity`; the action is `${entityType}.updated` unless `action` says otherwise. */
  entityType: string;
  /** The If-Match version the client edited; undefined accepts any. */
  expectedVersion?: number;
  /** The fields to set (undefined values are left alone). May be computed from the locked row. */
  changes: Partial<T['$inferSelect']> | ((current: T['$inferSelect']) => Partial<T['$inferSelect']>);
  toEntity(row: T['$inferSelect']): E;
  /** Rules on the locked row before anything is written (a closed record, a member check …). */
  check?(current: T['$inferSelect']): void | Promise<void>;
  action?: string;
  /**
   * Columns that follow from a change (a recomputed deadline, a completion time), written with it. They are not
   * the client's edit, so the ledger's diff leaves them out, and they alone never make a change.
   */
  derive?(current: T['$inferSelect']): Partial<T['$inferSelect']>;
}

/**
 * Applies a change to a versioned row of the context's organization. Nothing changed → the current entity,
 * no version bump and no ledger entry; otherwise the version goes up by one and the ledger records the diff.
 */
export async function versionedUpdate<T extends VersionedTable, E>(
  ctx: OrgContext,
  tx: Db,
  u: VersionedUpdate<T, E>,
): Promise<E> {
  const rows = tenantTable(tx, u.table);
  const current = await rows.find(ctx.orgId, u.id, { forUpdate: true });
  if (!current) throw notFound(u.label, u.id);
  assertVersion(u.expectedVersion, (current as { version: number }).version);
  await u.check?.(current);
  const set = typeof u.changes === 'function' ? u.changes(current) : u.changes;
  const changes = diff(current as Record<string, unknown>, set as Record<string, unknown>);
  if (Object.keys(changes).length === 0) return u.toEntity(current);
  const defined = Object.fromEntries(Object.entries(set).filter(([, v]) => v !== undefined));
  const version = (current as { version: number }).version + 1;
  const row = await rows.update(ctx.orgId, u.id, {
    ...defined,
    ...u.derive?.(current),
    version,
    updatedAt: new Date(),
  } as Partial<T['$inferSelect']>);
  await record(ctx, tx, {
    action: u.action ?? `${u.entityType}.updated`,
    entityType: u.entityType,
    entityId: u.id,
    data: { version, changes },
  });
  return u.toEntity(row);
}

/** The tables versionedUpdate writes to, for services built on it. */
export type { VersionedTable };
