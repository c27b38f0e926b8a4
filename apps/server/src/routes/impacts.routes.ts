// AI system impact assessments (§6.1.4, §8.4, A.5; ISO/IEC 42005; EU AI Act Art. 27 FRIA).
import { createRoute, z } from '@hono/zod-openapi';
import {
  CreateImpactAssessmentSchema,
  CreateRiskSchema,
  ImpactAssessmentSchema,
  ImpactFilterSchema,
  ImpactGateSchema,
  pageSchema,
  RiskSchema,
  UpdateImpactAssessmentSchema,
} from '@openaims/core';
import {
  approveImpactAssessment,
  createImpactAssessment,
  createRiskFromImpactAssessment,
  getImpactAssessment,
  getImpactGate,
  listImpactAssessments,
  reviseImpactAssessment,
  submitImpactAssessment,
  updateImpactAssessment,
} from '@openaims/services';
import type { Context } from 'hono';
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
import type { AppEnv } from '../http/types.ts';

const tags = ['impact-assessments'];
const base = '/api/v1/orgs/{orgId}/impact-assessments';
const EmptyBody = z.object({}).strict();

function send(c: Context<AppEnv>, ia: z.infer<typeof ImpactAssessmentSchema>, status: 200 | 201 = 200) {
  c.header('ETag', etag(ia.version));
  return c.json(ia, status);
}

export function impactsRoutes(route: RouteFn): void {
  route(
    { scope: 'org', permission: 'impact:read' },
    createRoute({
      method: 'get',
      path: base,
      tags,
      summary: 'AI system impact assessments',
      request: { params: OrgParams, query: ListQuery.extend(ImpactFilterSchema.shape) },
      responses: { 200: json(pageSchema(ImpactAssessmentSchema)), ...errorResponses },
    }),
    async (c) => c.json(await listImpactAssessments(c.get('org'), c.req.valid('query')), 200),
  );

  route(
    { scope: 'org', permission: 'impact:create' },
    createRoute({
      method: 'post',
      path: base,
      tags,
      summary: 'Start a draft impact assessment of an AI system (ISO/IEC 42005 or EU AI Act FRIA)',
      request: { params: OrgParams, body: jsonBody(CreateImpactAssessmentSchema) },
      responses: { 201: json(ImpactAssessmentSchema, 'Created'), ...errorResponses },
    }),
    async (c) => {
      const ia = await createImpactAssessment(c.get('org'), c.req.valid('json'));
      c.header('Location', `/api/v1/orgs/${ia.organizationId}/impact-assessments/${ia.id}`);
      return send(c, ia, 201) as never;
    },
  );

  route(
    { scope: 'org', permission: 'impact:read' },
    createRoute({
      method: 'get',
      path: `${base}/{id}`,
      tags,
      summary: 'One impact assessment',
      request: { params: OrgIdParams },
      responses: { 200: json(ImpactAssessmentSchema), ...errorResponses },
    }),
    async (c) => send(c, await getImpactAssessment(c.get('org'), c.req.valid('param').id)) as never,
    { resource: 'impact_assessment' },
  );

  route(
    { scope: 'org', permission: 'impact:update' },
    createRoute({
      method: 'patch',
      path: `${base}/{id}`,
      tags,
      summary: 'Save changes to a draft (autosave); link findings to existing risks with riskIds',
      request: { params: OrgIdParams, headers: IfMatchHeader, body: jsonBody(UpdateImpactAssessmentSchema) },
      responses: { 200: json(ImpactAssessmentSchema), ...errorResponses },
    }),
    async (c) =>
      send(
        c,
        await updateImpactAssessment(
          c.get('org'),
          c.req.valid('param').id,
          c.req.valid('json'),
          parseIfMatch(c.req.header('if-match')),
        ),
      ) as never,
    { resource: 'impact_assessment' },
  );

  const actions = [
    [
      'submit',
      'impact:update',
      'Submit a complete draft for approval (422 names what is missing)',
      submitImpactAssessment,
    ],
    [
      'approve',
      'impact:approve',
      'Approve a submitted assessment (supersedes the earlier approved one)',
      approveImpactAssessment,
    ],
    [
      'revise',
      'impact:update',
      'Start the next version as a draft copy (re-assessment, §8.4)',
      reviseImpactAssessment,
    ],
  ] as const;
  for (const [name, permission, summary, fn] of actions) {
    route(
      { scope: 'org', permission },
      createRoute({
        method: 'post',
        path: `${base}/{id}/${name}`,
        tags,
        summary,
        request: { params: OrgIdParams, body: jsonBody(EmptyBody) },
        responses: { 200: json(ImpactAssessmentSchema), ...errorResponses },
      }),
      async (c) => send(c, await fn(c.get('org'), c.req.valid('param').id)) as never,
      { resource: 'impact_assessment' },
    );
  }

  route(
    { scope: 'org', permission: 'risk:create' },
    createRoute({
      method: 'post',
      path: `${base}/{id}/risks`,
      tags,
      summary: 'Register a finding as a risk of the assessed system, linked to the assessment',
      request: { params: OrgIdParams, body: jsonBody(CreateRiskSchema) },
      responses: { 201: json(RiskSchema, 'Created'), ...errorResponses },
    }),
    async (c) => {
      const r = await createRiskFromImpactAssessment(
        c.get('org'),
        c.req.valid('param').id,
        c.req.valid('json'),
      );
      c.header('Location', `/api/v1/orgs/${r.organizationId}/risks/${r.id}`);
      return c.json(r, 201);
    },
    { resource: 'impact_assessment' },
  );

  route(
    { scope: 'org', permission: 'impact:read' },
    createRoute({
      method: 'get',
      path: '/api/v1/orgs/{orgId}/ai-systems/{id}/impact-gate',
      tags,
      summary: 'Whether the AI system has an approved impact assessment, and what is missing otherwise',
      request: { params: OrgIdParams },
      responses: { 200: json(ImpactGateSchema), ...errorResponses },
    }),
    async (c) => c.json(await getImpactGate(c.get('org'), c.req.valid('param').id), 200),
    { resource: 'ai_system' },
  );
}
