// Links between inventory records (system uses model/dataset, is supplied by; model trained/validated/tested on dataset).
import { AppError } from '@openaims/core';
import { type Db, tables } from '@openaims/db';
import { and, eq, inArray } from 'drizzle-orm';
import type { PgColumn, PgTable } from 'drizzle-orm/pg-core';

const { inventoryLinks } = tables;

/** The relations the inventory records. */
export type LinkRelation =
  | 'uses_model'
  | 'uses_dataset'
  | 'supplied_by'
  | 'trained_on'
  | 'validated_on'
  | 'tested_on';
/** One stored link. */
export interface Link {
  fromId: string;
  relation: LinkRelation;
  toId: string;
}

/** Reads and replaces an organization's inventory links. */
export function inventoryLinkRepository(db: Db) {
  return {
    async listFrom(orgId: string, fromIds: string[]): Promise<Link[]> {
      if (fromIds.length === 0) return [];
      const rows = await db
        .select({
          fromId: inventoryLinks.fromId,
          relation: inventoryLinks.relation,
          toId: inventoryLinks.toId,
        })
        .from(inventoryLinks)
        .where(and(eq(inventoryLinks.organizationId, orgId), inArray(inventoryLinks.fromId, fromIds)))
        .orderBy(inventoryLinks.createdAt, inventoryLinks.toId);
      return rows as Link[];
    },

    /** Replaces the links of `fromId` under the given relations with `links`. */
    async replace(
      orgId: string,
      fromId: string,
      relations: LinkRelation[],
      links: { relation: LinkRelation; toId: string }[],
    ): Promise<void> {
      await db
        .delete(inventoryLinks)
        .where(
          and(
            eq(inventoryLinks.organizationId, orgId),
            eq(inventoryLinks.fromId, fromId),
            inArray(inventoryLinks.relation, relations),
          ),
        );
      if (links.length === 0) return;
      const at = new Date();
      const unique = new Map(links.map((l) => [`${l.relation} ${l.toId}`, l]));
      await db.insert(inventoryLinks).values(
        [...unique.values()].map((l) => ({
          organizationId: orgId,
          fromId,
          relation: l.relation,
          toId: l.toId,
          createdAt: at,
        })),
      );
    },
  };
}

/** Throws RULE_VIOLATION naming the body path of every id that is not a record of this organization. */
export async function assertRecordsExist(
  db: Db,
  orgId: string,
  table: PgTable & { id: PgColumn; organizationId: PgColumn },
  ids: string[],
  path: string,
): Promise<void> {
  const wanted = [...new Set(ids)];
  if (wanted.length === 0) return;
  const found = await db
    .select({ id: table.id })
    .from(table)
    .where(and(eq(table.organizationId, orgId), inArray(table.id, wanted)));
  const have = new Set(found.map((r) => r.id as string));
  const errors = ids.flatMap((id, i) =>
    have.has(id) ? [] : [{ path: `${path}.${i}`, message: `${id} is not a record of this organization` }],
  );
  if (errors.length)
    throw new AppError('RULE_VIOLATION', `Unknown ${path}: ${errors.map((e) => e.message).join('; ')}`, {
      errors,
    });
}
