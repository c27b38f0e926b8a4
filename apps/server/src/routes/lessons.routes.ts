// External lessons (§6.1.2, §10.2): `POST …/imports/aiid` takes AI Incident Database rows (CSV or JSON, the file
// as the body; `?dryRun=true` previews, `?riskId=` links every row to a risk), `GET …/external-lessons` lists them.
import { createRoute, z } from '@hono/zod-openapi';
import {
  AiidImportQuerySchema,
  AiidImportResultSchema,
  ExternalLessonListQuerySchema,
  ExternalLessonSchema,
} from '@openaims/core';
import { getExternalLesson, importAiid, listExternalLessons } from '@openaims/services';
import { errorResponses, json, OrgParams } from '../http/openapi-helpers.ts';
import { resourceRoutes } from '../http/resource.ts';
import type { RouteFn } from '../http/route.ts';

const tags = ['external-lessons'];

export function lessonsRoutes(route: RouteFn): void {
  resourceRoutes(route, {
    path: 'external-lessons',
    resource: 'external_lesson',
    label: 'external lesson',
    tags,
    entity: ExternalLessonSchema,
    list: {
      permission: 'risk:read',
      summary: 'Incidents from outside registers (AI Incident Database), with the risks they are linked to',
      query: ExternalLessonListQuerySchema,
      run: listExternalLessons,
    },
    get: { permission: 'risk:read', run: getExternalLesson },
  });

  route(
    { scope: 'org', permission: 'risk:create' },
    createRoute({
      method: 'post',
      path: '/api/v1/orgs/{orgId}/imports/aiid',
      tags,
      summary: 'Import AI Incident Database incident rows (CSV or JSON) as external lessons, linked to risks',
      description:
        'Send the AIID CSV export (header with "Incident ID", "Date", "Summary", "AIID URL" …) or AIID JSON (a list of incidents with incident_id, date, title, description) as the body, up to AIMS_IMPORT_MAX_BYTES (50 MiB by default). Re-importing updates lessons by incident id. `riskId=` (or a "Risk ID" column) links lessons to risks of this organization. `dryRun=true` shows what would be created, updated and why, with no ids for lessons that do not exist yet.',
      request: {
        params: OrgParams,
        query: AiidImportQuerySchema,
        body: {
          required: true,
          content: { 'application/octet-stream': { schema: z.string().openapi({ format: 'binary' }) } },
        },
      },
      responses: { 200: json(AiidImportResultSchema), ...errorResponses },
    }),
    async (c) => {
      const q = c.req.valid('query');
      const text = await c.req.text();
      return c.json(
        await importAiid(c.get('org'), text, { dryRun: q.dryRun === 'true', riskId: q.riskId }),
        200,
      );
    },
  );
}
