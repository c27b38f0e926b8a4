// Query keys of monitoring, so metric lists, series and alerts refresh together after a change.
export const monitoringKeys = {
  metrics: (orgId: string) => ['orgs', orgId, 'metrics'] as const,
  metric: (orgId: string, id: string) => ['orgs', orgId, 'metrics', 'detail', id] as const,
  series: (orgId: string, id: string) => ['orgs', orgId, 'metrics', 'detail', id, 'series'] as const,
  alerts: (orgId: string) => ['orgs', orgId, 'alerts'] as const,
};
