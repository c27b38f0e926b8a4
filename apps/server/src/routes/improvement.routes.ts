// Improvement (§10.2, A.8.4, EU AI Act Art. 73): nonconformities, corrective actions and AI incidents.
import { createRoute, z } from '@hono/zod-openapi';
import {
  CorrectiveActionSchema,
  CreateCorrectiveActionSchema,
  CreateIncidentSchema,
  CreateNonconformitySchema,
  EffectivenessCheckSchema,
  IncidentListQuerySchema,
  IncidentSchema,
  NonconformityListQuerySchema,
  NonconformitySchema,
  pageSchema,
  UpdateCorrectiveActionSchema,
  UpdateIncidentSchema,
  UpdateNonconformitySchema,
} from '@openaims/core';
import {
  checkCorrectiveAction,
  closeNonconformity,
  createCorrectiveAction,
  createIncident,
  createNonconformity,
  getIncident,
  getNonconformity,
  listCorrectiveActions,
  listIncidents,
  listNonconformities,
  updateCorrectiveAction,
  updateIncident,
  updateNonconformity,
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

const tags = ['improvement'];
const org = '/api/v1/orgs/{orgId}';

export function improvementRoutes(route: RouteFn): void {
  route(
    { scope: 'org', permission: 'improvement:read' },
    createRoute({
      method: 'get',
      path: `${org}/nonconformities`,
      tags,
      summary: 'Nonconformities, newest first',
      request: { params: OrgParams, query: NonconformityListQuerySchema },
      responses: { 200: json(pageSchema(NonconformitySchema)), ...errorResponses },
    }),
    async (c) => c.json(await listNonconformities(c.get('org'), c.req.valid('query')), 200),
  );
  route(
    { scope: 'org', permission: 'nonconformity:create' },
    createRoute({
      method: 'post',
      path: `${org}/nonconformities`,
      tags,
      summary: 'Record a nonconformity (§10.2)',
      request: { params: OrgParams, body: jsonBody(CreateNonconformitySchema) },
      responses: { 201: json(NonconformitySchema, 'Created'), ...errorResponses },
    }),
    async (c) => {
      const x = await createNonconformity(c.get('org'), c.req.valid('json'));
      c.header('Location', `/api/v1/orgs/${x.organizationId}/nonconformities/${x.id}`);
      c.header('ETag', etag(x.version));
      return c.json(x, 201);
    },
  );
  route(
    { scope: 'org', permission: 'improvement:read' },
    createRoute({
      method: 'get',
      path: `${org}/nonconformities/{id}`,
      tags,
      summary: 'One nonconformity',
      request: { params: OrgIdParams },
      responses: { 200: json(NonconformitySchema), ...errorResponses },
    }),
    async (c) => {
      const x = await getNonconformity(c.get('org'), c.req.valid('param').id);
      c.header('ETag', etag(x.version));
      return c.json(x, 200);
    },
    { resource: 'nonconformity' },
  );
  route(
    { scope: 'org', permission: 'nonconformity:update' },
    createRoute({
      method: 'patch',
      path: `${org}/nonconformities/{id}`,
      tags,
      summary: 'Record the correction, root cause or other details (send If-Match)',
      request: { params: OrgIdParams, headers: IfMatchHeader, body: jsonBody(UpdateNonconformitySchema) },
      responses: { 200: json(NonconformitySchema), ...errorResponses },
    }),
    async (c) => {
      const x = await updateNonconformity(
        c.get('org'),
        c.req.valid('param').id,
        c.req.valid('json'),
        parseIfMatch(c.req.header('if-match')),
      );
      c.header('ETag', etag(x.version));
      return c.json(x, 200);
    },
    { resource: 'nonconformity' },
  );
  route(
    { scope: 'org', permission: 'nonconformity:close' },
    createRoute({
      method: 'post',
      path: `${org}/nonconformities/{id}/close`,
      tags,
      summary: 'Close once corrected, its cause found, its actions done and one found effective (§10.2)',
      request: { params: OrgIdParams },
      responses: { 200: json(NonconformitySchema), ...errorResponses },
    }),
    async (c) => c.json(await closeNonconformity(c.get('org'), c.req.valid('param').id), 200),
    { resource: 'nonconformity' },
  );
  route(
    { scope: 'org', permission: 'improvement:read' },
    createRoute({
      method: 'get',
      path: `${org}/corrective-actions`,
      tags,
      summary: 'Corrective actions of a nonconformity',
      request: { params: OrgParams, query: z.object({ nonconformityId: z.string().min(1).max(64) }) },
      responses: { 200: json(z.object({ items: z.array(CorrectiveActionSchema) })), ...errorResponses },
    }),
    async (c) => c.json(await listCorrectiveActions(c.get('org'), c.req.valid('query').nonconformityId), 200),
  );
  route(
    { scope: 'org', permission: 'nonconformity:update' },
    createRoute({
      method: 'post',
      path: `${org}/corrective-actions`,
      tags,
      summary: 'Plan an action to remove the cause (§10.2 c)',
      request: { params: OrgParams, body: jsonBody(CreateCorrectiveActionSchema) },
      responses: { 201: json(CorrectiveActionSchema, 'Created'), ...errorResponses },
    }),
    async (c) => c.json(await createCorrectiveAction(c.get('org'), c.req.valid('json')), 201),
  );
  route(
    { scope: 'org', permission: 'nonconformity:update' },
    createRoute({
      method: 'patch',
      path: `${org}/corrective-actions/{id}`,
      tags,
      summary: 'Change or complete a corrective action (send If-Match)',
      request: { params: OrgIdParams, headers: IfMatchHeader, body: jsonBody(UpdateCorrectiveActionSchema) },
      responses: { 200: json(CorrectiveActionSchema), ...errorResponses },
    }),
    async (c) => {
      const x = await updateCorrectiveAction(
        c.get('org'),
        c.req.valid('param').id,
        c.req.valid('json'),
        parseIfMatch(c.req.header('if-match')),
      );
      c.header('ETag', etag(x.version));
      return c.json(x, 200);
    },
    { resource: 'corrective_action' },
  );
  route(
    { scope: 'org', permission: 'nonconformity:close' },
    createRoute({
      method: 'post',
      path: `${org}/corrective-actions/{id}/effectiveness`,
      tags,
      summary: 'Record whether a done action removed the cause (§10.2 d)',
      request: { params: OrgIdParams, body: jsonBody(EffectivenessCheckSchema) },
      responses: { 200: json(CorrectiveActionSchema), ...errorResponses },
    }),
    async (c) =>
      c.json(await checkCorrectiveAction(c.get('org'), c.req.valid('param').id, c.req.valid('json')), 200),
    { resource: 'corrective_action' },
  );
  route(
    { scope: 'org', permission: 'improvement:read' },
    createRoute({
      method: 'get',
      path: `${org}/incidents`,
      tags,
      summary: 'AI incidents, newest first; serious=true for those under the Art. 73 clock',
      request: { params: OrgParams, query: IncidentListQuerySchema },
      responses: { 200: json(pageSchema(IncidentSchema)), ...errorResponses },
    }),
    async (c) => c.json(await listIncidents(c.get('org'), c.req.valid('query')), 200),
  );
  route(
    { scope: 'org', permission: 'incident:create' },
    createRoute({
      method: 'post',
      path: `${org}/incidents`,
      tags,
      summary: 'Record an AI incident (the server decides seriousness and the reporting deadline)',
      request: { params: OrgParams, body: jsonBody(CreateIncidentSchema) },
      responses: { 201: json(IncidentSchema, 'Created'), ...errorResponses },
    }),
    async (c) => {
      const x = await createIncident(c.get('org'), c.req.valid('json'));
      c.header('Location', `/api/v1/orgs/${x.organizationId}/incidents/${x.id}`);
      c.header('ETag', etag(x.version));
      return c.json(x, 201);
    },
  );
  route(
    { scope: 'org', permission: 'improvement:read' },
    createRoute({
      method: 'get',
      path: `${org}/incidents/{id}`,
      tags,
      summary: 'One AI incident',
      request: { params: OrgIdParams },
      responses: { 200: json(IncidentSchema), ...errorResponses },
    }),
    async (c) => {
      const x = await getIncident(c.get('org'), c.req.valid('param').id);
      c.header('ETag', etag(x.version));
      return c.json(x, 200);
    },
    { resource: 'incident' },
  );
  route(
    { scope: 'org', permission: 'incident:update' },
    createRoute({
      method: 'patch',
      path: `${org}/incidents/{id}`,
      tags,
      summary: 'Change an incident, record its report or link its nonconformity (send If-Match)',
      request: { params: OrgIdParams, headers: IfMatchHeader, body: jsonBody(UpdateIncidentSchema) },
      responses: { 200: json(IncidentSchema), ...errorResponses },
    }),
    async (c) => {
      const x = await updateIncident(
        c.get('org'),
        c.req.valid('param').id,
        c.req.valid('json'),
        parseIfMatch(c.req.header('if-match')),
      );
      c.header('ETag', etag(x.version));
      return c.json(x, 200);
    },
    { resource: 'incident' },
  );
}
