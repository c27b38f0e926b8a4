// EU AI Act Annex IV: the technical documentation of one AI system as data (sections, sources, gaps). The PDF and
// DOCX are `exports/annex-iv.pdf|docx?aiSystemId=`.
import { AiSystemSchema, AnnexIvDocumentSchema } from '@openaims/core';
import { getAnnexIv } from '@openaims/services';
import { entityRoutes } from '../http/resource.ts';
import type { RouteFn } from '../http/route.ts';

export function annexIvRoutes(route: RouteFn): void {
  const aiSystem = entityRoutes(route, {
    path: 'ai-systems',
    resource: 'ai_system',
    tags: ['annex-iv'],
    entity: AiSystemSchema,
  });
  aiSystem({
    method: 'get',
    verb: 'annex-iv',
    permission: 'ai_system:read',
    summary:
      'The Annex IV technical documentation of an AI system: nine sections, each line with its source, and the gaps',
    response: AnnexIvDocumentSchema,
    run: (ctx, id) => getAnnexIv(ctx, id),
  });
}
