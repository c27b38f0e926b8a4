// Risk criteria API hooks (§6.1.1): the current version, the history, and PUT to make the next version.
import { type RiskCriteriaInput, RiskCriteriaSchema } from '@openaims/core';
import { z } from 'zod';
import { api } from '../../../lib/api.ts';
import { apiQuery } from '../../../lib/api-query.ts';
import { useInvalidatingMutation } from '../../../lib/use-invalidating-mutation.ts';
import { riskKeys } from './risks.ts';

export const riskCriteriaVersionsQuery = (orgId: string) =>
  apiQuery(
    [...riskKeys.all(orgId), 'criteria-versions'] as const,
    `/orgs/${orgId}/risk-criteria/versions`,
    z.object({ items: z.array(RiskCriteriaSchema) }),
  );

/** Saves new criteria as the next version; the register and heatmaps refetch. */
export function useUpdateRiskCriteria(orgId: string) {
  return useInvalidatingMutation([riskKeys.all(orgId)], (input: RiskCriteriaInput) =>
    api.put(`/orgs/${orgId}/risk-criteria`, input, RiskCriteriaSchema),
  );
}
