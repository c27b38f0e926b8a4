// The clause tracker (§4–§10) and the generic links view (both directions of every link).

import { createRoute, z } from '@hono/zod-openapi';
import {
  ClauseStatusSchema,
  LinkQuerySchema,
  LinkSchema,
  pageSchema,
  UpdateClauseStatusSchema,
} from '@openaims/core';
import { getClauseStatus, listClauseStatuses, listLinks, updateClauseStatus } from '@openaims/services';
import {
  errorResponses,
  IfMatchHeader,
  json,
  jsonBody,
  OrgParams,
  parseIfMatch,
} from '../http/openapi-helpers.ts';
import { sendEntity } from '../http/resource.ts';
import type { RouteFn } from '../http/route.ts';

const tags = ['clauses'];
const base = '/api/v1/orgs/{orgId}';
const ClauseParams = OrgParams.extend({
  clauseRef: z
    .string()
    .max(16)
    .openapi({ param: { name: 'clauseRef', in: 'path' }, example: '6.1.3' }),
});

export function clausesRoutes(route: RouteFn): void {
  route(
    { scope: 'org', permission: 'clause:read' },
    createRoute({
      method: 'get',
      path: `${base}/clauses`,
      tags,
      summary: 'Clause tracker: every clause 4.1–10.2',
      request: { params: OrgParams },
      responses: { 200: json(pageSchema(ClauseStatusSchema)), ...errorResponses },
    }),
    async (c) => c.json(await listClauseStatuses(c.get('org')), 200),
  );

  route(
    { scope: 'org', permission: 'clause:read' },
    createRoute({
      method: 'get',
      path: `${base}/clauses/{clauseRef}`,
      tags,
      summary: "One clause's tracker row",
      request: { params: ClauseParams },
      responses: { 200: json(ClauseStatusSchema), ...errorResponses },
    }),
    async (c) => {
      const s = await getClauseStatus(c.get('org'), c.req.valid('param').clauseRef);
      return sendEntity(c, s, 200);
    },
  );

  route(
    { scope: 'org', permission: 'clause:update' },
    createRoute({
      method: 'patch',
      path: `${base}/clauses/{clauseRef}`,
      tags,
      summary: "Change a clause's status, owner, notes or links",
      request: { params: ClauseParams, headers: IfMatchHeader, body: jsonBody(UpdateClauseStatusSchema) },
      responses: { 200: json(ClauseStatusSchema), ...errorResponses },
    }),
    async (c) => {
      const s = await updateClauseStatus(
        c.get('org'),
        c.req.valid('param').clauseRef,
        c.req.valid('json'),
        parseIfMatch(c.req.header('if-match')),
      );
      return sendEntity(c, s, 200);
    },
  );

  route(
    { scope: 'org', permission: 'link:read' },
    createRoute({
      method: 'get',
      path: `${base}/links`,
      tags,
      summary:
        'Everything linked to a record (a control, clause, risk, evidence or document), from either side',
      request: { params: OrgParams, query: LinkQuerySchema },
      responses: { 200: json(z.object({ items: z.array(LinkSchema) })), ...errorResponses },
    }),
    async (c) => {
      const q = c.req.valid('query');
      return c.json(await listLinks(c.get('org'), q.entityType, q.entityId), 200);
    },
  );
}
