// EU AI Act Annex IV: the technical documentation of one AI system as data (sections, sources, gaps). The PDF and
// DOCX are `exports/annex-iv.pdf|docx?aiSystemId=`.
import { createRoute } from '@hono/zod-openapi';
import { AnnexIvDocumentSchema } from '@openaims/core';
import { getAnnexIv } from '@openaims/services';
import { errorResponses, json, OrgIdParams } from '../http/openapi-helpers.ts';
import type { RouteFn } from '../http/route.ts';

export function annexIvRoutes(route: RouteFn): void {
  route(
    { scope: 'org', permission: 'ai_system:read' },
    createRoute({
      method: 'get',
      path: '/api/v1/orgs/{orgId}/ai-systems/{id}/annex-iv',
      tags: ['annex-iv'],
      summary:
        'The Annex IV technical documentation of an AI system: nine sections, each line with its source, and the gaps',
      request: { params: OrgIdParams },
      responses: { 200: json(AnnexIvDocumentSchema), ...errorResponses },
    }),
    async (c) => c.json(await getAnnexIv(c.get('org'), c.req.valid('param').id), 200),
    { resource: 'ai_system' },
  );
}
