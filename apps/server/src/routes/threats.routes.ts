// The threat catalogue: `POST …/imports/atlas` (the MITRE ATLAS YAML file as the body, `?dryRun=true` previews)
// and `GET …/threats` to pick threats when identifying risks.
import { createRoute, z } from '@hono/zod-openapi';
import { AtlasImportResultSchema, pageSchema, ThreatSchema } from '@openaims/core';
import { importAtlas, listThreats } from '@openaims/services';
import { errorResponses, json, OrgParams } from '../http/openapi-helpers.ts';
import { orgOperations } from '../http/org-operations.ts';
import type { RouteFn } from '../http/route.ts';

export function threatsRoutes(route: RouteFn): void {
  route(
    { scope: 'org', permission: 'threat:import' },
    createRoute({
      method: 'post',
      path: '/api/v1/orgs/{orgId}/imports/atlas',
      tags: ['imports'],
      summary: 'Import MITRE ATLAS techniques (ATLAS.yaml) as the threat catalogue',
      request: {
        params: OrgParams,
        query: z.object({ dryRun: z.enum(['true', 'false']).default('false') }),
        body: { required: true, content: { 'application/yaml': { schema: z.string() } } },
      },
      responses: { 200: json(AtlasImportResultSchema), ...errorResponses },
    }),
    async (c) =>
      c.json(
        await importAtlas(c.get('org'), await c.req.text(), {
          dryRun: c.req.valid('query').dryRun === 'true',
        }),
        200,
      ),
  );

  orgOperations(route, ['risks'])({
    permission: 'threat:read',
    method: 'get',
    path: 'threats',
    summary: 'The threat catalogue, to pick from when identifying risks',
    response: pageSchema(ThreatSchema),
    input: {
      query: z.object({
        q: z.string().max(200).optional(),
        limit: z.coerce.number().int().min(1).max(500).default(50),
      }),
    },
    run: listThreats,
  });
}
