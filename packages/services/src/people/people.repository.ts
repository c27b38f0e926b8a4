// Data access for competences and training records. Every query takes the organization id.
import {
  COMPETENCE_SORTS,
  type Competence,
  type CompetenceCoverage,
  CompetenceSchema,
  type ListQuery,
  type Page,
  TRAINING_SORTS,
  type Training,
  TrainingSchema,
} from '@openaims/core';
import { type Db, tables } from '@openaims/db';
import { sql } from 'drizzle-orm';
import { inOrg } from '../common/in-org.ts';
import { archivedFilter, eqIf, tenantPage } from '../common/list-page.ts';
import { projection } from '../common/projection.ts';
import { sortColumns } from '../common/sort-columns.ts';
import { tenantTable } from '../common/tenant-table.ts';

const { competences, trainings } = tables;
export type CompetenceRow = typeof competences.$inferSelect;
export type TrainingRow = typeof trainings.$inferSelect;

/** Row → API shape. */
export const toCompetence: (r: CompetenceRow) => Competence = projection(CompetenceSchema);

/** Row → API shape. */
export const toTraining: (r: TrainingRow) => Training = projection(TrainingSchema);

/** Queries on competences and trainings, scoped to one organization. */
export function peopleRepository(db: Db) {
  return {
    competences: tenantTable(db, competences),
    trainings: tenantTable(db, trainings),

    listCompetences(
      orgId: string,
      query: ListQuery & { archived?: 'true' | 'false' | 'all' },
    ): Promise<Page<CompetenceRow>> {
      return tenantPage(db, competences, orgId, query, {
        sortable: sortColumns(competences, COMPETENCE_SORTS),
        defaultSort: { field: 'title', desc: false },
        searchColumns: [competences.title, competences.role],
        filters: [archivedFilter(competences.archivedAt, query.archived)],
      });
    },

    listTrainings(
      orgId: string,
      query: ListQuery & { competenceId?: string; userId?: string },
    ): Promise<Page<TrainingRow>> {
      return tenantPage(db, trainings, orgId, query, {
        sortable: sortColumns(trainings, TRAINING_SORTS),
        defaultSort: { field: 'completedOn', desc: true },
        searchColumns: [trainings.personName, trainings.activity],
        filters: [eqIf(trainings.competenceId, query.competenceId), eqIf(trainings.userId, query.userId)],
      });
    },

    /** Per competence: distinct people trained, and how many of them hold a record valid on `today`. */
    async coverage(orgId: string, today: string): Promise<CompetenceCoverage[]> {
      const person = sql`coalesce(${trainings.userId}, lower(${trainings.personName}))`;
      const rows = await db
        .select({
          competenceId: trainings.competenceId,
          trained: sql<number>`count(distinct ${person})`,
          valid: sql<number>`count(distinct ${person}) filter (where ${trainings.validUntil} is null or ${trainings.validUntil} >= ${today})`,
        })
        .from(trainings)
        .where(inOrg(trainings, orgId))
        .groupBy(trainings.competenceId);
      return rows.map((r) => ({
        competenceId: r.competenceId,
        trained: Number(r.trained),
        valid: Number(r.valid),
        expired: Number(r.trained) - Number(r.valid),
      }));
    },
  };
}
