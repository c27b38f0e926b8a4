// AI systems: the inventory's main collection, plus the EU AI Act classification verb.

import {
  AiSystemFilterSchema,
  AiSystemSchema,
  ClassifyAiSystemSchema,
  CreateAiSystemSchema,
  UpdateAiSystemSchema,
} from '@openaims/core';
import {
  aiSystemsRevision,
  archiveAiSystem,
  classifyAiSystem,
  createAiSystem,
  getAiSystem,
  listAiSystems,
  updateAiSystem,
} from '@openaims/services';
import { ListQuery } from '../http/openapi-helpers.ts';
import { resourceRoutes } from '../http/resource.ts';
import type { RouteFn } from '../http/route.ts';

const tags = ['ai-systems'];

export function aiSystemsRoutes(route: RouteFn): void {
  const aiSystem = resourceRoutes(route, {
    path: 'ai-systems',
    resource: 'ai_system',
    label: 'AI system',
    tags,
    entity: AiSystemSchema,
    list: {
      permission: 'ai_system:read',
      summary: 'AI systems in the inventory',
      query: ListQuery.extend(AiSystemFilterSchema.shape),
      run: listAiSystems,
      revision: aiSystemsRevision,
    },
    create: {
      permission: 'ai_system:create',
      summary: 'Register an AI system (a gated stage needs its deployment-gate items)',
      body: CreateAiSystemSchema,
      run: createAiSystem,
    },
    get: { permission: 'ai_system:read', run: getAiSystem },
    update: { permission: 'ai_system:update', body: UpdateAiSystemSchema, run: updateAiSystem },
    archive: {
      permission: 'ai_system:archive',
      summary: 'Archive an AI system (kept on record, out of the active inventory)',
      run: archiveAiSystem,
    },
  });

  aiSystem({
    method: 'post',
    verb: 'classification',
    permission: 'ai_system:classify',
    summary: 'Classify under the EU AI Act from questionnaire answers (the server computes the class)',
    input: { body: ClassifyAiSystemSchema },
    ifMatch: true,
    response: AiSystemSchema,
    run: classifyAiSystem,
  });
}
