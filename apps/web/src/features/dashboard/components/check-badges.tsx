// Badges on the Check cards: the next internal audit and open findings (§9.2), open metric alerts (§9.1).
import { Badge, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useCheckSummary } from '../api/get-check-summary.ts';

const n = (c: { count: number; more: boolean }) => `${c.count}${c.more ? '+' : ''}`;

export function AuditBadges({ orgId }: { orgId: string }) {
  const { t } = useTranslation();
  const q = useCheckSummary(orgId);
  if (!q.data) return null;
  const a = q.data.nextAudit;
  return (
    <Group gap={4} justify="flex-end">
      <Badge variant="outline" color="gray.8" tt="none">
        {t('dashboard.nextAudit', {
          value: a ? (a.plannedStart ?? t('dashboard.dateNotSet')) : t('dashboard.nonePlanned'),
        })}
      </Badge>
      <Badge variant="filled" color={q.data.openFindings.count > 0 ? '#9c3d0a' : 'teal.9'} tt="none">
        {t('dashboard.openFindings', { n: n(q.data.openFindings) })}
      </Badge>
    </Group>
  );
}

export function AlertBadge({ orgId }: { orgId: string }) {
  const { t } = useTranslation();
  const q = useCheckSummary(orgId);
  if (!q.data) return null;
  return (
    <Badge variant="filled" color={q.data.openAlerts.count > 0 ? 'red.9' : 'teal.9'} tt="none">
      {t('dashboard.openAlerts', { n: n(q.data.openAlerts) })}
    </Badge>
  );
}
