import {
  AnswerCommentSchema,
  CommentListQuerySchema,
  CommentSchema,
  CreateCommentSchema,
} from '@openaims/core';
import { answerComment, createComment, getComment, listComments } from '@openaims/services';
import { resourceRoutes } from '../http/resource.ts';
import type { RouteFn } from '../http/route.ts';

const tags = ['comments'];

export function commentsRoutes(route: RouteFn): void {
  const comment = resourceRoutes(route, {
    path: 'comments',
    resource: 'comment',
    label: 'comment',
    tags,
    entity: CommentSchema,
    list: {
      permission: 'comment:read',
      summary: 'Comments and requests for information, newest first',
      query: CommentListQuerySchema,
      run: listComments,
    },
    create: {
      permission: 'comment:create',
      summary: 'Ask about a record of the organization (the record is not changed)',
      body: CreateCommentSchema,
      run: createComment,
    },
    get: { permission: 'comment:read', run: getComment },
  });

  comment({
    method: 'post',
    verb: 'answer',
    permission: 'comment:answer',
    summary: 'Answer a request for information',
    input: { body: AnswerCommentSchema },
    response: CommentSchema,
    run: answerComment,
  });
}
