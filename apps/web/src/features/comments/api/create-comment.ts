// POST /orgs/{orgId}/comments → 201 Comment (the record asked about is not changed).
import { CommentSchema, type CreateCommentInput } from '@openaims/core';
import { api } from '../../../lib/api.ts';
import { useInvalidatingMutation } from '../../../lib/use-invalidating-mutation.ts';
import { commentKeys } from './comment-keys.ts';

export function useCreateComment(orgId: string) {
  return useInvalidatingMutation([commentKeys.all(orgId)], (input: CreateCommentInput) =>
    api.post(`/orgs/${orgId}/comments`, input, CommentSchema),
  );
}
