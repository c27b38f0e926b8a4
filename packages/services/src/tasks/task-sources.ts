// The entities a task may serve (§6.1.3: a treatment action belongs to a risk). Each source type says how to
// find its entities' titles in one organization; a module that adds a source type adds one entry here.
import type { TaskSourceType } from '@openaims/core';
import { type Db, tables } from '@openaims/db';
import { and, eq, inArray } from 'drizzle-orm';

type TitleLookup = (db: Db, orgId: string, ids: string[]) => Promise<Map<string, string>>;

const SOURCES: Record<TaskSourceType, TitleLookup> = {
  risk: async (db, orgId, ids) => {
    const { risks } = tables;
    const rows = await db
      .select({ id: risks.id, title: risks.title })
      .from(risks)
      .where(and(eq(risks.organizationId, orgId), inArray(risks.id, ids)));
    return new Map(rows.map((r) => [r.id, r.title]));
  },
  // A review reminder (§7.5.2) opens a task on the document that falls due.
  document: async (db, orgId, ids) => {
    const { documents } = tables;
    const rows = await db
      .select({ id: documents.id, title: documents.title })
      .from(documents)
      .where(and(eq(documents.organizationId, orgId), inArray(documents.id, ids)));
    return new Map(rows.map((r) => [r.id, r.title]));
  },
  // §9.3.3: actions decided at a management review.
  management_review: async (db, orgId, ids) => {
    const { managementReviews: m } = tables;
    const rows = await db
      .select({ id: m.id, title: m.title })
      .from(m)
      .where(and(eq(m.organizationId, orgId), inArray(m.id, ids)));
    return new Map(rows.map((r) => [r.id, r.title]));
  },
};

/** Titles of source entities of the organization, keyed `type:id`; ids of other organizations are absent. */
export async function sourceTitles(
  db: Db,
  orgId: string,
  sources: { entityType: TaskSourceType; entityId: string }[],
): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  const byType = new Map<TaskSourceType, string[]>();
  for (const s of sources) byType.set(s.entityType, [...(byType.get(s.entityType) ?? []), s.entityId]);
  for (const [type, ids] of byType) {
    const found = await SOURCES[type](db, orgId, [...new Set(ids)]);
    for (const [id, title] of found) out.set(`${type}:${id}`, title);
  }
  return out;
}
