// Data access for the context register and profile. Every query takes the organization id.
import {
  CONTEXT_SORTS,
  type ContextItem,
  ContextItemSchema,
  type ContextProfile,
  type ListQuery,
  type Page,
} from '@openaims/core';
import { type Db, tables } from '@openaims/db';
import { eq } from 'drizzle-orm';
import { anyOf } from '../common/any-of.ts';
import { inOrg } from '../common/in-org.ts';
import { archivedFilter, eqIf, tenantPage } from '../common/list-page.ts';
import { projection } from '../common/projection.ts';
import { sortColumns } from '../common/sort-columns.ts';
import { tenantTable } from '../common/tenant-table.ts';

const { contextItems, contextProfiles } = tables;
export type ContextItemRow = typeof contextItems.$inferSelect;
type ProfileRow = typeof contextProfiles.$inferSelect;

/** Filters of the context list. */
export type ContextListQuery = ListQuery & {
  kind?: string;
  category?: string;
  archived?: 'true' | 'false' | 'all';
};

/** Row → API shape. */
export const toContextItem: (r: ContextItemRow) => ContextItem = projection(ContextItemSchema);

/** Profile row → API shape; an organization that never set its roles has version 0. */
export function toContextProfile(r: ProfileRow | undefined): ContextProfile {
  return {
    isoRoles: (r?.isoRoles ?? []) as ContextProfile['isoRoles'],
    operatorRoles: (r?.operatorRoles ?? []) as ContextProfile['operatorRoles'],
    rolesNote: r?.rolesNote ?? '',
    updatedAt: r?.updatedAt.toISOString() ?? null,
    version: r?.version ?? 0,
  };
}

/** Queries on context_items and context_profiles, scoped to one organization. */
export function contextRepository(db: Db) {
  return {
    ...tenantTable(db, contextItems),

    async list(orgId: string, query: ContextListQuery): Promise<Page<ContextItemRow>> {
      return tenantPage(db, contextItems, orgId, query, {
        sortable: sortColumns(contextItems, CONTEXT_SORTS),
        defaultSort: { field: 'title', desc: false },
        searchColumns: [contextItems.title, contextItems.description],
        filters: [
          query.kind === 'issue'
            ? anyOf(contextItems.kind, ['internal_issue', 'external_issue'])
            : query.kind
              ? eq(contextItems.kind, query.kind)
              : undefined,
          eqIf(contextItems.category, query.category),
          archivedFilter(contextItems.archivedAt, query.archived),
        ],
      });
    },

    async profile(orgId: string, opts: { forUpdate?: boolean } = {}): Promise<ProfileRow | undefined> {
      const q = db.select().from(contextProfiles).where(inOrg(contextProfiles, orgId));
      const [row] = opts.forUpdate ? await q.for('update') : await q;
      return row;
    },

    async saveProfile(row: ProfileRow): Promise<ProfileRow> {
      const [out] = await db
        .insert(contextProfiles)
        .values(row)
        .onConflictDoUpdate({
          target: contextProfiles.organizationId,
          set: {
            isoRoles: row.isoRoles,
            operatorRoles: row.operatorRoles,
            rolesNote: row.rolesNote,
            updatedAt: row.updatedAt,
            version: row.version,
          },
        })
        .returning();
      return out!;
    },
  };
}
