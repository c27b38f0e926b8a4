// POST /orgs/{orgId}/comments → 201 Comment (the record asked about is not changed).
import { CommentSchema, type CreateCommentInput } from '@openaims/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api.ts';
import { commentKeys } from './comment-keys.ts';

export function useCreateComment(orgId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (input: CreateCommentInput) => api.post(`/orgs/${orgId}/comments`, input, CommentSchema),
    onSuccess: () => qc.invalidateQueries({ queryKey: commentKeys.all(orgId) }),
  });
}
