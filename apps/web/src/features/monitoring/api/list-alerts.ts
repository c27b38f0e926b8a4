// GET /orgs/{orgId}/alerts?metricId=&open= (cursor paginated, newest first).
import { AlertSchema } from '@openaims/core';
import { collectionHook, collectionQuery } from '../../../lib/collection.ts';
import { monitoringKeys } from './monitoring-keys.ts';

export interface AlertFilters {
  metricId?: string;
  open?: 'true' | 'false';
}

export const alertsQuery = (orgId: string, f: AlertFilters = {}) =>
  collectionQuery(monitoringKeys.alerts(orgId), `/orgs/${orgId}/alerts`, AlertSchema, { ...f });

export const useAlerts = collectionHook(alertsQuery);
