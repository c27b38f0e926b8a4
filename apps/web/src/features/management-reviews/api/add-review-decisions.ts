// POST /orgs/{orgId}/management-reviews/{id}/decisions: actions become tasks (§9.3.3).
import { type AddReviewDecisionsInput, ManagementReviewSchema } from '@openaims/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api.ts';
import { managementReviewKeys } from './management-review-keys.ts';

export function useAddReviewDecisions(orgId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ id, input }: { id: string; input: AddReviewDecisionsInput }) =>
      api.post(`/orgs/${orgId}/management-reviews/${id}/decisions`, input, ManagementReviewSchema),
    onSuccess: async () => {
      await qc.invalidateQueries({ queryKey: managementReviewKeys.all(orgId) });
      await qc.invalidateQueries({ queryKey: ['orgs', orgId, 'tasks'] });
    },
  });
}
