// GET|PATCH /orgs/{orgId}/deployment-gate: what a system needs before it enters deployment (A.6.2.5).
import { DeploymentGateRulesSchema, type UpdateDeploymentGateRulesInput } from '@openaims/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api.ts';
import { apiQuery } from '../../../lib/api-query.ts';
import { inventoryKeys } from './inventory-keys.ts';

const key = (orgId: string) => [...inventoryKeys.all(orgId), 'deployment-gate'] as const;

export const deploymentGateQuery = (orgId: string) =>
  apiQuery(key(orgId), `/orgs/${orgId}/deployment-gate`, DeploymentGateRulesSchema);

export const useDeploymentGate = (orgId: string) => useQuery(deploymentGateQuery(orgId));

export function useUpdateDeploymentGate(orgId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (input: UpdateDeploymentGateRulesInput) =>
      api.patch(`/orgs/${orgId}/deployment-gate`, input, DeploymentGateRulesSchema),
    onSuccess: (rules) => qc.setQueryData(key(orgId), rules),
  });
}
