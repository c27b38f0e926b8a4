// POST /orgs/{orgId}/comments/{id}/answer → 200 Comment (leads answer a request for information).
import { type AnswerCommentInput, CommentSchema } from '@openaims/core';
import { api } from '../../../lib/api.ts';
import { useInvalidatingMutation } from '../../../lib/use-invalidating-mutation.ts';
import { commentKeys } from './comment-keys.ts';

export function useAnswerComment(orgId: string) {
  return useInvalidatingMutation(
    [commentKeys.all(orgId)],
    ({ id, input }: { id: string; input: AnswerCommentInput }) =>
      api.post(`/orgs/${orgId}/comments/${id}/answer`, input, CommentSchema),
  );
}
