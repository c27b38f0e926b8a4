// Logs and threads (the access log, comments) list an organization's rows newest first by their time-ordered ids,
// narrowed by a few optional filters: the one query behind those lists, paged by `newestIdPage`.
import type { Page } from '@openaims/core';
import type { Db } from '@openaims/db';
import { desc, type SQL } from 'drizzle-orm';
import type { PgColumn, PgTable } from 'drizzle-orm/pg-core';
import { inOrg } from './in-org.ts';
import { newestIdPage } from './paginate.ts';

type TenantTable = PgTable & { id: PgColumn; organizationId: PgColumn };

/** What one newest-first list reads: whose rows, from which table, narrowed how, and how a row is shown. */
export interface NewestTenantPage<T extends TenantTable, E extends { id: string }> {
  table: T;
  orgId: string;
  /** The id prefix a cursor must carry (`acl`, `cmt` …). */
  prefix: string;
  /** Optional conditions; undefined ones are left out. */
  filters: (SQL | undefined)[];
  toEntity(row: T['$inferSelect']): E;
}

/** One newest-first page of the organization's rows of `table` that meet every filter; the cursor is the last id. */
export function newestTenantPage<T extends TenantTable, E extends { id: string }>(
  db: Db,
  query: { cursor?: string; limit?: number },
  p: NewestTenantPage<T, E>,
): Promise<Page<E>> {
  return newestIdPage(
    query,
    p.prefix,
    p.table.id,
    (before, take) =>
      db
        .select()
        .from(p.table as PgTable)
        .where(inOrg(p.table, p.orgId, ...p.filters, before))
        .orderBy(desc(p.table.id))
        .limit(take) as Promise<T['$inferSelect'][]>,
    p.toEntity,
  );
}
