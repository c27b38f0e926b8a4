// `GET …/exports/{name}` (DESIGN §4): files for auditors and other tools, sent as downloads.
import { createRoute, z } from '@hono/zod-openapi';
import { SOA_EXPORT_NAMES, renderExport } from '@openaims/services';
import { OrgParams, errorResponses } from '../http/openapi-helpers.ts';
import type { RouteFn } from '../http/route.ts';

const NameParams = OrgParams.extend({
  name: z.string().max(64).openapi({ param: { name: 'name', in: 'path' }, example: 'soa.xlsx', description: `One of ${SOA_EXPORT_NAMES.join(', ')}` }),
});

export function exportsRoutes(route: RouteFn): void {
  route(
    { scope: 'org', permission: 'soa:read' },
    createRoute({
      method: 'get',
      path: '/api/v1/orgs/{orgId}/exports/{name}',
      tags: ['exports'],
      summary: 'Download an export (SoA as XLSX, CSV, PDF; OSCAL catalog, profile, SSP)',
      request: { params: NameParams },
      responses: { 200: { description: 'The file', content: { 'application/octet-stream': { schema: z.string().openapi({ format: 'binary' }) } } }, ...errorResponses },
    }),
    async (c) => {
      const file = await renderExport(c.get('org'), c.req.valid('param').name);
      return c.body(file.body as never, 200, {
        'content-type': file.contentType,
        'content-disposition': `attachment; filename="${file.filename}"`,
      }) as never;
    },
  );
}
