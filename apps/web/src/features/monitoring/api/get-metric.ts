// GET /orgs/{orgId}/metrics/{id}.
import { MetricDefinitionSchema } from '@openaims/core';
import { apiQuery, queryHook } from '../../../lib/api-query.ts';
import { monitoringKeys } from './monitoring-keys.ts';

export const metricQuery = (orgId: string, id: string) =>
  apiQuery(monitoringKeys.metric(orgId, id), `/orgs/${orgId}/metrics/${id}`, MetricDefinitionSchema);

export const useMetric = queryHook(metricQuery);
