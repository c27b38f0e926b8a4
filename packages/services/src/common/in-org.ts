// The organization scope of a query on a tenant table, written one way everywhere.
import { and, eq, type Placeholder, type SQL, type SQLWrapper } from 'drizzle-orm';
import type { PgColumn } from 'drizzle-orm/pg-core';

/**
 * `table.organization_id = orgId AND …conditions`: every query of a tenant table is scoped to the
 * organization in this one expression, so the scope cannot be forgotten or written differently.
 * Undefined conditions are ignored, as `and` ignores them. `orgId` may be a placeholder, for a prepared statement
 * whose organization is filled in at each run.
 */
export function inOrg(
  table: { organizationId: PgColumn },
  orgId: string | Placeholder,
  ...conditions: (SQLWrapper | undefined)[]
): SQL {
  // `and` only returns undefined when every condition is undefined; the organization's never is.
  return and(eq(table.organizationId, orgId), ...conditions) as SQL;
}
