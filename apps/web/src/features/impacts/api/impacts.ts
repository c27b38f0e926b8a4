// Impact assessment API hooks: list, create, autosave, submit, approve.
import {
  type CreateImpactAssessmentInput,
  ImpactAssessmentSchema,
  type UpdateImpactAssessmentInput,
} from '@openaims/core';
import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api.ts';
import { fetchAllPages } from '../../../lib/collection.ts';

export const impactKeys = { all: (orgId: string) => ['orgs', orgId, 'impact-assessments'] as const };

export const impactsQuery = (orgId: string) =>
  queryOptions({
    queryKey: [...impactKeys.all(orgId), 'list'] as const,
    queryFn: () => fetchAllPages(`/orgs/${orgId}/impact-assessments`, ImpactAssessmentSchema),
  });

function useInvalidate(orgId: string) {
  const qc = useQueryClient();
  return () => qc.invalidateQueries({ queryKey: impactKeys.all(orgId) });
}

export function useCreateImpact(orgId: string) {
  const onSuccess = useInvalidate(orgId);
  return useMutation({
    mutationFn: (input: CreateImpactAssessmentInput) =>
      api.post(`/orgs/${orgId}/impact-assessments`, input, ImpactAssessmentSchema),
    onSuccess,
  });
}

export function useSaveImpact(orgId: string) {
  const onSuccess = useInvalidate(orgId);
  return useMutation({
    mutationFn: ({ id, input }: { id: string; input: UpdateImpactAssessmentInput }) =>
      api.patch(`/orgs/${orgId}/impact-assessments/${id}`, input, ImpactAssessmentSchema),
    onSuccess,
  });
}

export function useImpactAction(orgId: string, action: 'submit' | 'approve' | 'revise') {
  const onSuccess = useInvalidate(orgId);
  return useMutation({
    mutationFn: (id: string) =>
      api.post(`/orgs/${orgId}/impact-assessments/${id}/${action}`, {}, ImpactAssessmentSchema),
    onSuccess,
  });
}
