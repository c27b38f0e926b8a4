// The generic link table: records of any two modules linked once and read from either side (DESIGN §2.2).
import { newId } from '@openaims/core';
import { type Db, tables } from '@openaims/db';
import { and, eq, inArray, or } from 'drizzle-orm';

const { entityLinks } = tables;

/** One end of a link. */
export interface LinkEnd {
  type: string;
  id: string;
}

/** Link queries scoped to one organization. */
export function linkRepository(db: Db) {
  return {
    /** Ids of `otherType` records linked to `end`, in either direction, sorted. */
    async linkedIds(orgId: string, end: LinkEnd, otherType: string): Promise<string[]> {
      const rows = await this.linksOfMany(orgId, end.type, [end.id], otherType);
      return rows.get(end.id) ?? [];
    },

    /** For many records of one type at once: id → sorted ids of linked `otherType` records. */
    async linksOfMany(orgId: string, type: string, ids: string[], otherType: string): Promise<Map<string, string[]>> {
      const out = new Map<string, string[]>();
      if (ids.length === 0) return out;
      const rows = await db
        .select()
        .from(entityLinks)
        .where(
          and(
            eq(entityLinks.organizationId, orgId),
            or(
              and(eq(entityLinks.fromType, type), inArray(entityLinks.fromId, ids), eq(entityLinks.toType, otherType)),
              and(eq(entityLinks.toType, type), inArray(entityLinks.toId, ids), eq(entityLinks.fromType, otherType)),
            ),
          ),
        );
      for (const r of rows) {
        const [self, other] = r.fromType === type && ids.includes(r.fromId) ? [r.fromId, r.toId] : [r.toId, r.fromId];
        out.set(self, [...(out.get(self) ?? []), other]);
      }
      for (const [k, v] of out) out.set(k, [...new Set(v)].sort());
      return out;
    },

    /** Everything linked to a record, with the other side's type and id. */
    async allLinks(orgId: string, end: LinkEnd): Promise<{ entityType: string; entityId: string; createdAt: Date }[]> {
      const rows = await db
        .select()
        .from(entityLinks)
        .where(
          and(
            eq(entityLinks.organizationId, orgId),
            or(and(eq(entityLinks.fromType, end.type), eq(entityLinks.fromId, end.id)), and(eq(entityLinks.toType, end.type), eq(entityLinks.toId, end.id))),
          ),
        );
      return rows
        .map((r) => (r.fromType === end.type && r.fromId === end.id ? { entityType: r.toType, entityId: r.toId, createdAt: r.createdAt } : { entityType: r.fromType, entityId: r.fromId, createdAt: r.createdAt }))
        .sort((a, b) => a.entityType.localeCompare(b.entityType) || a.entityId.localeCompare(b.entityId));
    },

    /** Makes the `otherType` links of `end` exactly `ids` (either direction counts); returns what was added and removed. */
    async replace(orgId: string, end: LinkEnd, otherType: string, ids: string[], createdBy: string | null): Promise<{ added: string[]; removed: string[] }> {
      const current = await this.linkedIds(orgId, end, otherType);
      const want = [...new Set(ids)];
      const added = want.filter((id) => !current.includes(id));
      const removed = current.filter((id) => !want.includes(id));
      if (removed.length) {
        await db.delete(entityLinks).where(
          and(
            eq(entityLinks.organizationId, orgId),
            or(
              and(eq(entityLinks.fromType, end.type), eq(entityLinks.fromId, end.id), eq(entityLinks.toType, otherType), inArray(entityLinks.toId, removed)),
              and(eq(entityLinks.toType, end.type), eq(entityLinks.toId, end.id), eq(entityLinks.fromType, otherType), inArray(entityLinks.fromId, removed)),
            ),
          ),
        );
      }
      if (added.length) {
        const at = new Date();
        await db
          .insert(entityLinks)
          .values(added.map((id) => ({ id: newId('link'), organizationId: orgId, fromType: end.type, fromId: end.id, toType: otherType, toId: id, createdAt: at, createdBy })))
          .onConflictDoNothing();
      }
      return { added, removed };
    },
  };
}
