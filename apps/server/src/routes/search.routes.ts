// Global search (issue 16): the header's search box asks here; every hit is of the path's organization.
import { SearchQuerySchema, SearchResultSchema } from '@openaims/core';
import { search } from '@openaims/services';
import { orgOperations } from '../http/org-operations.ts';
import type { RouteFn } from '../http/route.ts';

export function searchRoutes(route: RouteFn): void {
  orgOperations(route, ['search'])({
    permission: 'org:read',
    method: 'get',
    path: 'search',
    summary:
      'Records of the organization whose name, title or reference contains q (1–200 characters), at most 8 per kind, each with the web page that shows it',
    response: SearchResultSchema,
    input: { query: SearchQuerySchema },
    run: (ctx, query) => search(ctx, query.q),
  });
}
