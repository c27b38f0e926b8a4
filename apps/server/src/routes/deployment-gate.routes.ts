// The organization's deployment gate rules (A.6.2.5): read by everyone, changed by AIMS leads.

import { DeploymentGateRulesSchema, UpdateDeploymentGateRulesSchema } from '@openaims/core';
import { getDeploymentGateRules, updateDeploymentGateRules } from '@openaims/services';
import { orgOperations } from '../http/org-operations.ts';
import type { RouteFn } from '../http/route.ts';

const path = 'deployment-gate';
const tags = ['ai-systems'];

export function deploymentGateRoutes(route: RouteFn): void {
  const orgOperation = orgOperations(route, tags);
  orgOperation({
    permission: 'deployment_gate:read',
    method: 'get',
    path,
    summary: 'What a system needs before it may enter deployment',
    response: DeploymentGateRulesSchema,
    run: getDeploymentGateRules,
  });
  orgOperation({
    permission: 'deployment_gate:manage',
    method: 'patch',
    path,
    summary: 'Change the deployment gate rules',
    input: { body: UpdateDeploymentGateRulesSchema },
    response: DeploymentGateRulesSchema,
    run: updateDeploymentGateRules,
  });
}
