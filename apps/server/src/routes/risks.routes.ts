// AI risk register and risk criteria (§6.1.1–6.1.3, §8.2–8.3).
import { createRoute, z } from '@hono/zod-openapi';
import {
  AcceptRiskSchema,
  ApproveTreatmentSchema,
  CreateRiskSchema,
  LedgerEntrySchema,
  pageSchema,
  RiskCriteriaInputSchema,
  RiskCriteriaSchema,
  RiskFilterSchema,
  RiskSchema,
  UpdateRiskSchema,
} from '@openaims/core';
import {
  acceptRisk,
  approveTreatment,
  createRisk,
  getRisk,
  getRiskCriteria,
  listRiskCriteriaVersions,
  listRisks,
  riskHistory,
  updateRisk,
  updateRiskCriteria,
} from '@openaims/services';
import {
  errorResponses,
  etag,
  IfMatchHeader,
  json,
  jsonBody,
  ListQuery,
  OrgIdParams,
  OrgParams,
  parseIfMatch,
} from '../http/openapi-helpers.ts';
import type { RouteFn } from '../http/route.ts';

const tags = ['risks'];
const base = '/api/v1/orgs/{orgId}/risks';
const criteria = '/api/v1/orgs/{orgId}/risk-criteria';

export function risksRoutes(route: RouteFn): void {
  route(
    { scope: 'org', permission: 'risk_criteria:read' },
    createRoute({
      method: 'get',
      path: criteria,
      tags,
      summary: 'The current AI risk criteria (§6.1.1)',
      request: { params: OrgParams },
      responses: { 200: json(RiskCriteriaSchema), ...errorResponses },
    }),
    async (c) => c.json(await getRiskCriteria(c.get('org')), 200),
  );

  route(
    { scope: 'org', permission: 'risk_criteria:update' },
    createRoute({
      method: 'put',
      path: criteria,
      tags,
      summary: 'Set new risk criteria (saved as the next version; existing risks keep theirs)',
      request: { params: OrgParams, body: jsonBody(RiskCriteriaInputSchema) },
      responses: { 200: json(RiskCriteriaSchema), ...errorResponses },
    }),
    async (c) => c.json(await updateRiskCriteria(c.get('org'), c.req.valid('json')), 200),
  );

  route(
    { scope: 'org', permission: 'risk_criteria:read' },
    createRoute({
      method: 'get',
      path: `${criteria}/versions`,
      tags,
      summary: 'Every version of the risk criteria, newest first',
      request: { params: OrgParams },
      responses: { 200: json(z.object({ items: z.array(RiskCriteriaSchema) })), ...errorResponses },
    }),
    async (c) => c.json({ items: await listRiskCriteriaVersions(c.get('org')) }, 200),
  );

  route(
    { scope: 'org', permission: 'risk:read' },
    createRoute({
      method: 'get',
      path: base,
      tags,
      summary: 'The AI risk register',
      request: { params: OrgParams, query: ListQuery.extend(RiskFilterSchema.shape) },
      responses: { 200: json(pageSchema(RiskSchema)), ...errorResponses },
    }),
    async (c) => c.json(await listRisks(c.get('org'), c.req.valid('query')), 200),
  );

  route(
    { scope: 'org', permission: 'risk:create' },
    createRoute({
      method: 'post',
      path: base,
      tags,
      summary: 'Register an AI risk (scores are computed by the server; sent scores are ignored)',
      request: { params: OrgParams, body: jsonBody(CreateRiskSchema) },
      responses: { 201: json(RiskSchema, 'Created'), ...errorResponses },
    }),
    async (c) => {
      const r = await createRisk(c.get('org'), c.req.valid('json'));
      c.header('Location', `/api/v1/orgs/${r.organizationId}/risks/${r.id}`);
      c.header('ETag', etag(r.version));
      return c.json(r, 201);
    },
  );

  route(
    { scope: 'org', permission: 'risk:read' },
    createRoute({
      method: 'get',
      path: `${base}/{id}`,
      tags,
      summary: 'One AI risk',
      request: { params: OrgIdParams },
      responses: { 200: json(RiskSchema), ...errorResponses },
    }),
    async (c) => {
      const r = await getRisk(c.get('org'), c.req.valid('param').id);
      c.header('ETag', etag(r.version));
      return c.json(r, 200);
    },
    { resource: 'risk' },
  );

  route(
    { scope: 'org', permission: 'risk:update' },
    createRoute({
      method: 'patch',
      path: `${base}/{id}`,
      tags,
      summary: 'Change, re-assess or treat a risk (send If-Match to guard against lost updates)',
      request: { params: OrgIdParams, headers: IfMatchHeader, body: jsonBody(UpdateRiskSchema) },
      responses: { 200: json(RiskSchema), ...errorResponses },
    }),
    async (c) => {
      const r = await updateRisk(
        c.get('org'),
        c.req.valid('param').id,
        c.req.valid('json'),
        parseIfMatch(c.req.header('if-match')),
      );
      c.header('ETag', etag(r.version));
      return c.json(r, 200);
    },
    { resource: 'risk' },
  );

  route(
    { scope: 'org', permission: 'risk:accept' },
    createRoute({
      method: 'post',
      path: `${base}/{id}/accept`,
      tags,
      summary: 'Accept the residual risk (§6.1.3); the treatment plan must be approved first',
      request: { params: OrgIdParams, body: jsonBody(AcceptRiskSchema) },
      responses: { 200: json(RiskSchema), ...errorResponses },
    }),
    async (c) => {
      const r = await acceptRisk(c.get('org'), c.req.valid('param').id, c.req.valid('json'));
      c.header('ETag', etag(r.version));
      return c.json(r, 200);
    },
    { resource: 'risk' },
  );

  route(
    { scope: 'org', permission: 'risk:accept' },
    createRoute({
      method: 'post',
      path: `${base}/{id}/treatment/approve`,
      tags,
      summary: 'Approve the treatment plan: option, controls and treatment tasks (§6.1.3)',
      request: { params: OrgIdParams, body: jsonBody(ApproveTreatmentSchema) },
      responses: { 200: json(RiskSchema), ...errorResponses },
    }),
    async (c) => {
      const r = await approveTreatment(c.get('org'), c.req.valid('param').id, c.req.valid('json'));
      c.header('ETag', etag(r.version));
      return c.json(r, 200);
    },
    { resource: 'risk' },
  );

  route(
    { scope: 'org', permission: 'risk:read' },
    createRoute({
      method: 'get',
      path: `${base}/{id}/history`,
      tags,
      summary: 'Per-field history of a risk, from the ledger',
      request: { params: OrgIdParams, query: ListQuery },
      responses: { 200: json(pageSchema(LedgerEntrySchema)), ...errorResponses },
    }),
    async (c) => c.json(await riskHistory(c.get('org'), c.req.valid('param').id, c.req.valid('query')), 200),
    { resource: 'risk' },
  );
}
