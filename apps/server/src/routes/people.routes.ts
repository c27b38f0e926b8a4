// Competence (§7.2) and AI literacy (EU AI Act Art. 4): requirements per role, training records, coverage.
import { z } from '@hono/zod-openapi';
import {
  CompetenceCoverageSchema,
  CompetenceListQuerySchema,
  CompetenceSchema,
  CreateCompetenceSchema,
  CreateTrainingSchema,
  TrainingListQuerySchema,
  TrainingSchema,
  UpdateCompetenceSchema,
} from '@openaims/core';
import {
  archiveCompetence,
  createCompetence,
  getCompetence,
  getCompetenceCoverage,
  listCompetences,
  listTrainings,
  recordTraining,
  updateCompetence,
} from '@openaims/services';
import { orgOperations } from '../http/org-operations.ts';
import { resourceRoutes } from '../http/resource.ts';
import type { RouteFn } from '../http/route.ts';

const tags = ['people'];

export function peopleRoutes(route: RouteFn): void {
  resourceRoutes(route, {
    path: 'competences',
    resource: 'competence',
    label: 'competence requirement',
    tags,
    entity: CompetenceSchema,
    list: {
      permission: 'competence:read',
      summary: 'Competence requirements per role',
      query: CompetenceListQuerySchema,
      run: listCompetences,
    },
    create: {
      permission: 'competence:update',
      summary: 'Set a competence a role needs (§7.2 a)',
      body: CreateCompetenceSchema,
      run: createCompetence,
    },
    get: { permission: 'competence:read', run: getCompetence },
    update: { permission: 'competence:update', body: UpdateCompetenceSchema, run: updateCompetence },
    archive: {
      permission: 'competence:update',
      summary: 'Archive a competence requirement (training records stay)',
      run: archiveCompetence,
    },
  });
  resourceRoutes(route, {
    path: 'trainings',
    resource: 'training',
    label: 'training record',
    tags,
    entity: TrainingSchema,
    list: {
      permission: 'competence:read',
      summary: 'Training records, newest first',
      query: TrainingListQuerySchema,
      run: listTrainings,
    },
    create: {
      permission: 'training:create',
      summary: 'Record that someone acquired a competence (§7.2 d)',
      body: CreateTrainingSchema,
      run: recordTraining,
    },
  });

  orgOperations(
    route,
    tags,
  )({
    permission: 'competence:read',
    method: 'get',
    path: 'competence-coverage',
    summary: 'Per competence: people trained and records still valid today',
    response: z.object({ items: z.array(CompetenceCoverageSchema) }),
    run: getCompetenceCoverage,
  });
}
