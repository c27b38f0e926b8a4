// POST /orgs/{orgId}/comments/{id}/answer → 200 Comment (leads answer a request for information).
import { type AnswerCommentInput, CommentSchema } from '@openaims/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api.ts';
import { commentKeys } from './comment-keys.ts';

export function useAnswerComment(orgId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ id, input }: { id: string; input: AnswerCommentInput }) =>
      api.post(`/orgs/${orgId}/comments/${id}/answer`, input, CommentSchema),
    onSuccess: () => qc.invalidateQueries({ queryKey: commentKeys.all(orgId) }),
  });
}
