// AI objectives (§6.2) with KPIs, and their measurements (§9.1).
import { createRoute, z } from '@hono/zod-openapi';
import {
  CreateMeasurementSchema,
  CreateObjectiveSchema,
  MeasurementSchema,
  ObjectiveListQuerySchema,
  ObjectiveSchema,
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
import { errorResponses, json, jsonBody, OrgIdParams } from '../http/openapi-helpers.ts';
import { resourceRoutes } from '../http/resource.ts';
import type { RouteFn } from '../http/route.ts';

const tags = ['objectives'];
const base = '/api/v1/orgs/{orgId}/objectives';

export function objectivesRoutes(route: RouteFn): void {
  resourceRoutes(route, {
    path: 'objectives',
    resource: 'objective',
    label: 'AI objective',
    tags,
    entity: ObjectiveSchema,
    list: {
      permission: 'objective:read',
      summary: 'AI objectives with each KPI’s latest measurement and status',
      query: ObjectiveListQuerySchema,
      run: listObjectives,
    },
    create: {
      permission: 'objective:update',
      summary: 'Set an AI objective with its KPIs (an active one needs KPIs and an owner)',
      body: CreateObjectiveSchema,
      run: createObjective,
    },
    get: { permission: 'objective:read', run: getObjective },
    update: {
      permission: 'objective:update',
      summary: 'Change an objective or its KPIs (send If-Match to guard against lost updates)',
      body: UpdateObjectiveSchema,
      run: updateObjective,
    },
    archive: {
      permission: 'objective:update',
      summary: 'Archive an objective (kept on record with its measurements)',
      run: archiveObjective,
    },
  });

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
