// Inventory imports and exports (DESIGN §4, §6): `POST …/imports/{kind}` with the file as the body
// (`?dryRun=true` previews), `GET …/exports/cyclonedx.json`.

import { createRoute, z } from '@hono/zod-openapi';
import { ImportQuerySchema, ImportResultSchema, INVENTORY_IMPORT_KINDS } from '@openaims/core';
import {
  CYCLONEDX_EXPORT_VERSIONS,
  documentFilename,
  exportCycloneDx,
  getOrganization,
  importInventory,
} from '@openaims/services';
import { fileImportRoute } from '../http/file-import.ts';
import { errorResponses, json, OrgParams } from '../http/openapi-helpers.ts';
import type { RouteFn } from '../http/route.ts';
import { attachment } from '../http/send-file.ts';

const tags = ['exchange'];
const FORMAT: Record<(typeof INVENTORY_IMPORT_KINDS)[number], string> = {
  cyclonedx: 'a CycloneDX 1.4–1.7 ML-BOM (JSON or XML)',
  spdx: 'an SPDX 3.0 JSON-LD document (AI and Dataset profiles)',
  'model-card': 'a Hugging Face model or dataset card (README.md with YAML front matter)',
};

export function exchangeRoutes(route: RouteFn): void {
  for (const kind of INVENTORY_IMPORT_KINDS) {
    fileImportRoute(route, {
      permission: 'inventory:import',
      kind,
      tags,
      summary: `Import models, datasets and suppliers from ${FORMAT[kind]}`,
      description:
        'Send the file itself as the body (any content type), up to AIMS_IMPORT_MAX_BYTES (50 MiB by default). Nothing is written when the file is refused; `dryRun=true` shows what would be created, updated and skipped, and why.',
      query: ImportQuerySchema,
      response: ImportResultSchema,
      run: (ctx, text, q) => importInventory(ctx, kind, text, { dryRun: q.dryRun === 'true', name: q.name }),
    });
  }

  route(
    { scope: 'org', permission: 'inventory:export' },
    createRoute({
      method: 'get',
      path: '/api/v1/orgs/{orgId}/exports/cyclonedx.json',
      tags,
      summary: 'The active inventory as a CycloneDX ML-BOM (1.6 by default, `?specVersion=1.7`)',
      request: {
        params: OrgParams,
        query: z.object({ specVersion: z.enum(CYCLONEDX_EXPORT_VERSIONS).default('1.6') }),
      },
      responses: {
        200: json(z.record(z.string(), z.unknown()), 'CycloneDX 1.6 or 1.7 JSON BOM'),
        ...errorResponses,
      },
    }),
    async (c) => {
      const ctx = c.get('org');
      const bom = await exportCycloneDx(ctx, { specVersion: c.req.valid('query').specVersion });
      const org = await getOrganization({ ...ctx, role: 'viewer' });
      c.header(
        'Content-Disposition',
        attachment(documentFilename(org.name, 'ai-inventory', new Date(), 'cdx.json')),
      );
      return c.json(bom, 200);
    },
  );
}
