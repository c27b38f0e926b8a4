// Impact assessment API hooks: list, create, autosave, submit, approve.
import {
  type CreateImpactAssessmentInput,
  ImpactAssessmentSchema,
  type UpdateImpactAssessmentInput,
} from '@openaims/core';
import { queryOptions } from '@tanstack/react-query';
import { api } from '../../../lib/api.ts';
import { fetchAllPages } from '../../../lib/collection.ts';
import { useInvalidatingMutation } from '../../../lib/use-invalidating-mutation.ts';

export const impactKeys = { all: (orgId: string) => ['orgs', orgId, 'impact-assessments'] as const };

export const impactsQuery = (orgId: string) =>
  queryOptions({
    queryKey: [...impactKeys.all(orgId), 'list'] as const,
    queryFn: () => fetchAllPages(`/orgs/${orgId}/impact-assessments`, ImpactAssessmentSchema),
  });

function useImpactMutation<I, O>(orgId: string, fn: (input: I) => Promise<O>) {
  return useInvalidatingMutation([impactKeys.all(orgId)], fn);
}

export function useCreateImpact(orgId: string) {
  return useImpactMutation(orgId, (input: CreateImpactAssessmentInput) =>
    api.post(`/orgs/${orgId}/impact-assessments`, input, ImpactAssessmentSchema),
  );
}

export function useSaveImpact(orgId: string) {
  return useImpactMutation(orgId, ({ id, input }: { id: string; input: UpdateImpactAssessmentInput }) =>
    api.patch(`/orgs/${orgId}/impact-assessments/${id}`, input, ImpactAssessmentSchema),
  );
}

export function useImpactAction(orgId: string, action: 'submit' | 'approve' | 'revise') {
  return useImpactMutation(orgId, (id: string) =>
    api.post(`/orgs/${orgId}/impact-assessments/${id}/${action}`, {}, ImpactAssessmentSchema),
  );
}
