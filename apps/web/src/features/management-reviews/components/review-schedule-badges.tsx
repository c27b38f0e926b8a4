// Dashboard badges for the reviews card: when the last management review was held and when the next is due.
import { Badge, Group } from '@mantine/core';
import { useReviewSchedule } from '../api/get-review-schedule.ts';

export function ReviewScheduleBadges({ orgId }: { orgId: string }) {
  const q = useReviewSchedule(orgId);
  if (!q.data) return null;
  const overdue = q.data.nextDueOn !== null && q.data.nextDueOn < new Date().toISOString().slice(0, 10);
  return (
    <Group gap={4} justify="flex-end">
      <Badge variant="outline" color="gray.8" tt="none">
        Last review: {q.data.lastOn ?? 'none'}
      </Badge>
      {q.data.nextDueOn && (
        <Badge variant="filled" color={overdue ? 'red.9' : 'indigo.7'} tt="none">
          Next due: {q.data.nextDueOn}
        </Badge>
      )}
    </Group>
  );
}
