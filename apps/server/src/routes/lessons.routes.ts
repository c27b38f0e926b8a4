import {
  AiidImportQuerySchema,
  AiidImportResultSchema,
  ExternalLessonListQuerySchema,
  ExternalLessonSchema,
} from '@openaims/core';
import { getExternalLesson, importAiid, listExternalLessons } from '@openaims/services';
import { fileImportRoute } from '../http/file-import.ts';
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

  fileImportRoute(route, {
    permission: 'risk:create',
    kind: 'aiid',
    tags,
    summary: 'Import AI Incident Database incident rows (CSV or JSON) as external lessons, linked to risks',
    description:
      'Send the AIID CSV export (header with "Incident ID", "Date", "Summary", "AIID URL" …) or AIID JSON (a list of incidents with incident_id, date, title, description) as the body, up to AIMS_IMPORT_MAX_BYTES (50 MiB by default). Re-importing updates lessons by incident id. `riskId=` (or a "Risk ID" column) links lessons to risks of this organization. `dryRun=true` shows what would be created, updated and why, with no ids for lessons that do not exist yet.',
    query: AiidImportQuerySchema,
    response: AiidImportResultSchema,
    run: (ctx, text, q) => importAiid(ctx, text, { dryRun: q.dryRun === 'true', riskId: q.riskId }),
  });
}
