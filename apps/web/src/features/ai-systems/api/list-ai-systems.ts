// GET /orgs/{orgId}/ai-systems?q=&sort=&stage=&archived= (cursor paginated).
import { AiSystemSchema, type LifecycleStage, type RiskClass } from '@openaims/core';
import { collectionHook, collectionQuery } from '../../../lib/collection.ts';
import { aiSystemKeys } from './ai-system-keys.ts';

export interface AiSystemFilters {
  q?: string;
  sort?: string;
  stage?: LifecycleStage;
  riskClass?: RiskClass;
  ownerId?: string;
  supplierId?: string;
  archived?: 'true' | 'false' | 'all';
}

export const aiSystemsQuery = (orgId: string, f: AiSystemFilters = {}) =>
  collectionQuery(aiSystemKeys.all(orgId), `/orgs/${orgId}/ai-systems`, AiSystemSchema, { ...f });

export const useAiSystems = collectionHook(aiSystemsQuery);
