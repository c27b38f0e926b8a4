// AI system impact assessments (§6.1.4, §8.4, A.5; ISO/IEC 42005; EU AI Act Art. 27 FRIA).
import { z } from '@hono/zod-openapi';
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
import { ListQuery } from '../http/openapi-helpers.ts';
import { entityRoutes, resourceRoutes } from '../http/resource.ts';
import type { RouteFn } from '../http/route.ts';

const tags = ['impact-assessments'];
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

  assessment({
    method: 'post',
    verb: 'risks',
    permission: 'risk:create',
    summary: 'Register a finding as a risk of the assessed system, linked to the assessment',
    input: { body: CreateRiskSchema },
    response: RiskSchema,
    status: 201,
    createdIn: () => 'risks',
    run: createRiskFromImpactAssessment,
  });

  entityRoutes(route, { path: 'ai-systems', resource: 'ai_system', tags, entity: AiSystemSchema })({
    method: 'get',
    verb: 'impact-gate',
    permission: 'impact:read',
    summary: 'Whether the AI system has an approved impact assessment, and what is missing otherwise',
    response: ImpactGateSchema,
    run: (ctx, id) => getImpactGate(ctx, id),
  });
}
