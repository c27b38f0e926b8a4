// AI system impact assessments (§6.1.4, §8.4, A.5; ISO/IEC 42005; EU AI Act Art. 27 FRIA).
import { createRoute, z } from '@hono/zod-openapi';
import {
  AiSystemSchema,
  CreateImpactAssessmentSchema,
  CreateRiskSchema,
  ImpactAssessmentSchema,
  ImpactFilterSchema,
  ImpactGateSchema,
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
import { errorResponses, json, jsonBody, ListQuery, OrgIdParams } from '../http/openapi-helpers.ts';
import { entityRoutes, resourceRoutes, sendEntity } from '../http/resource.ts';
import type { RouteFn } from '../http/route.ts';

const tags = ['impact-assessments'];
const base = '/api/v1/orgs/{orgId}/impact-assessments';
const EmptyBody = z.object({}).strict();

export function impactsRoutes(route: RouteFn): void {
  const assessment = resourceRoutes(route, {
    path: 'impact-assessments',
    resource: 'impact_assessment',
    label: 'impact assessment',
    tags,
    entity: ImpactAssessmentSchema,
    list: {
      permission: 'impact:read',
      summary: 'AI system impact assessments',
      query: ListQuery.extend(ImpactFilterSchema.shape),
      run: listImpactAssessments,
    },
    create: {
      permission: 'impact:create',
      summary: 'Start a draft impact assessment of an AI system (ISO/IEC 42005 or EU AI Act FRIA)',
      body: CreateImpactAssessmentSchema,
      run: createImpactAssessment,
    },
    get: { permission: 'impact:read', run: getImpactAssessment },
    update: {
      permission: 'impact:update',
      summary: 'Save changes to a draft (autosave); link findings to existing risks with riskIds',
      body: UpdateImpactAssessmentSchema,
      run: updateImpactAssessment,
    },
  });

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
  for (const [verb, permission, summary, run] of actions) {
    assessment({
      method: 'post',
      verb,
      permission,
      summary,
      input: { body: EmptyBody },
      response: ImpactAssessmentSchema,
      run,
    });
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
      return sendEntity(c, r, 201, 'risks');
    },
    { resource: 'impact_assessment' },
  );

  entityRoutes(route, { path: 'ai-systems', resource: 'ai_system', tags, entity: AiSystemSchema })({
    method: 'get',
    verb: 'impact-gate',
    permission: 'impact:read',
    summary: 'Whether the AI system has an approved impact assessment, and what is missing otherwise',
    response: ImpactGateSchema,
    run: (ctx, id) => getImpactGate(ctx, id),
  });
}
