// The clause tracker (§4–§10) and the generic links view (both directions of every link).

import { z } from '@hono/zod-openapi';
import {
  ClauseStatusSchema,
  LinkQuerySchema,
  LinkSchema,
  pageSchema,
  UpdateClauseStatusSchema,
} from '@openaims/core';
import { getClauseStatus, listClauseStatuses, listLinks, updateClauseStatus } from '@openaims/services';
import { OrgParams, pathParam } from '../http/openapi-helpers.ts';
import { orgOperations } from '../http/org-operations.ts';
import { keyedRecordRoutes } from '../http/resource.ts';
import type { RouteFn } from '../http/route.ts';

const tags = ['clauses'];
const ClauseParams = OrgParams.extend({
  clauseRef: pathParam('clauseRef', 16, { example: '6.1.3' }),
});

export function clausesRoutes(route: RouteFn): void {
  orgOperations(
    route,
    tags,
  )({
    permission: 'clause:read',
    method: 'get',
    path: 'clauses',
    summary: 'Clause tracker: every clause 4.1–10.2',
    response: pageSchema(ClauseStatusSchema),
    run: listClauseStatuses,
  });

  keyedRecordRoutes(route, {
    path: '/clauses/{clauseRef}',
    key: 'clauseRef',
    params: ClauseParams,
    tags,
    entity: ClauseStatusSchema,
    get: { permission: 'clause:read', summary: "One clause's tracker row", run: getClauseStatus },
    update: {
      permission: 'clause:update',
      summary: "Change a clause's status, owner, notes or links",
      body: UpdateClauseStatusSchema,
      run: updateClauseStatus,
    },
  });

  orgOperations(
    route,
    tags,
  )({
    permission: 'link:read',
    method: 'get',
    path: 'links',
    summary:
      'Everything linked to a record (a control, clause, risk, evidence or document), from either side',
    response: z.object({ items: z.array(LinkSchema) }),
    input: { query: LinkQuerySchema },
    run: (ctx, query) => listLinks(ctx, query.entityType, query.entityId),
  });
}
