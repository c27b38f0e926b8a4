// How a KPI's server-computed status looks (colours meet AA under white text).
import { Badge } from '@mantine/core';
import type { KpiStatus } from '@openaims/core';

const COLOR: Record<KpiStatus, string> = { on_track: 'teal.9', off_track: 'red.9', no_data: 'gray.7' };
const LABEL: Record<KpiStatus, string> = { on_track: 'On track', off_track: 'Off track', no_data: 'No data' };

export function KpiStatusBadge({ status }: { status: KpiStatus }) {
  return (
    <Badge color={COLOR[status]} variant="filled">
      {LABEL[status]}
    </Badge>
  );
}
