// Monitoring (§9.1, A.6.2.6): the metrics with their current level, and the alerts their breaches raised.
import { Tabs, Text } from '@mantine/core';
import { METRIC_LEVELS, type MetricDefinition, type MetricLevel } from '@openaims/core';
import { useState } from 'react';
import { AddButton } from '../../../components/add-button.tsx';
import { type Column, DataTable } from '../../../components/data-table.tsx';
import { EmptyState } from '../../../components/empty-state.tsx';
import { linkColumn } from '../../../components/link-column.tsx';
import { PageHeader } from '../../../components/page-header.tsx';
import { type FilterOption, SegmentedFilter } from '../../../components/segmented-filter.tsx';
import { useListControls } from '../../../components/use-list-controls.ts';
import { useCurrentOrg } from '../../orgs/use-current-org.ts';
import { useMetrics } from '../api/list-metrics.ts';
import { AlertsTable } from './alerts-table.tsx';
import { LEVEL_LABEL, LevelBadge } from './level-badge.tsx';
import { MetricModal } from './metric-modal.tsx';

const threshold = (m: MetricDefinition, t: number | null) =>
  t === null ? '—' : `${t}${m.unit ? ` ${m.unit}` : ''}`;

/** Metrics shown: all, or those whose latest measurement is at one level. */
const LEVEL_FILTER: FilterOption<'all' | MetricLevel>[] = [
  { value: 'all', label: 'All' },
  ...METRIC_LEVELS.map((l) => ({ value: l, label: LEVEL_LABEL[l] })),
];

export function MonitoringPage() {
  const { orgId, can } = useCurrentOrg();
  const controls = useListControls('name');
  const [level, setLevel] = useState<'all' | MetricLevel>('all');
  const [opened, setOpened] = useState(false);
  const state = useMetrics(orgId, {
    q: controls.q,
    sort: controls.sort,
    level: level === 'all' ? undefined : level,
  });
  const names = new Map(state.items.map((m) => [m.id, m.name]));
  const columns: Column<MetricDefinition>[] = [
    linkColumn({ field: 'name', header: 'Metric', to: '/orgs/$orgId/monitoring/metrics/$id', orgId }),
    { key: 'level', header: 'Status', render: (m) => <LevelBadge level={m.level} /> },
    {
      key: 'last',
      header: 'Latest',
      render: (m) =>
        m.lastValue === null ? (
          '—'
        ) : (
          <Text size="sm">
            {m.lastValue}
            {m.unit ? ` ${m.unit}` : ''}{' '}
            <Text span size="xs" c="dimmed">
              {m.lastAt?.slice(0, 16).replace('T', ' ')}
            </Text>
          </Text>
        ),
    },
    { key: 'warning', header: 'Warning', render: (m) => threshold(m, m.warningThreshold) },
    { key: 'breach', header: 'Breach', render: (m) => threshold(m, m.breachThreshold) },
    { key: 'otel', header: 'OTel instrument', render: (m) => m.otelName ?? '—' },
  ];
  return (
    <>
      <PageHeader
        title="Monitoring"
        description="What you measure about your AI systems and objectives (§9.1, A.6.2.6), its thresholds, and the alerts a breach raises."
        actions={can('metric:create') && <AddButton onClick={() => setOpened(true)}>New metric</AddButton>}
      />
      <Tabs defaultValue="metrics" keepMounted={false}>
        <Tabs.List mb="md">
          <Tabs.Tab value="metrics">Metrics</Tabs.Tab>
          <Tabs.Tab value="alerts">Alerts</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="metrics">
          <DataTable
            label="Metrics"
            columns={columns}
            state={state}
            controls={controls}
            searchPlaceholder="Search metrics"
            toolbar={
              <SegmentedFilter aria-label="Status" options={LEVEL_FILTER} value={level} onChange={setLevel} />
            }
            empty={
              <EmptyState
                title="No metrics yet"
                description="Define what you monitor — accuracy, drift, a fairness gap, latency, complaints — with thresholds, then send measurements through the API, `aims metrics push` or an OpenTelemetry exporter."
              />
            }
          />
        </Tabs.Panel>
        <Tabs.Panel value="alerts">
          <AlertsTable metricNames={names} />
        </Tabs.Panel>
      </Tabs>
      <MetricModal orgId={orgId} opened={opened} onClose={() => setOpened(false)} />
    </>
  );
}
