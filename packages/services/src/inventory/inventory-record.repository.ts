// Data access shared by models, datasets and suppliers: one table each, same columns for identity,
// archive and import keys. Every query takes the organization id.
import type { ListQuery, Page } from '@openaims/core';
import type { Db, tables } from '@openaims/db';
import { eq, type SQL } from 'drizzle-orm';
import { inOrg } from '../common/in-org.ts';
import { archivedFilter, tenantPage } from '../common/list-page.ts';

/** The three record tables handled here. */
export type RecordTable = typeof tables.models | typeof tables.datasets | typeof tables.suppliers;
type Sort = 'name' | 'createdAt' | 'updatedAt';

/** Queries on one inventory record table, scoped to an organization. */
export function recordRepository<
  T extends RecordTable,
  R extends { id: string; createdAt: Date; updatedAt: Date } = T['$inferSelect'],
>(db: Db, t: T) {
  // Drizzle cannot narrow a union of tables through generic calls; the three tables share these columns.
  const table = t as typeof tables.models;
  return {
    async find(orgId: string, id: string, opts: { forUpdate?: boolean } = {}): Promise<R | undefined> {
      const q = db
        .select()
        .from(table)
        .where(inOrg(table, orgId, eq(table.id, id)));
      const [row] = opts.forUpdate ? await q.for('update') : await q;
      return row as R | undefined;
    },

    async findByExternalRef(orgId: string, ref: string): Promise<R | undefined> {
      const [row] = await db
        .select()
        .from(table)
        .where(inOrg(table, orgId, eq(table.externalRef, ref)))
        .for('update');
      return row as R | undefined;
    },

    async list(
      orgId: string,
      query: ListQuery & { archived?: 'true' | 'false' | 'all' },
      extra?: SQL,
    ): Promise<Page<R>> {
      return tenantPage<typeof table, Sort>(db, table, orgId, query, {
        sortable: { name: table.name, createdAt: table.createdAt, updatedAt: table.updatedAt },
        defaultSort: { field: 'name', desc: false },
        searchColumns: [table.name, table.description],
        filters: [archivedFilter(table.archivedAt, query.archived), extra],
      }) as unknown as Promise<Page<R>>;
    },

    async count(orgId: string): Promise<number> {
      return (await db.$count(table, inOrg(table, orgId))) as number;
    },

    async insert(row: R): Promise<R> {
      const [out] = await db
        .insert(table)
        .values(row as unknown as typeof table.$inferInsert)
        .returning();
      return out as unknown as R;
    },

    async update(orgId: string, id: string, set: Partial<R>): Promise<R> {
      const [out] = await db
        .update(table)
        .set(set as Partial<typeof table.$inferInsert>)
        .where(inOrg(table, orgId, eq(table.id, id)))
        .returning();
      return out as unknown as R;
    },
  };
}
