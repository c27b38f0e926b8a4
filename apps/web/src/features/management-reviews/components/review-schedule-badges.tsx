// Dashboard badges for the reviews card: when the last management review was held and when the next is due.
import { Badge, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useReviewSchedule } from '../api/get-review-schedule.ts';

export function ReviewScheduleBadges({ orgId }: { orgId: string }) {
  const { t } = useTranslation();
  const q = useReviewSchedule(orgId);
  if (!q.data) return null;
  const overdue = q.data.nextDueOn !== null && q.data.nextDueOn < new Date().toISOString().slice(0, 10);
  return (
    <Group gap={4} justify="flex-end">
      <Badge variant="outline" color="gray.8" tt="none">
        {t('dashboard.lastReview', { value: q.data.lastOn ?? t('dashboard.none') })}
      </Badge>
      {q.data.nextDueOn && (
        <Badge variant="filled" color={overdue ? 'red.9' : 'indigo.7'} tt="none">
          {t('dashboard.nextDue', { value: q.data.nextDueOn })}
        </Badge>
      )}
    </Group>
  );
}
