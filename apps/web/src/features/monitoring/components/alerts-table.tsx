// Alerts raised by warnings and breaches, with acknowledge and resolve (§9.1, A.6.2.6).
import { Button, Group } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import type { Alert } from '@openaims/core';
import { useState } from 'react';
import { type Column, DataTable } from '../../../components/data-table.tsx';
import { EmptyState } from '../../../components/empty-state.tsx';
import { AnchorLink } from '../../../components/links.tsx';
import { SegmentedFilter } from '../../../components/segmented-filter.tsx';
import { notifyError } from '../../../lib/notify-error.ts';
import { NonconformityLink } from '../../improvement/components/nonconformity-link.tsx';
import { useCurrentOrg } from '../../orgs/use-current-org.ts';
import { useAlerts } from '../api/list-alerts.ts';
import { useAlertAction } from '../api/update-alert.ts';
import { AlertStatusBadge, LevelBadge } from './level-badge.tsx';

/** Which alerts the table shows, by the API's `open` flag. */
const OPEN_FILTER = [
  { value: 'true', label: 'Unresolved' },
  { value: 'false', label: 'Resolved' },
  { value: 'all', label: 'All' },
] as const;

export function AlertsTable({
  metricId,
  metricNames,
}: {
  metricId?: string;
  metricNames?: Map<string, string>;
}) {
  const { orgId, can } = useCurrentOrg();
  const [open, setOpen] = useState<(typeof OPEN_FILTER)[number]['value']>('true');
  const state = useAlerts(orgId, { metricId, open: open === 'all' ? undefined : open });
  const action = useAlertAction(orgId);
  const act = (a: Alert, verb: 'acknowledge' | 'resolve') =>
    action.mutate(
      { id: a.id, verb },
      {
        onSuccess: () =>
          notifications.show({
            color: 'teal',
            message: verb === 'acknowledge' ? 'Alert acknowledged.' : 'Alert resolved.',
          }),
        onError: notifyError,
      },
    );
  const columns: Column<Alert>[] = [
    { key: 'level', header: 'Level', render: (a) => <LevelBadge level={a.level} /> },
    ...(metricId
      ? []
      : [
          {
            key: 'metric',
            header: 'Metric',
            render: (a: Alert) => (
              <AnchorLink
                to="/orgs/$orgId/monitoring/metrics/$id"
                params={{ orgId, id: a.metricId }}
                size="sm"
              >
                {metricNames?.get(a.metricId) ?? a.metricId}
              </AnchorLink>
            ),
          },
        ]),
    { key: 'value', header: 'Value / threshold', render: (a) => `${a.value} / ${a.threshold}` },
    { key: 'window', header: 'Window end', render: (a) => a.windowTo.slice(0, 16).replace('T', ' ') },
    {
      key: 'follow',
      header: 'Opened',
      render: (a) =>
        a.nonconformityId ? (
          <NonconformityLink orgId={orgId} id={a.nonconformityId}>
            Nonconformity
          </NonconformityLink>
        ) : a.incidentId ? (
          'Incident'
        ) : (
          '—'
        ),
    },
    { key: 'status', header: 'Status', render: (a) => <AlertStatusBadge status={a.status} /> },
    {
      key: 'actions',
      header: 'Actions',
      render: (a) =>
        can('alert:update') && a.status !== 'resolved' ? (
          <Group gap="xs" wrap="nowrap">
            {a.status === 'open' && (
              <Button
                size="xs"
                variant="default"
                onClick={() => act(a, 'acknowledge')}
                loading={action.isPending}
              >
                Acknowledge
              </Button>
            )}
            <Button size="xs" variant="default" onClick={() => act(a, 'resolve')} loading={action.isPending}>
              Resolve
            </Button>
          </Group>
        ) : null,
    },
  ];
  return (
    <DataTable
      label="Alerts"
      columns={columns}
      state={state}
      toolbar={
        <SegmentedFilter aria-label="Alert status" options={OPEN_FILTER} value={open} onChange={setOpen} />
      }
      empty={
        <EmptyState
          title={open === 'true' ? 'No unresolved alerts' : 'No alerts'}
          description="An alert is raised when a batch of measurements reaches a metric's warning or breach threshold."
        />
      }
    />
  );
}
