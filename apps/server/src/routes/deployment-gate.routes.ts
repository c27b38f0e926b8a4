// The organization's deployment gate rules (A.6.2.5): read by everyone, changed by AIMS leads.

import { createRoute } from '@hono/zod-openapi';
import { DeploymentGateRulesSchema, UpdateDeploymentGateRulesSchema } from '@openaims/core';
import { getDeploymentGateRules, updateDeploymentGateRules } from '@openaims/services';
import { errorResponses, json, jsonBody, OrgParams } from '../http/openapi-helpers.ts';
import type { RouteFn } from '../http/route.ts';

const path = '/api/v1/orgs/{orgId}/deployment-gate';
const tags = ['ai-systems'];

export function deploymentGateRoutes(route: RouteFn): void {
  route(
    { scope: 'org', permission: 'deployment_gate:read' },
    createRoute({
      method: 'get',
      path,
      tags,
      summary: 'What a system needs before it may enter deployment',
      request: { params: OrgParams },
      responses: { 200: json(DeploymentGateRulesSchema), ...errorResponses },
    }),
    async (c) => c.json(await getDeploymentGateRules(c.get('org')), 200),
  );
  route(
    { scope: 'org', permission: 'deployment_gate:manage' },
    createRoute({
      method: 'patch',
      path,
      tags,
      summary: 'Change the deployment gate rules',
      request: { params: OrgParams, body: jsonBody(UpdateDeploymentGateRulesSchema) },
      responses: { 200: json(DeploymentGateRulesSchema), ...errorResponses },
    }),
    async (c) => c.json(await updateDeploymentGateRules(c.get('org'), c.req.valid('json')), 200),
  );
}
