// How a metric's server-computed level, or an alert's level and status, looks. Colours meet WCAG AA with white
// text (Mantine's yellow.9 does not, so warnings use a darker amber).
import { Badge } from '@mantine/core';
import type { Alert, MetricLevel } from '@openaims/core';

const AMBER = '#9c5700';

const COLOR: Record<MetricLevel, string> = {
  ok: 'teal.9',
  warning: AMBER,
  breach: 'red.9',
  no_data: 'gray.7',
};
export const LEVEL_LABEL: Record<MetricLevel, string> = {
  ok: 'OK',
  warning: 'Warning',
  breach: 'Breach',
  no_data: 'No data',
};

export function LevelBadge({ level }: { level: MetricLevel }) {
  return (
    <Badge color={COLOR[level]} variant="filled">
      {LEVEL_LABEL[level]}
    </Badge>
  );
}

const STATUS_COLOR: Record<Alert['status'], string> = {
  open: 'red.9',
  acknowledged: 'yellow.9',
  resolved: 'gray.7',
};
const STATUS_LABEL: Record<Alert['status'], string> = {
  open: 'Open',
  acknowledged: 'Acknowledged',
  resolved: 'Resolved',
};

export function AlertStatusBadge({ status }: { status: Alert['status'] }) {
  return (
    <Badge color={STATUS_COLOR[status]} variant="outline">
      {STATUS_LABEL[status]}
    </Badge>
  );
}
