// `POST …/imports/oscal-catalog` (DESIGN §4, §6): the file is the body; `?dryRun=true` previews.
import { createRoute, z } from '@hono/zod-openapi';
import { getControlText, importOscalCatalog } from '@openaims/services';
import { fileImportRoute } from '../http/file-import.ts';
import { errorResponses, json, OrgParams, pathParam } from '../http/openapi-helpers.ts';
import type { RouteFn } from '../http/route.ts';

const ImportResultSchema = z.object({
  dryRun: z.boolean(),
  source: z.string(),
  sha256: z.string(),
  controlsInFile: z.number().int(),
  matched: z.array(z.object({ controlRef: z.string(), sourceId: z.string(), characters: z.number().int() })),
  unmatched: z.array(z.string()),
});

export function importsRoutes(route: RouteFn): void {
  fileImportRoute(route, {
    permission: 'control_text:manage',
    kind: 'oscal-catalog',
    tags: ['imports'],
    summary:
      'Attach licensed full text of Annex A controls from an OSCAL catalog (matched by control id or label)',
    description:
      'Send the OSCAL catalog JSON itself as the body (any JSON-ish content type: application/json, application/oscal+json, text/plain …). Up to AIMS_IMPORT_MAX_BYTES (50 MiB by default).',
    query: z.object({ dryRun: z.enum(['true', 'false']).default('false') }),
    response: ImportResultSchema,
    // The recorded SHA-256 is the uploaded file's (the raw text, not re-serialized JSON).
    run: (ctx, raw, q) => importOscalCatalog(ctx, raw, { dryRun: q.dryRun === 'true' }),
  });

  route(
    { scope: 'org', permission: 'soa:read' },
    createRoute({
      method: 'get',
      path: '/api/v1/orgs/{orgId}/soa/{controlRef}/full-text',
      tags: ['soa'],
      summary: 'The licensed full text imported for a control',
      request: {
        params: OrgParams.extend({
          controlRef: pathParam('controlRef', 16),
        }),
      },
      responses: {
        200: json(
          z.object({
            controlRef: z.string(),
            text: z.string().nullable(),
            source: z.string().nullable(),
            importedAt: z.string().nullable(),
          }),
        ),
        ...errorResponses,
      },
    }),
    async (c) => c.json(await getControlText(c.get('org'), c.req.valid('param').controlRef), 200),
  );
}
