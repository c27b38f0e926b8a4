// The read and create halves of a module's records, the same everywhere: a permission check, the organization's
// row or a 404, and a new row written with its ledger entry in the caller's transaction.
import { type IdKind, newId, type Page } from '@openaims/core';
import type { Db } from '@openaims/db';
import type { PgColumn, PgTable } from 'drizzle-orm/pg-core';
import type { OrgContext } from '../context.ts';
import { record } from '../ledger/ledger.service.ts';
import { tenantTable } from './tenant-table.ts';
import { notFound } from './versioning.ts';

type TenantTable = PgTable & { id: PgColumn; organizationId: PgColumn };

/** A page with each row turned into the entity the API returns. */
export function mapPage<R, E>(page: Page<R>, map: (row: R) => E): Page<E> {
  return { items: page.items.map(map), nextCursor: page.nextCursor };
}

/** The row, or NOT_FOUND naming the record ("Objective x was not found."). */
export async function found<R>(row: Promise<R | null | undefined>, label: string, id: string): Promise<R> {
  const r = await row;
  if (!r) throw notFound(label, id);
  return r;
}

/** What a new versioned record needs: its table, id kind, ledger name and the columns the module sets. */
export interface NewRecord<T extends TenantTable, E> {
  table: T;
  kind: IdKind;
  /** Ledger entity type; the action is `${entityType}.created` unless `action` says otherwise. */
  entityType: string;
  action?: string;
  /** Every column but id, organization, timestamps and version. */
  values: Omit<T['$inferInsert'], 'id' | 'organizationId' | 'createdAt' | 'updatedAt' | 'version'>;
  toEntity(row: T['$inferSelect']): E;
}

/**
 * Inserts a record of the context's organization at version 1 and records `….created` with the new entity,
 * in the caller's transaction; returns the entity.
 */
export async function createRecord<T extends TenantTable, E extends { id: string }>(
  ctx: OrgContext,
  tx: Db,
  n: NewRecord<T, E>,
): Promise<E> {
  const at = new Date();
  const row = await tenantTable(tx, n.table).insert({
    ...n.values,
    id: newId(n.kind),
    organizationId: ctx.orgId,
    createdAt: at,
    updatedAt: at,
    version: 1,
  } as T['$inferInsert']);
  const entity = n.toEntity(row);
  await record(ctx, tx, {
    action: n.action ?? `${n.entityType}.created`,
    entityType: n.entityType,
    entityId: entity.id,
    data: entity,
  });
  return entity;
}
