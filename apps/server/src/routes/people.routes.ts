// Competence (§7.2) and AI literacy (EU AI Act Art. 4): requirements per role, training records, coverage.
import { createRoute, z } from '@hono/zod-openapi';
import {
  CompetenceCoverageSchema,
  CompetenceListQuerySchema,
  CompetenceSchema,
  CreateCompetenceSchema,
  CreateTrainingSchema,
  pageSchema,
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
import {
  errorResponses,
  etag,
  IfMatchHeader,
  json,
  jsonBody,
  OrgIdParams,
  OrgParams,
  parseIfMatch,
} from '../http/openapi-helpers.ts';
import type { RouteFn } from '../http/route.ts';

const tags = ['people'];
const org = '/api/v1/orgs/{orgId}';

export function peopleRoutes(route: RouteFn): void {
  route(
    { scope: 'org', permission: 'competence:read' },
    createRoute({
      method: 'get',
      path: `${org}/competences`,
      tags,
      summary: 'Competence requirements per role',
      request: { params: OrgParams, query: CompetenceListQuerySchema },
      responses: { 200: json(pageSchema(CompetenceSchema)), ...errorResponses },
    }),
    async (c) => c.json(await listCompetences(c.get('org'), c.req.valid('query')), 200),
  );

  route(
    { scope: 'org', permission: 'competence:update' },
    createRoute({
      method: 'post',
      path: `${org}/competences`,
      tags,
      summary: 'Set a competence a role needs (§7.2 a)',
      request: { params: OrgParams, body: jsonBody(CreateCompetenceSchema) },
      responses: { 201: json(CompetenceSchema, 'Created'), ...errorResponses },
    }),
    async (c) => {
      const x = await createCompetence(c.get('org'), c.req.valid('json'));
      c.header('Location', `/api/v1/orgs/${x.organizationId}/competences/${x.id}`);
      c.header('ETag', etag(x.version));
      return c.json(x, 201);
    },
  );

  route(
    { scope: 'org', permission: 'competence:read' },
    createRoute({
      method: 'get',
      path: `${org}/competence-coverage`,
      tags,
      summary: 'Per competence: people trained and records still valid today',
      request: { params: OrgParams },
      responses: { 200: json(z.object({ items: z.array(CompetenceCoverageSchema) })), ...errorResponses },
    }),
    async (c) => c.json(await getCompetenceCoverage(c.get('org')), 200),
  );

  route(
    { scope: 'org', permission: 'competence:read' },
    createRoute({
      method: 'get',
      path: `${org}/competences/{id}`,
      tags,
      summary: 'One competence requirement',
      request: { params: OrgIdParams },
      responses: { 200: json(CompetenceSchema), ...errorResponses },
    }),
    async (c) => {
      const x = await getCompetence(c.get('org'), c.req.valid('param').id);
      c.header('ETag', etag(x.version));
      return c.json(x, 200);
    },
    { resource: 'competence' },
  );

  route(
    { scope: 'org', permission: 'competence:update' },
    createRoute({
      method: 'patch',
      path: `${org}/competences/{id}`,
      tags,
      summary: 'Change a competence requirement (send If-Match)',
      request: { params: OrgIdParams, headers: IfMatchHeader, body: jsonBody(UpdateCompetenceSchema) },
      responses: { 200: json(CompetenceSchema), ...errorResponses },
    }),
    async (c) => {
      const x = await updateCompetence(
        c.get('org'),
        c.req.valid('param').id,
        c.req.valid('json'),
        parseIfMatch(c.req.header('if-match')),
      );
      c.header('ETag', etag(x.version));
      return c.json(x, 200);
    },
    { resource: 'competence' },
  );

  route(
    { scope: 'org', permission: 'competence:update' },
    createRoute({
      method: 'delete',
      path: `${org}/competences/{id}`,
      tags,
      summary: 'Archive a competence requirement (training records stay)',
      request: { params: OrgIdParams },
      responses: { 204: { description: 'Archived' }, ...errorResponses },
    }),
    async (c) => {
      await archiveCompetence(c.get('org'), c.req.valid('param').id);
      return c.body(null, 204);
    },
    { resource: 'competence' },
  );

  route(
    { scope: 'org', permission: 'competence:read' },
    createRoute({
      method: 'get',
      path: `${org}/trainings`,
      tags,
      summary: 'Training records, newest first',
      request: { params: OrgParams, query: TrainingListQuerySchema },
      responses: { 200: json(pageSchema(TrainingSchema)), ...errorResponses },
    }),
    async (c) => c.json(await listTrainings(c.get('org'), c.req.valid('query')), 200),
  );

  route(
    { scope: 'org', permission: 'training:create' },
    createRoute({
      method: 'post',
      path: `${org}/trainings`,
      tags,
      summary: 'Record that someone acquired a competence (§7.2 d)',
      request: { params: OrgParams, body: jsonBody(CreateTrainingSchema) },
      responses: { 201: json(TrainingSchema, 'Created'), ...errorResponses },
    }),
    async (c) => c.json(await recordTraining(c.get('org'), c.req.valid('json')), 201),
  );
}
