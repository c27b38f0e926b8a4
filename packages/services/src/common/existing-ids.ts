// Tenant isolation for references: a body may name only records of the caller's organization, so every module
// that checks the ids it is given asks the same question — which of them are rows of this organization?
import type { Db } from '@openaims/db';

import type { PgColumn, PgTable } from 'drizzle-orm/pg-core';
import { anyOf } from './any-of.ts';
import { inOrg } from './in-org.ts';

type TenantTable = PgTable & { id: PgColumn; organizationId: PgColumn };

/** The ids among `ids` that are rows of `table` in the organization (no query when none is asked about). */
export async function existingIds(
  db: Db,
  orgId: string,
  table: TenantTable,
  ids: readonly string[],
): Promise<Set<string>> {
  const wanted = [...new Set(ids)];
  if (wanted.length === 0) return new Set();
  const rows = await db
    .select({ id: table.id })
    .from(table as PgTable)
    .where(inOrg(table, orgId, anyOf(table.id, wanted)));
  return new Set(rows.map((r) => r.id as string));
}
