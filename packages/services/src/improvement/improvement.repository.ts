// Data access for nonconformities, corrective actions and incidents. Every query takes the organization id.
import {
  type CorrectiveAction,
  CorrectiveActionSchema,
  INCIDENT_SORTS,
  type Incident,
  IncidentSchema,
  type ListQuery,
  NC_SORTS,
  type Nonconformity,
  NonconformitySchema,
  type Page,
} from '@openaims/core';
import { type Db, tables } from '@openaims/db';
import { asc, sql } from 'drizzle-orm';
import { anyOf } from '../common/any-of.ts';
import { inOrg } from '../common/in-org.ts';
import { eqIf, openFilter, tenantPage } from '../common/list-page.ts';
import { projection } from '../common/projection.ts';
import { sortColumns } from '../common/sort-columns.ts';
import { tenantTable } from '../common/tenant-table.ts';

const { nonconformities, correctiveActions, incidents } = tables;
export type NcRow = typeof nonconformities.$inferSelect;
export type CaRow = typeof correctiveActions.$inferSelect;
export type IncidentRow = typeof incidents.$inferSelect;

export const toNonconformity: (r: NcRow) => Nonconformity = projection(NonconformitySchema, nonconformities);

export const toCorrectiveAction: (r: CaRow) => CorrectiveAction = projection(
  CorrectiveActionSchema,
  correctiveActions,
);

const incidentFields = projection(IncidentSchema, incidents);

/** Row → API shape; `serious` follows from its categories (Art. 3(49)) or a widespread effect. */
export const toIncident = (r: IncidentRow): Incident =>
  incidentFields({ ...r, serious: r.seriousCategories.length > 0 || r.widespread });

/** Queries on the improvement tables, scoped to one organization. */
export function improvementRepository(db: Db) {
  return {
    ncs: tenantTable(db, nonconformities),
    actions: tenantTable(db, correctiveActions),
    incidents: tenantTable(db, incidents),

    async listNcs(
      orgId: string,
      query: ListQuery & { status?: string; severity?: string; open?: 'true' | 'false' },
    ): Promise<Page<NcRow>> {
      return tenantPage(db, nonconformities, orgId, query, {
        sortable: sortColumns(nonconformities, NC_SORTS),
        defaultSort: { field: 'detectedOn', desc: true },
        searchColumns: [nonconformities.title, nonconformities.description],
        filters: [
          eqIf(nonconformities.status, query.status),
          eqIf(nonconformities.severity, query.severity),
          openFilter(nonconformities.status, 'closed', query.open),
        ],
      });
    },

    async actionsOf(orgId: string, ncIds: string[]): Promise<CaRow[]> {
      if (ncIds.length === 0) return [];
      return db
        .select()
        .from(correctiveActions)
        .where(inOrg(correctiveActions, orgId, anyOf(correctiveActions.nonconformityId, ncIds)))
        .orderBy(asc(correctiveActions.createdAt), asc(correctiveActions.id));
    },

    listIncidents(
      orgId: string,
      query: ListQuery & { status?: string; serious?: 'true' | 'false' },
    ): Promise<Page<IncidentRow>> {
      const serious = sql`(jsonb_array_length(${incidents.seriousCategories}) > 0 or ${incidents.widespread})`;
      return tenantPage(db, incidents, orgId, query, {
        sortable: sortColumns(incidents, INCIDENT_SORTS),
        defaultSort: { field: 'awareOn', desc: true },
        searchColumns: [incidents.title, incidents.description],
        filters: [
          eqIf(incidents.status, query.status),
          query.serious === 'true' ? serious : query.serious === 'false' ? sql`not ${serious}` : undefined,
        ],
      });
    },
  };
}
