// The entities a task may serve (§6.1.3: a treatment action belongs to a risk). Each source type says how to
// find its entities' titles in one organization; a module that adds a source type adds one entry here.
import type { TaskSourceType } from '@openaims/core';
import { type Db, tables } from '@openaims/db';

import type { PgColumn, PgTable } from 'drizzle-orm/pg-core';
import { anyOf } from '../common/any-of.ts';
import { inOrg } from '../common/in-org.ts';

type TitleLookup = (db: Db, orgId: string, ids: string[]) => Promise<Map<string, string>>;

type TitledTable = PgTable & { id: PgColumn; organizationId: PgColumn; title: PgColumn };

/** The titles of a table's rows of one organization, by id. */
function titlesOf(table: TitledTable): TitleLookup {
  return async (db, orgId, ids) => {
    const rows = (await db
      .select({ id: table.id, title: table.title })
      .from(table as PgTable)
      .where(inOrg(table, orgId, anyOf(table.id, ids)))) as {
      id: string;
      title: string;
    }[];
    return new Map(rows.map((r) => [r.id, r.title]));
  };
}

const SOURCES: Record<TaskSourceType, TitleLookup> = {
  risk: titlesOf(tables.risks),
  // A review reminder (§7.5.2) opens a task on the document that falls due.
  document: titlesOf(tables.documents),
  // §9.3.3: actions decided at a management review.
  management_review: titlesOf(tables.managementReviews),
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
