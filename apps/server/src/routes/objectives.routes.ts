// AI objectives (§6.2) with KPIs, and their measurements (§9.1).
import { createRoute, z } from '@hono/zod-openapi';
import {
  CreateMeasurementSchema,
  CreateObjectiveSchema,
  MeasurementSchema,
  ObjectiveListQuerySchema,
  ObjectiveSchema,
  pageSchema,
  UpdateObjectiveSchema,
} from '@openaims/core';
import {
  addMeasurement,
  archiveObjective,
  createObjective,
  getObjective,
  listMeasurements,
  listObjectives,
  updateObjective,
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

const tags = ['objectives'];
const base = '/api/v1/orgs/{orgId}/objectives';

export function objectivesRoutes(route: RouteFn): void {
  route(
    { scope: 'org', permission: 'objective:read' },
    createRoute({
      method: 'get',
      path: base,
      tags,
      summary: 'AI objectives with each KPI’s latest measurement and status',
      request: { params: OrgParams, query: ObjectiveListQuerySchema },
      responses: { 200: json(pageSchema(ObjectiveSchema)), ...errorResponses },
    }),
    async (c) => c.json(await listObjectives(c.get('org'), c.req.valid('query')), 200),
  );

  route(
    { scope: 'org', permission: 'objective:update' },
    createRoute({
      method: 'post',
      path: base,
      tags,
      summary: 'Set an AI objective with its KPIs (an active one needs KPIs and an owner)',
      request: { params: OrgParams, body: jsonBody(CreateObjectiveSchema) },
      responses: { 201: json(ObjectiveSchema, 'Created'), ...errorResponses },
    }),
    async (c) => {
      const o = await createObjective(c.get('org'), c.req.valid('json'));
      c.header('Location', `/api/v1/orgs/${o.organizationId}/objectives/${o.id}`);
      c.header('ETag', etag(o.version));
      return c.json(o, 201);
    },
  );

  route(
    { scope: 'org', permission: 'objective:read' },
    createRoute({
      method: 'get',
      path: `${base}/{id}`,
      tags,
      summary: 'One objective',
      request: { params: OrgIdParams },
      responses: { 200: json(ObjectiveSchema), ...errorResponses },
    }),
    async (c) => {
      const o = await getObjective(c.get('org'), c.req.valid('param').id);
      c.header('ETag', etag(o.version));
      return c.json(o, 200);
    },
    { resource: 'objective' },
  );

  route(
    { scope: 'org', permission: 'objective:update' },
    createRoute({
      method: 'patch',
      path: `${base}/{id}`,
      tags,
      summary: 'Change an objective or its KPIs (send If-Match to guard against lost updates)',
      request: { params: OrgIdParams, headers: IfMatchHeader, body: jsonBody(UpdateObjectiveSchema) },
      responses: { 200: json(ObjectiveSchema), ...errorResponses },
    }),
    async (c) => {
      const o = await updateObjective(
        c.get('org'),
        c.req.valid('param').id,
        c.req.valid('json'),
        parseIfMatch(c.req.header('if-match')),
      );
      c.header('ETag', etag(o.version));
      return c.json(o, 200);
    },
    { resource: 'objective' },
  );

  route(
    { scope: 'org', permission: 'objective:update' },
    createRoute({
      method: 'delete',
      path: `${base}/{id}`,
      tags,
      summary: 'Archive an objective (kept on record with its measurements)',
      request: { params: OrgIdParams },
      responses: { 204: { description: 'Archived' }, ...errorResponses },
    }),
    async (c) => {
      await archiveObjective(c.get('org'), c.req.valid('param').id);
      return c.body(null, 204);
    },
    { resource: 'objective' },
  );

  route(
    { scope: 'org', permission: 'objective:read' },
    createRoute({
      method: 'get',
      path: `${base}/{id}/measurements`,
      tags,
      summary: 'Measurements of the objective’s KPIs, newest first',
      request: { params: OrgIdParams, query: z.object({ kpiId: z.string().max(64).optional() }) },
      responses: { 200: json(z.object({ items: z.array(MeasurementSchema) })), ...errorResponses },
    }),
    async (c) =>
      c.json(await listMeasurements(c.get('org'), c.req.valid('param').id, c.req.valid('query').kpiId), 200),
    { resource: 'objective' },
  );

  route(
    { scope: 'org', permission: 'measurement:create' },
    createRoute({
      method: 'post',
      path: `${base}/{id}/measurements`,
      tags,
      summary: 'Record a KPI measurement (measurements are only ever added)',
      request: { params: OrgIdParams, body: jsonBody(CreateMeasurementSchema) },
      responses: { 201: json(MeasurementSchema, 'Created'), ...errorResponses },
    }),
    async (c) =>
      c.json(await addMeasurement(c.get('org'), c.req.valid('param').id, c.req.valid('json')), 201),
    { resource: 'objective' },
  );
}
