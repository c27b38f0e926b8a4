// A lookup by one of a tenant table's unique keys other than its id (an SoA version's number, a system's
// transparency record, a mandatory document's key): the organization's row, or undefined.
import type { Db } from '@openaims/db';
import type { SQL } from 'drizzle-orm';
import type { PgColumn, PgTable } from 'drizzle-orm/pg-core';
import { inOrg } from './in-org.ts';

/** The organization's row of `table` that meets the conditions, if there is one. */
export async function findInOrg<T extends PgTable & { organizationId: PgColumn }>(
  db: Db,
  table: T,
  orgId: string,
  ...conditions: SQL[]
): Promise<T['$inferSelect'] | undefined> {
  const [row] = await db
    .select()
    .from(table as PgTable)
    .where(inOrg(table, orgId, ...conditions));
  return row;
}
