// Comments on records — requests for information (issue 11 item 3): auditors ask, leads answer, records stay as
// they are.
import { createRoute } from '@hono/zod-openapi';
import {
  AnswerCommentSchema,
  CommentListQuerySchema,
  CommentSchema,
  CreateCommentSchema,
} from '@openaims/core';
import { answerComment, createComment, getComment, listComments } from '@openaims/services';
import { errorResponses, json, jsonBody, OrgIdParams } from '../http/openapi-helpers.ts';
import { resourceRoutes, sendEntity } from '../http/resource.ts';
import type { RouteFn } from '../http/route.ts';

const tags = ['comments'];

export function commentsRoutes(route: RouteFn): void {
  resourceRoutes(route, {
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

  route(
    { scope: 'org', permission: 'comment:answer' },
    createRoute({
      method: 'post',
      path: '/api/v1/orgs/{orgId}/comments/{id}/answer',
      tags,
      summary: 'Answer a request for information',
      request: { params: OrgIdParams, body: jsonBody(AnswerCommentSchema) },
      responses: { 200: json(CommentSchema), ...errorResponses },
    }),
    async (c) =>
      sendEntity(c, await answerComment(c.get('org'), c.req.valid('param').id, c.req.valid('json')), 200),
    { resource: 'comment' },
  );
}
