// Dashboard card: the signed-in member's open tasks, overdue first (they sort first by due date).
import { Badge, Card, Group, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { AnchorLink } from '../../../components/links.tsx';
import { formatDate } from '../../../lib/format.ts';
import { useMe } from '../../auth/api/get-me.ts';
import { tasksQuery } from '../api/tasks.ts';
import { OverdueBadge, TASK_STATUS_LABEL } from './task-bits.tsx';

export function MyTasksCard({ orgId }: { orgId: string }) {
  const me = useMe().data?.user;
  const tasks = useQuery({
    ...tasksQuery(orgId, { ownerId: me?.id, status: 'open,in_progress', sort: 'dueDate', limit: 10 }),
    enabled: !!me,
  });
  return (
    <Card withBorder radius="md" padding="md" component="section" aria-labelledby="my-tasks">
      <Title order={2} size="h4" mb="sm" id="my-tasks">
        My open tasks
      </Title>
      {tasks.isPending ? (
        <Text size="sm" c="dimmed">
          Loading…
        </Text>
      ) : tasks.error ? (
        <Text size="sm" c="red.9">
          Could not load your tasks.
        </Text>
      ) : tasks.data.items.length === 0 ? (
        <Text size="sm" c="dimmed">
          Nothing assigned to you is open. Tasks you own (for example risk treatment actions) appear here.
        </Text>
      ) : (
        <Stack gap="xs" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
          {tasks.data.items.map((t) => (
            <Group key={t.id} component="li" justify="space-between" wrap="nowrap" data-task={t.title}>
              <Stack gap={0} style={{ minWidth: 0, flex: 1 }}>
                <Text size="sm" fw={500}>
                  {t.title}
                </Text>
                {t.source?.entityType === 'risk' && (
                  <AnchorLink
                    to="/orgs/$orgId/risks/$riskId"
                    params={{ orgId, riskId: t.source.entityId }}
                    size="xs"
                  >
                    Risk: {t.sourceTitle ?? t.source.entityId}
                  </AnchorLink>
                )}
              </Stack>
              {/* The badges keep their whole word; the title wraps instead (issue 16: no cut-off badges). */}
              <Group gap={6} wrap="nowrap" style={{ flexShrink: 0 }}>
                <OverdueBadge task={t} />
                <Badge variant="light" color="gray">
                  {TASK_STATUS_LABEL[t.status]}
                </Badge>
                <Text size="xs" c="dimmed">
                  {t.dueDate ? `due ${formatDate(t.dueDate)}` : 'no due date'}
                </Text>
              </Group>
            </Group>
          ))}
        </Stack>
      )}
    </Card>
  );
}
