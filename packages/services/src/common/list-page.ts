// One list query for every tenant collection: the organization's rows, the module's filters, keyset-paginated.
import type { ListQuery, Page } from '@openaims/core';
import type { Db } from '@openaims/db';
import { eq, isNotNull, isNull, ne, type SQL } from 'drizzle-orm';
import type { PgColumn, PgTable } from 'drizzle-orm/pg-core';
import { inOrg } from './in-org.ts';
import { planPage } from './paginate.ts';

type TenantTable = PgTable & { id: PgColumn; organizationId: PgColumn };

/** How one collection lists: its sortable columns, the default order, what `q` searches and the filters. */
export interface TenantListSpec<F extends string, R> {
  sortable: Record<F, PgColumn>;
  defaultSort: { field: NoInfer<F>; desc: boolean };
  searchColumns?: PgColumn[];
  /** Conditions besides the organization's (undefined ones are ignored, as `and` ignores them). */
  filters?: (SQL | undefined)[];
  /** The cursor value of a row when it is not simply the sort column's field. */
  sortValue?: (row: R, field: F) => string | number | Date | null;
}

/** A page of one organization's rows of a table, sorted by an allowed column then by id. */
export async function tenantPage<T extends TenantTable, F extends string>(
  db: Db,
  table: T,
  orgId: string,
  query: ListQuery,
  spec: TenantListSpec<F, T['$inferSelect']>,
): Promise<Page<T['$inferSelect']>> {
  type Row = T['$inferSelect'] & { id: string };
  const plan = planPage<F, Row>({
    query,
    sortable: spec.sortable,
    defaultSort: spec.defaultSort,
    idColumn: table.id,
    searchColumns: spec.searchColumns,
    sortValue: spec.sortValue ?? ((r, f) => (r as Record<F, string | number | Date | null>)[f]),
  });
  const rows = (await db
    .select()
    .from(table as PgTable)
    .where(inOrg(table, orgId, ...(spec.filters ?? []), plan.where))
    .orderBy(...plan.orderBy)
    .limit(plan.limit)) as Row[];
  return plan.toPage(rows);
}

/** `col = value` when the query names a value, no condition otherwise. */
export function eqIf(col: PgColumn, value: string | undefined): SQL | undefined {
  return value === undefined || value === '' ? undefined : eq(col, value);
}

/** The `archived` filter of a list: active rows by default, archived ones for 'true', all for 'all'. */
export function archivedFilter(col: PgColumn, archived: 'true' | 'false' | 'all' = 'false'): SQL | undefined {
  if (archived === 'all') return undefined;
  return archived === 'true' ? isNotNull(col) : isNull(col);
}

/**
 * The `open` filter of a list whose records end in one state (a nonconformity `closed`, an alert `resolved`): not
 * in that state for 'true', in it for 'false', every record otherwise.
 */
export function openFilter(
  status: PgColumn,
  endState: string,
  open: 'true' | 'false' | undefined,
): SQL | undefined {
  if (open === 'true') return ne(status, endState);
  return open === 'false' ? eq(status, endState) : undefined;
}
