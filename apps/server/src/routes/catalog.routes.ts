// The catalogue (DESIGN §4): shared reference data, not tenant data. Any authenticated principal may read it
// (a person or an API token of any role), so CI scripts can use it; anonymous callers get 401.

import { createRoute, z } from '@hono/zod-openapi';
import {
  ApplicationDateSchema,
  FrameworkSchema,
  MappingQuerySchema,
  MappingSchema,
  pageSchema,
  RequirementFilterSchema,
  RequirementSchema,
} from '@openaims/core';
import { applicationDates, listCatalogFrameworks, listMappings, listRequirements } from '@openaims/services';
import { errorResponses, json, ListQuery, pathParam } from '../http/openapi-helpers.ts';
import type { RouteFn } from '../http/route.ts';

const tags = ['catalog'];
const FrameworkParams = z.object({
  frameworkId: pathParam('frameworkId', 64, { example: 'iso-iec-42001-2023' }),
});

export function catalogRoutes(route: RouteFn): void {
  route(
    { scope: 'principal' },
    createRoute({
      method: 'get',
      path: '/api/v1/catalog/eu-ai-act/dates',
      tags,
      summary:
        'EU AI Act application dates in force on this instance: each milestone with its original and amended dates, legal status and source',
      responses: { 200: json(z.object({ items: z.array(ApplicationDateSchema) })), ...errorResponses },
    }),
    (c) => c.json({ items: [...applicationDates()] }, 200),
  );

  route(
    { scope: 'principal' },
    createRoute({
      method: 'get',
      path: '/api/v1/catalog/frameworks',
      tags,
      summary: 'Frameworks in the catalogue',
      responses: { 200: json(z.object({ items: z.array(FrameworkSchema) })), ...errorResponses },
    }),
    (c) => c.json({ items: listCatalogFrameworks() }, 200),
  );

  route(
    { scope: 'principal' },
    createRoute({
      method: 'get',
      path: '/api/v1/catalog/frameworks/{frameworkId}/requirements',
      tags,
      summary: "A framework's requirements (clauses, objectives, controls) with our own summaries",
      request: { params: FrameworkParams, query: ListQuery.extend(RequirementFilterSchema.shape) },
      responses: { 200: json(pageSchema(RequirementSchema)), ...errorResponses },
    }),
    (c) => c.json(listRequirements(c.req.valid('param').frameworkId, c.req.valid('query')), 200),
  );

  route(
    { scope: 'principal' },
    createRoute({
      method: 'get',
      path: '/api/v1/catalog/mappings',
      tags,
      summary: 'Crosswalk mappings between frameworks (equal, subset, superset, intersect)',
      request: { query: MappingQuerySchema },
      responses: { 200: json(z.object({ items: z.array(MappingSchema) })), ...errorResponses },
    }),
    (c) => c.json(listMappings(c.req.valid('query')), 200),
  );
}
