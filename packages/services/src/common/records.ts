// The read and create halves of a module's records, the same everywhere: a permission check, the organization's
// row or a 404, and a new row written with its ledger entry in the caller's transaction.
import { assertCan, type IdKind, newId, type Page, type Permission } from '@openaims/core';
import type { Db } from '@openaims/db';
import type { OrgContext } from '../context.ts';
import { record } from '../ledger/ledger.service.ts';
import { notFound } from './versioning.ts';

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

type Stamped = 'id' | 'organizationId' | 'createdAt' | 'updatedAt' | 'version';

/** What a new versioned record needs: where it goes, its id kind, its ledger name and the columns the module sets. */
export interface NewRecord<I, R, E> {
  /** The table's repository in the transaction (`tenantTable(tx, table)` or a module repository's part). */
  into: { insert(row: I): Promise<R> };
  kind: IdKind;
  /** Ledger entity type; the action is `${entityType}.created` unless `action` says otherwise. */
  entityType: string;
  action?: string;
  /** Every column but id, organization, timestamps and version. */
  values: Omit<I, Stamped>;
  toEntity(row: R): E;
}

/**
 * Inserts a record of the context's organization at version 1 and records `….created` with the new entity,
 * in the caller's transaction; returns the entity.
 */
export async function createRecord<I, R, E extends { id: string }>(
  ctx: OrgContext,
  tx: Db,
  n: NewRecord<I, R, E>,
): Promise<E> {
  const at = new Date();
  const row = await n.into.insert({
    ...n.values,
    id: newId(n.kind),
    organizationId: ctx.orgId,
    createdAt: at,
    updatedAt: at,
    version: 1,
  } as I);
  const entity = n.toEntity(row);
  await record(ctx, tx, {
    action: n.action ?? `${n.entityType}.created`,
    entityType: n.entityType,
    entityId: entity.id,
    data: entity,
  });
  return entity;
}

/**
 * A list service: the permission, then the repository's page of the organization's rows, each turned into the
 * entity (`list` names the repository's list query for a database handle).
 */
export function readPage<Q, R, E>(
  permission: Permission,
  list: (db: Db) => (orgId: string, query: Q) => Promise<Page<R>>,
  toEntity: (row: R) => E,
): (ctx: OrgContext, query: Q) => Promise<Page<E>> {
  return async (ctx, query) => {
    assertCan(ctx.role, permission);
    return mapPage(await list(ctx.db)(ctx.orgId, query), toEntity);
  };
}

/** A get service: the permission, then the organization's row or NOT_FOUND ("Audit x was not found."), as the entity. */
export function readOne<R, E>(
  permission: Permission,
  label: string,
  rows: (db: Db) => { find(orgId: string, id: string): Promise<R | undefined> },
  toEntity: (row: R) => E,
): (ctx: OrgContext, id: string) => Promise<E> {
  return async (ctx, id) => {
    assertCan(ctx.role, permission);
    return toEntity(await found(rows(ctx.db).find(ctx.orgId, id), label, id));
  };
}

/**
 * A get service whose entity needs more than its row (links, measurements, the caller's role): the permission, the
 * organization's row or NOT_FOUND, then `load` with the caller's context.
 */
export function readOneLoaded<R, E>(
  permission: Permission,
  label: string,
  rows: (db: Db) => { find(orgId: string, id: string): Promise<R | undefined> },
  load: (ctx: OrgContext, row: R) => Promise<E>,
): (ctx: OrgContext, id: string) => Promise<E> {
  return async (ctx, id) => {
    assertCan(ctx.role, permission);
    return load(ctx, await found(rows(ctx.db).find(ctx.orgId, id), label, id));
  };
}
