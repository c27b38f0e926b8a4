// Dashboard card: the signed-in member's open tasks, overdue first (they sort first by due date).
import { Badge, Card, Group, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useLabel } from '../../../i18n/use-label.ts';
import { formatDate } from '../../../lib/format.ts';
import { useMe } from '../../auth/api/get-me.ts';
import { tasksQuery } from '../api/tasks.ts';
import { OverdueBadge, TASK_STATUS_LABEL, TaskRiskLink } from './task-bits.tsx';

export function MyTasksCard({ orgId }: { orgId: string }) {
  const { t } = useTranslation();
  const me = useMe().data?.user;
  const label = useLabel();
  const tasks = useQuery({
    ...tasksQuery(orgId, { ownerId: me?.id, status: 'open,in_progress', sort: 'dueDate', limit: 10 }),
    enabled: !!me,
  });
  return (
    <Card withBorder radius="md" padding="md" component="section" aria-labelledby="my-tasks">
      <Title order={2} size="h4" mb="sm" id="my-tasks">
        {t('dashboard.myTasks')}
      </Title>
      {tasks.isPending ? (
        <Text size="sm" c="dimmed">
          {t('dashboard.loadingEllipsis')}
        </Text>
      ) : tasks.error ? (
        <Text size="sm" c="red.9">
          {t('dashboard.tasksFailed')}
        </Text>
      ) : tasks.data.items.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('dashboard.noTasks')}
        </Text>
      ) : (
        <Stack gap="xs" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
          {tasks.data.items.map((task) => (
            <Group key={task.id} component="li" justify="space-between" wrap="nowrap" data-task={task.title}>
              <Stack gap={0} style={{ minWidth: 0, flex: 1 }}>
                <Text size="sm" fw={500}>
                  {task.title}
                </Text>
                <TaskRiskLink
                  orgId={orgId}
                  task={task}
                  text={(title) => t('dashboard.taskRisk', { title })}
                />
              </Stack>
              {/* The badges keep their whole word; the title wraps instead (issue 16: no cut-off badges). */}
              <Group gap={6} wrap="nowrap" style={{ flexShrink: 0 }}>
                <OverdueBadge task={task} />
                <Badge variant="light" color="gray">
                  {label('taskStatus', task.status, TASK_STATUS_LABEL[task.status])}
                </Badge>
                <Text size="xs" c="dimmed">
                  {task.dueDate
                    ? t('dashboard.due_', { date: formatDate(task.dueDate) })
                    : t('dashboard.noDueDate')}
                </Text>
              </Group>
            </Group>
          ))}
        </Stack>
      )}
    </Card>
  );
}
