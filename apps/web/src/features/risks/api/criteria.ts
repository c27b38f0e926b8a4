// Risk criteria API hooks (§6.1.1): the current version, the history, and PUT to make the next version.
import { type RiskCriteriaInput, RiskCriteriaSchema } from '@openaims/core';
import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import { api } from '../../../lib/api.ts';
import { riskKeys } from './risks.ts';

export const riskCriteriaVersionsQuery = (orgId: string) =>
  queryOptions({
    queryKey: [...riskKeys.all(orgId), 'criteria-versions'] as const,
    queryFn: () =>
      api.get(`/orgs/${orgId}/risk-criteria/versions`, z.object({ items: z.array(RiskCriteriaSchema) })),
  });

/** Saves new criteria as the next version; the register and heatmaps refetch. */
export function useUpdateRiskCriteria(orgId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (input: RiskCriteriaInput) =>
      api.put(`/orgs/${orgId}/risk-criteria`, input, RiskCriteriaSchema),
    onSuccess: () => qc.invalidateQueries({ queryKey: riskKeys.all(orgId) }),
  });
}
