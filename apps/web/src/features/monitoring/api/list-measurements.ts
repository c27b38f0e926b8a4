// GET /orgs/{orgId}/metrics/{id}/measurements?from=&limit= — the newest part of the series, for the chart.
import { MetricMeasurementSchema, pageSchema } from '@openaims/core';
import { apiQuery, queryHook } from '../../../lib/api-query.ts';
import { monitoringKeys } from './monitoring-keys.ts';

/** Points the chart shows at most. */
export const CHART_POINTS = 1000;

export const seriesQuery = (orgId: string, id: string, from?: string) =>
  apiQuery(
    [...monitoringKeys.series(orgId, id), from ?? 'all'] as const,
    `/orgs/${orgId}/metrics/${id}/measurements`,
    pageSchema(MetricMeasurementSchema),
    { from, limit: CHART_POINTS },
  );

export const useSeries = queryHook(seriesQuery);
