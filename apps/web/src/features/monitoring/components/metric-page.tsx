// One metric: its definition, the time series with threshold bands, and its alerts (§9.1, A.6.2.6).
import { Group, Paper, SegmentedControl, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useParams } from '@tanstack/react-router';
import { useMemo, useState } from 'react';
import { ErrorState } from '../../../components/error-state.tsx';
import { PageHeader } from '../../../components/page-header.tsx';
import { PageSkeleton } from '../../../components/page-loader.tsx';
import { useCurrentOrg } from '../../orgs/use-current-org.ts';
import { useMetric } from '../api/get-metric.ts';
import { useSeries } from '../api/list-measurements.ts';
import { AlertsTable } from './alerts-table.tsx';
import { LevelBadge } from './level-badge.tsx';
import { MetricChart } from './metric-chart.tsx';

const RANGES = { '24h': 1, '7d': 7, '30d': 30, all: 0 } as const;
type Range = keyof typeof RANGES;

function Fact({ label, value }: { label: string; value: string }) {
  return (
    <div>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text size="sm">{value}</Text>
    </div>
  );
}

export function MetricPage() {
  const { orgId } = useCurrentOrg();
  const { id = '' } = useParams({ strict: false });
  const [range, setRange] = useState<Range>('all');
  // Fixed when the range is picked, so the query key stays stable between renders.
  const from = useMemo(
    () => (RANGES[range] ? new Date(Date.now() - RANGES[range] * 86_400_000).toISOString() : undefined),
    [range],
  );
  const q = useMetric(orgId, id);
  const series = useSeries(orgId, id, from);
  if (q.error) return <ErrorState error={q.error} />;
  if (!q.data) return <PageSkeleton />;
  const m = q.data;
  const unit = m.unit ? ` ${m.unit}` : '';
  const t = (v: number | null) => (v === null ? 'none' : `${v}${unit}`);
  return (
    <>
      <PageHeader
        title={m.name}
        description={m.description || 'A monitored metric (§9.1, A.6.2.6).'}
        actions={<LevelBadge level={m.level} />}
      />
      <Stack gap="lg">
        <Paper withBorder p="md">
          <SimpleGrid cols={{ base: 2, md: 4 }}>
            <Fact
              label="Direction"
              value={m.direction === 'higher_is_better' ? 'Higher is better' : 'Lower is better'}
            />
            <Fact label="Warning at" value={t(m.warningThreshold)} />
            <Fact label="Breach at" value={t(m.breachThreshold)} />
            <Fact
              label="Window"
              value={`${m.aggregate === 'mean' ? 'mean of' : 'latest of'} ${m.windowPoints} point${m.windowPoints === 1 ? '' : 's'}${m.windowMinutes ? ` within ${m.windowMinutes} min` : ''}`}
            />
            <Fact
              label="On breach"
              value={
                {
                  none: 'alert only',
                  nonconformity: 'alert and nonconformity',
                  incident: 'alert and incident',
                }[m.onBreach]
              }
            />
            <Fact label="Latest" value={m.lastValue === null ? '—' : `${m.lastValue}${unit}`} />
            <Fact label="OTel instrument" value={m.otelName ?? '—'} />
            <Fact
              label="OTel attributes"
              value={
                Object.entries(m.otelAttributes)
                  .map(([k, v]) => `${k}=${v}`)
                  .join(', ') || '—'
              }
            />
          </SimpleGrid>
        </Paper>
        <Paper withBorder p="md">
          <Group justify="space-between" mb="sm">
            <Title order={2} size="h4">
              Measurements
            </Title>
            <SegmentedControl
              aria-label="Time range"
              size="xs"
              value={range}
              onChange={(v) => setRange(v as Range)}
              data={Object.keys(RANGES).map((r) => ({ value: r, label: r === 'all' ? 'All' : r }))}
            />
          </Group>
          {series.error ? (
            <ErrorState error={series.error} />
          ) : (
            <MetricChart metric={m} points={series.data?.items ?? []} />
          )}
        </Paper>
        <div>
          <Title order={2} size="h4" mb="sm">
            Alerts
          </Title>
          <AlertsTable metricId={m.id} />
        </div>
      </Stack>
    </>
  );
}
