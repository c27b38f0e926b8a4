// Records kept as a numbered series (risk criteria, SoA versions, a document's versions, a system's impact
// assessments): the newest is the highest number, and lists show the series newest first.
import type { Db } from '@openaims/db';
import { desc, type SQL } from 'drizzle-orm';
import type { PgColumn, PgTable } from 'drizzle-orm/pg-core';
import { inOrg } from './in-org.ts';

type NumberedTable = PgTable & { organizationId: PgColumn; number: PgColumn };

/** The organization's rows of a numbered series, highest number first; `where` narrows to one series. */
export async function numberedRows<T extends NumberedTable>(
  db: Db,
  table: T,
  orgId: string,
  ...where: (SQL | undefined)[]
): Promise<T['$inferSelect'][]> {
  return db
    .select()
    .from(table as PgTable)
    .where(inOrg(table, orgId, ...where))
    .orderBy(desc(table.number));
}

/** The highest-numbered row of the series (its current version), if there is one. */
export async function latestNumbered<T extends NumberedTable>(
  db: Db,
  table: T,
  orgId: string,
  ...where: (SQL | undefined)[]
): Promise<T['$inferSelect'] | undefined> {
  const [row] = await db
    .select()
    .from(table as PgTable)
    .where(inOrg(table, orgId, ...where))
    .orderBy(desc(table.number))
    .limit(1);
  return row;
}
