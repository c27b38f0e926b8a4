// GET /orgs/{orgId}/comments?targetType=&targetId=&status= (cursor paginated, newest first).
import { CommentSchema, type CommentTargetType } from '@openaims/core';
import { collectionHook, collectionQuery } from '../../../lib/collection.ts';
import { commentKeys } from './comment-keys.ts';

export interface CommentFilters {
  targetType?: CommentTargetType;
  targetId?: string;
  status?: 'open' | 'answered';
}

export const commentsQuery = (orgId: string, f: CommentFilters = {}) =>
  collectionQuery(commentKeys.all(orgId), `/orgs/${orgId}/comments`, CommentSchema, { ...f });

export const useComments = collectionHook(commentsQuery);
