// GET /orgs/{orgId}/metrics?q=&sort=&level= (cursor paginated).
import { MetricDefinitionSchema, type MetricLevel } from '@openaims/core';
import { collectionHook, collectionQuery } from '../../../lib/collection.ts';
import { monitoringKeys } from './monitoring-keys.ts';

export interface MetricFilters {
  q?: string;
  sort?: string;
  level?: MetricLevel;
}

export const metricsQuery = (orgId: string, f: MetricFilters = {}) =>
  collectionQuery(monitoringKeys.metrics(orgId), `/orgs/${orgId}/metrics`, MetricDefinitionSchema, { ...f });

export const useMetrics = collectionHook(metricsQuery);
