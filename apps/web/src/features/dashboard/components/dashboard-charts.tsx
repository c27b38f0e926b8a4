// Small pictures for the dashboard: the readiness ring and horizontal count bars (no chart library needed).
import { Box, Group, Progress, RingProgress, Stack, Text } from '@mantine/core';
import type { Dashboard } from '@openaims/core';
import { useTranslation } from 'react-i18next';
import { useLabel } from '../../../i18n/use-label.ts';
import { formatDate } from '../../../lib/format.ts';

const STATUS_COLOUR = { approved: 'teal.8', draft: 'yellow.7', stale: 'orange.8', missing: 'red.8' } as const;
const STATUS_LABEL = { approved: 'Approved', draft: 'Draft', stale: 'Stale', missing: 'Missing' } as const;

/** Score ring with one section per readiness status (§4–§10 mandatory documented information). */
export function ReadinessRing({ readiness }: { readiness: Dashboard['readiness'] }) {
  const { t } = useTranslation();
  const label = useLabel();
  const total = readiness.byStatus.reduce((n, s) => n + s.count, 0) || 1;
  return (
    <Group gap="lg" wrap="nowrap" align="center">
      <RingProgress
        size={120}
        thickness={12}
        roundCaps={false}
        sections={readiness.byStatus
          .filter((s) => s.count > 0)
          .map((s) => ({
            value: (s.count / total) * 100,
            color: STATUS_COLOUR[s.status],
            tooltip: `${label('readinessStatus', s.status, STATUS_LABEL[s.status])}: ${s.count}`,
          }))}
        label={
          <Text ta="center" fw={700} size="xl" aria-label={t('dashboard.score', { score: readiness.score })}>
            {readiness.score}
          </Text>
        }
      />
      <Stack gap={2} component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
        {readiness.byStatus.map((s) => (
          <Group key={s.status} gap={6} component="li" wrap="nowrap">
            <Box w={10} h={10} bg={STATUS_COLOUR[s.status]} style={{ borderRadius: 2 }} aria-hidden />
            <Text size="sm">
              {s.count} {label('readinessStatus', s.status, STATUS_LABEL[s.status]).toLowerCase()}
            </Text>
          </Group>
        ))}
      </Stack>
    </Group>
  );
}

/** One labelled bar per row, scaled to the largest count. */
export function CountBars({
  rows,
  label,
}: {
  rows: { key: string; label: string; count: number }[];
  label: string;
}) {
  const { t } = useTranslation();
  const max = Math.max(1, ...rows.map((r) => r.count));
  if (rows.length === 0)
    return (
      <Text size="sm" c="dimmed">
        {t('dashboard.noneYet')}
      </Text>
    );
  return (
    <Stack gap={6} component="ul" aria-label={label} style={{ listStyle: 'none', padding: 0, margin: 0 }}>
      {rows.map((r) => (
        <Box key={r.key} component="li">
          <Group justify="space-between" gap={4} wrap="nowrap">
            <Text size="xs">{r.label}</Text>
            <Text size="xs" fw={700}>
              {r.count}
            </Text>
          </Group>
          <Progress value={(r.count / max) * 100} size="sm" aria-hidden />
        </Box>
      ))}
    </Stack>
  );
}

/**
 * The readiness score over the last 90 days as a line (one point a day it was read). With one reading there is
 * no line yet, so it says so; the figures are also in the accessible name for screen readers.
 */
export function ReadinessTrend({ trend }: { trend: Dashboard['readiness']['trend'] }) {
  const { t } = useTranslation();
  const first = trend[0];
  const last = trend[trend.length - 1];
  if (!first || !last || trend.length < 2)
    return (
      <Text size="xs" c="dimmed" mt="xs">
        {t('dashboard.trendStarts')}
      </Text>
    );
  const w = 240;
  const h = 48;
  const t0 = Date.parse(first.date);
  const span = Math.max(1, Date.parse(last.date) - t0);
  const x = (d: string) => ((Date.parse(d) - t0) / span) * (w - 8) + 4;
  const y = (s: number) => h - 4 - (s / 100) * (h - 8);
  const points = trend.map((p) => `${x(p.date).toFixed(1)},${y(p.score).toFixed(1)}`).join(' ');
  const change = last.score - first.score;
  const summary = t('dashboard.trendSummary', {
    from: first.score,
    fromDate: formatDate(first.date),
    to: last.score,
    toDate: formatDate(last.date),
  });
  return (
    <Stack gap={2} mt="xs">
      <svg width={w} height={h} viewBox={`0 0 ${w} ${h}`} role="img" aria-label={summary}>
        <title>{summary}</title>
        <line
          x1={4}
          x2={w - 4}
          y1={y(50)}
          y2={y(50)}
          stroke="var(--mantine-color-gray-3)"
          strokeDasharray="3 3"
        />
        <polyline points={points} fill="none" stroke="var(--mantine-color-teal-8)" strokeWidth={2} />
        <circle cx={x(last.date)} cy={y(last.score)} r={3} fill="var(--mantine-color-teal-8)" />
      </svg>
      <Text size="xs" c="dimmed">
        {change === 0
          ? t('dashboard.noChangeSince', { date: formatDate(first.date) })
          : t('dashboard.changeSince', {
              change: `${change > 0 ? '+' : '−'}${Math.abs(change)}`,
              date: formatDate(first.date),
            })}
      </Text>
    </Stack>
  );
}
