// Global search (issue 16): the header's search box asks here; every hit is of the path's organization.
import { createRoute } from '@hono/zod-openapi';
import { SearchQuerySchema, SearchResultSchema } from '@openaims/core';
import { search } from '@openaims/services';
import { errorResponses, json, OrgParams } from '../http/openapi-helpers.ts';
import type { RouteFn } from '../http/route.ts';

export function searchRoutes(route: RouteFn): void {
  route(
    { scope: 'org', permission: 'org:read' },
    createRoute({
      method: 'get',
      path: '/api/v1/orgs/{orgId}/search',
      tags: ['search'],
      summary:
        'Records of the organization whose name, title or reference contains q (1–200 characters), at most 8 per kind, each with the web page that shows it',
      request: { params: OrgParams, query: SearchQuerySchema },
      responses: { 200: json(SearchResultSchema), ...errorResponses },
    }),
    async (c) => c.json(await search(c.get('org'), c.req.valid('query').q), 200),
  );
}
