// Data access for objectives and measurements. Every query takes the organization id.
import {
  type Kpi,
  type KpiProgress,
  kpiStatus,
  type ListQuery,
  type Measurement,
  MeasurementSchema,
  OBJECTIVE_SORTS,
  type Objective,
  ObjectiveSchema,
  type Page,
} from '@openaims/core';
import { type Db, tables } from '@openaims/db';
import { desc, eq } from 'drizzle-orm';
import { anyOf } from '../common/any-of.ts';
import { inOrg } from '../common/in-org.ts';
import { archivedFilter, eqIf, tenantPage } from '../common/list-page.ts';
import { projection } from '../common/projection.ts';
import { sortColumns } from '../common/sort-columns.ts';
import { tenantTable } from '../common/tenant-table.ts';

const { objectives, objectiveMeasurements } = tables;
export type ObjectiveRow = typeof objectives.$inferSelect;
type MeasurementRow = typeof objectiveMeasurements.$inferSelect;

/** Filters of the objectives list. */
export type ObjectiveListQuery = ListQuery & { status?: string; archived?: 'true' | 'false' | 'all' };

const objectiveFields = projection(ObjectiveSchema);

/** Row and the latest measurement per KPI → API shape, with each KPI's status computed by the core rule. */
export function toObjective(r: ObjectiveRow, latest: MeasurementRow[]): Objective {
  const progress: KpiProgress[] = r.kpis.map((k: Kpi) => {
    const m = latest.find((x) => x.objectiveId === r.id && x.kpiId === k.id);
    return {
      kpiId: k.id,
      latest: m ? { value: m.value, measuredAt: m.measuredAt } : null,
      status: kpiStatus(k, m?.value ?? null),
    };
  });
  return objectiveFields({ ...r, progress });
}

export const toMeasurement: (m: MeasurementRow) => Measurement = projection(MeasurementSchema);

/** Queries on objectives and objective_measurements, scoped to one organization. */
export function objectiveRepository(db: Db) {
  return {
    ...tenantTable(db, objectives),

    async list(orgId: string, query: ObjectiveListQuery): Promise<Page<ObjectiveRow>> {
      return tenantPage(db, objectives, orgId, query, {
        sortable: sortColumns(objectives, OBJECTIVE_SORTS),
        defaultSort: { field: 'title', desc: false },
        searchColumns: [objectives.title, objectives.description],
        filters: [
          eqIf(objectives.status, query.status),
          archivedFilter(objectives.archivedAt, query.archived),
        ],
      });
    },

    /** The latest measurement of every KPI of the given objectives (one query for a whole page). */
    async latest(orgId: string, objectiveIds: string[]): Promise<MeasurementRow[]> {
      if (objectiveIds.length === 0) return [];
      const m = objectiveMeasurements;
      return db
        .selectDistinctOn([m.objectiveId, m.kpiId])
        .from(m)
        .where(inOrg(m, orgId, anyOf(m.objectiveId, objectiveIds)))
        .orderBy(m.objectiveId, m.kpiId, desc(m.measuredAt), desc(m.createdAt));
    },

    async measurements(orgId: string, objectiveId: string, kpiId?: string): Promise<MeasurementRow[]> {
      return db
        .select()
        .from(objectiveMeasurements)
        .where(
          inOrg(
            objectiveMeasurements,
            orgId,
            eq(objectiveMeasurements.objectiveId, objectiveId),
            kpiId ? eq(objectiveMeasurements.kpiId, kpiId) : undefined,
          ),
        )
        .orderBy(desc(objectiveMeasurements.measuredAt), desc(objectiveMeasurements.createdAt))
        .limit(1000);
    },

    async kpisWithMeasurements(orgId: string, objectiveId: string): Promise<string[]> {
      const rows = await db
        .selectDistinct({ kpiId: objectiveMeasurements.kpiId })
        .from(objectiveMeasurements)
        .where(inOrg(objectiveMeasurements, orgId, eq(objectiveMeasurements.objectiveId, objectiveId)));
      return rows.map((r) => r.kpiId);
    },

    async insertMeasurement(row: MeasurementRow): Promise<MeasurementRow> {
      const [out] = await db.insert(objectiveMeasurements).values(row).returning();
      return out!;
    },
  };
}
