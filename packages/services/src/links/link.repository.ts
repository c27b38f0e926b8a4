// The one link table: records of any two modules linked once and read from either side (DESIGN §2.2). Most
// links are plain (`related`); where two records can be linked in several ways (the inventory's `uses_model`,
// `trained_on`, …) the relation says which.
import { newId } from '@openaims/core';
import { type Db, tables } from '@openaims/db';
import { and, asc, eq, or, type SQL, sql } from 'drizzle-orm';
import type { PgColumn } from 'drizzle-orm/pg-core';
import { anyOf } from '../common/any-of.ts';
import { inOrg } from '../common/in-org.ts';

const { entityLinks } = tables;

/** The relation of a plain link. */
export const RELATED = 'related';

/** One end of a link. */
export interface LinkEnd {
  type: string;
  id: string;
}

/** A link read from its `from` side, with its relation. */
export interface OutgoingLink {
  fromId: string;
  relation: string;
  toType: string;
  toId: string;
}

/**
 * Inserts links going out of `from`, stamped alike (a link without a relation gets the table's `related`); a link
 * that already exists is left as it is.
 */
async function insertOutgoing(
  db: Db,
  orgId: string,
  from: LinkEnd,
  links: { relation?: string; toType: string; toId: string }[],
  createdBy: string | null,
): Promise<void> {
  if (links.length === 0) return;
  const at = new Date();
  await db
    .insert(entityLinks)
    .values(
      links.map((l) => ({
        id: newId('link'),
        organizationId: orgId,
        fromType: from.type,
        fromId: from.id,
        ...l,
        createdAt: at,
        createdBy,
      })),
    )
    .onConflictDoNothing();
}

/**
 * `column` is the id of an `otherType` record linked to `end`, in either direction: a list filter written as one
 * subquery, so the page is one statement however many records are linked (a list of ids as parameters would stop
 * at the 65,535 a statement may carry).
 */
export function linkedWith(column: PgColumn, orgId: string, end: LinkEnd, otherType: string): SQL {
  return sql`${column} in (
    select ${entityLinks.toId} from ${entityLinks} where ${inOrg(entityLinks, orgId, eq(entityLinks.fromType, end.type), eq(entityLinks.fromId, end.id), eq(entityLinks.toType, otherType))}
    union all
    select ${entityLinks.fromId} from ${entityLinks} where ${inOrg(entityLinks, orgId, eq(entityLinks.toType, end.type), eq(entityLinks.toId, end.id), eq(entityLinks.fromType, otherType))})`;
}

/** The organization's links that meet every condition (undefined ones are left out, as `and` leaves them). */
function linksWhere(db: Db, orgId: string, ...conds: (SQL | undefined)[]) {
  return db
    .select()
    .from(entityLinks)
    .where(inOrg(entityLinks, orgId, ...conds));
}

/** Deletes the organization's links that meet every condition (as `linksWhere` selects them). */
async function deleteLinksWhere(db: Db, orgId: string, ...conds: (SQL | undefined)[]): Promise<void> {
  await db.delete(entityLinks).where(inOrg(entityLinks, orgId, ...conds));
}

/** Link queries scoped to one organization. */
export function linkRepository(db: Db) {
  return {
    /** For many records of one type at once: id → sorted ids of linked `otherType` records (any relation unless given). */
    async linksOfMany(
      orgId: string,
      type: string,
      ids: string[],
      otherType: string,
      relation?: string,
    ): Promise<Map<string, string[]>> {
      const out = new Map<string, string[]>();
      if (ids.length === 0) return out;
      const rows = await linksWhere(
        db,
        orgId,
        relation ? eq(entityLinks.relation, relation) : undefined,
        or(
          and(
            eq(entityLinks.fromType, type),
            anyOf(entityLinks.fromId, ids),
            eq(entityLinks.toType, otherType),
          ),
          and(
            eq(entityLinks.toType, type),
            anyOf(entityLinks.toId, ids),
            eq(entityLinks.fromType, otherType),
          ),
        ),
      );
      const wanted = new Set(ids);
      for (const r of rows) {
        const [self, other] =
          r.fromType === type && wanted.has(r.fromId) ? [r.fromId, r.toId] : [r.toId, r.fromId];
        out.set(self, [...(out.get(self) ?? []), other]);
      }
      for (const [k, v] of out) out.set(k, [...new Set(v)].sort());
      return out;
    },

    /** Everything linked to a record, with the other side's type and id. */
    async allLinks(
      orgId: string,
      end: LinkEnd,
    ): Promise<{ entityType: string; entityId: string; createdAt: Date }[]> {
      const rows = await linksWhere(
        db,
        orgId,
        or(
          and(eq(entityLinks.fromType, end.type), eq(entityLinks.fromId, end.id)),
          and(eq(entityLinks.toType, end.type), eq(entityLinks.toId, end.id)),
        ),
      );
      return rows
        .map((r) =>
          r.fromType === end.type && r.fromId === end.id
            ? { entityType: r.toType, entityId: r.toId, createdAt: r.createdAt }
            : { entityType: r.fromType, entityId: r.fromId, createdAt: r.createdAt },
        )
        .sort((a, b) => a.entityType.localeCompare(b.entityType) || a.entityId.localeCompare(b.entityId));
    },

    /**
     * Makes the plain (`related`) `otherType` links of `end` exactly `ids` (either direction counts); links of
     * other relations are left alone. Returns what was added and removed.
     */
    async replace(
      orgId: string,
      end: LinkEnd,
      otherType: string,
      ids: string[],
      createdBy: string | null,
    ): Promise<{ added: string[]; removed: string[] }> {
      const current =
        (await this.linksOfMany(orgId, end.type, [end.id], otherType, RELATED)).get(end.id) ?? [];
      const want = [...new Set(ids)];
      const added = want.filter((id) => !current.includes(id));
      const removed = current.filter((id) => !want.includes(id));
      if (removed.length) {
        await deleteLinksWhere(
          db,
          orgId,
          eq(entityLinks.relation, RELATED),
          or(
            and(
              eq(entityLinks.fromType, end.type),
              eq(entityLinks.fromId, end.id),
              eq(entityLinks.toType, otherType),
              anyOf(entityLinks.toId, removed),
            ),
            and(
              eq(entityLinks.toType, end.type),
              eq(entityLinks.toId, end.id),
              eq(entityLinks.fromType, otherType),
              anyOf(entityLinks.fromId, removed),
            ),
          ),
        );
      }
      await insertOutgoing(
        db,
        orgId,
        end,
        added.map((id) => ({ toType: otherType, toId: id })),
        createdBy,
      );
      return { added, removed };
    },

    /** Links going out of records of one type, with their relations, oldest first (then by target id). */
    async outgoing(
      orgId: string,
      fromType: string,
      fromIds: string[],
      relations?: readonly string[],
    ): Promise<OutgoingLink[]> {
      if (fromIds.length === 0) return [];
      return db
        .select({
          fromId: entityLinks.fromId,
          relation: entityLinks.relation,
          toType: entityLinks.toType,
          toId: entityLinks.toId,
        })
        .from(entityLinks)
        .where(
          inOrg(
            entityLinks,
            orgId,
            eq(entityLinks.fromType, fromType),
            anyOf(entityLinks.fromId, fromIds),
            relations ? anyOf(entityLinks.relation, [...relations]) : undefined,
          ),
        )
        .orderBy(asc(entityLinks.createdAt), asc(entityLinks.toId));
    },

    /** Makes the links going out of `from` under `relations` exactly `links`; others of `from` are left alone. */
    async replaceOutgoing(
      orgId: string,
      from: LinkEnd,
      relations: readonly string[],
      links: { relation: string; toType: string; toId: string }[],
      createdBy: string | null,
    ): Promise<void> {
      if (relations.length === 0) return;
      const key = (l: { relation: string; toType: string; toId: string }) =>
        `${l.relation} ${l.toType} ${l.toId}`;
      const current = await this.outgoing(orgId, from.type, [from.id], relations);
      const want = new Map(links.map((l) => [key(l), l]));
      const have = new Set(current.map(key));
      const removed = current.filter((l) => !want.has(key(l)));
      for (const l of removed) {
        await deleteLinksWhere(
          db,
          orgId,
          eq(entityLinks.fromType, from.type),
          eq(entityLinks.fromId, from.id),
          eq(entityLinks.relation, l.relation),
          eq(entityLinks.toType, l.toType),
          eq(entityLinks.toId, l.toId),
        );
      }
      const added = [...want.values()].filter((l) => !have.has(key(l)));
      await insertOutgoing(db, orgId, from, added, createdBy);
    },
  };
}
