// The list service of a collection whose order and search are fixed (tokens, invitations, webhooks): the
// permission, then one keyset page of the organization's rows, each shown as the API's entity.
import type { ListQuery, Page, Permission } from '@openaims/core';
import type { PgColumn, PgTable } from 'drizzle-orm/pg-core';
import type { OrgContext } from '../context.ts';
import { type TenantListSpec, tenantPage } from './list-page.ts';
import { readPage } from './records.ts';

type TenantTable = PgTable & { id: PgColumn; organizationId: PgColumn };

/** `(ctx, query)` → a page of `table`'s rows of the caller's organization, listed per `spec`, as entities. */
export function tenantListService<T extends TenantTable, F extends string, E>(
  permission: Permission,
  table: T,
  toEntity: (row: T['$inferSelect']) => E,
  spec: TenantListSpec<F, T['$inferSelect']>,
): (ctx: OrgContext, query: ListQuery) => Promise<Page<E>> {
  return readPage(
    permission,
    (db) => (orgId, query: ListQuery) => tenantPage(db, table, orgId, query, spec),
    toEntity,
  );
}
