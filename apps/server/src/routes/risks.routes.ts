// AI risk register and risk criteria (§6.1.1–6.1.3, §8.2–8.3).
import { z } from '@hono/zod-openapi';
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
  risksRevision,
  updateRisk,
  updateRiskCriteria,
} from '@openaims/services';
import { ListQuery } from '../http/openapi-helpers.ts';
import { orgOperations } from '../http/org-operations.ts';
import { resourceRoutes } from '../http/resource.ts';
import type { RouteFn } from '../http/route.ts';

const tags = ['risks'];
const criteria = 'risk-criteria';

export function risksRoutes(route: RouteFn): void {
  const orgOperation = orgOperations(route, tags);
  orgOperation({
    permission: 'risk_criteria:read',
    method: 'get',
    path: criteria,
    summary: 'The current AI risk criteria (§6.1.1)',
    response: RiskCriteriaSchema,
    run: getRiskCriteria,
  });

  orgOperation({
    permission: 'risk_criteria:update',
    method: 'put',
    path: criteria,
    summary: 'Set new risk criteria (saved as the next version; existing risks keep theirs)',
    input: { body: RiskCriteriaInputSchema },
    response: RiskCriteriaSchema,
    run: updateRiskCriteria,
  });

  orgOperation({
    permission: 'risk_criteria:read',
    method: 'get',
    path: `${criteria}/versions`,
    summary: 'Every version of the risk criteria, newest first',
    response: z.object({ items: z.array(RiskCriteriaSchema) }),
    run: async (ctx) => ({ items: await listRiskCriteriaVersions(ctx) }),
  });

  const risk = resourceRoutes(route, {
    path: 'risks',
    resource: 'risk',
    label: 'AI risk',
    tags,
    entity: RiskSchema,
    list: {
      permission: 'risk:read',
      summary: 'The AI risk register',
      query: ListQuery.extend(RiskFilterSchema.shape),
      run: listRisks,
      revision: risksRevision,
    },
    create: {
      permission: 'risk:create',
      summary: 'Register an AI risk (scores are computed by the server; sent scores are ignored)',
      body: CreateRiskSchema,
      run: createRisk,
    },
    get: { permission: 'risk:read', run: getRisk },
    update: {
      permission: 'risk:update',
      summary: 'Change, re-assess or treat a risk (send If-Match to guard against lost updates)',
      body: UpdateRiskSchema,
      run: updateRisk,
    },
  });

  risk({
    method: 'post',
    verb: 'accept',
    permission: 'risk:accept',
    summary: 'Accept the residual risk (§6.1.3); the treatment plan must be approved first',
    input: { body: AcceptRiskSchema },
    response: RiskSchema,
    run: acceptRisk,
  });
  risk({
    method: 'post',
    verb: 'treatment/approve',
    permission: 'risk:accept',
    summary: 'Approve the treatment plan: option, controls and treatment tasks (§6.1.3)',
    input: { body: ApproveTreatmentSchema },
    response: RiskSchema,
    run: approveTreatment,
  });
  risk({
    method: 'get',
    verb: 'history',
    permission: 'risk:read',
    summary: 'Per-field history of a risk, from the ledger',
    input: { query: ListQuery },
    response: pageSchema(LedgerEntrySchema),
    run: riskHistory,
  });
}
