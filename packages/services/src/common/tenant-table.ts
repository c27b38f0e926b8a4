// Find, insert and update by id within one organization, for any table that leads with (id, organization_id).
// Modules add their own list queries; these three are the same everywhere.
import type { Db } from '@openaims/db';
import { eq } from 'drizzle-orm';
import type { PgColumn, PgTable } from 'drizzle-orm/pg-core';
import { inOrg } from './in-org.ts';

type TenantTable = PgTable & { id: PgColumn; organizationId: PgColumn };

/** Row access to one tenant table, every query scoped to the organization. */
export function tenantTable<T extends TenantTable>(db: Db, table: T) {
  type Row = T['$inferSelect'];
  const scope = (orgId: string, id: string) => inOrg(table, orgId, eq(table.id, id));
  return {
    async find(orgId: string, id: string, opts: { forUpdate?: boolean } = {}): Promise<Row | undefined> {
      const q = db
        .select()
        .from(table as PgTable)
        .where(scope(orgId, id));
      const [row] = opts.forUpdate ? await q.for('update') : await q;
      return row as Row | undefined;
    },
    async insert(row: T['$inferInsert']): Promise<Row> {
      const out = (await db.insert(table).values(row).returning()) as Row[];
      return out[0]!;
    },
    async update(orgId: string, id: string, set: Partial<Row>): Promise<Row> {
      const out = (await db
        .update(table)
        .set(set as never)
        .where(scope(orgId, id))
        .returning()) as Row[];
      return out[0]!;
    },
  };
}
