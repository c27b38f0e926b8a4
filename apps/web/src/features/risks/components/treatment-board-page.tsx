// The treatment board (§6.1.3, §8.3): treatment tasks of every risk in Open / In progress / Done columns. Cards
// move by a menu (keyboard-accessible), not by dragging; overdue is the server's judgement.
import { Badge, Card, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import type { Task, TaskStatus } from '@openaims/core';
import { useQuery } from '@tanstack/react-query';
import { ErrorAlert } from '../../../components/error-alert.tsx';
import { AnchorLink, ButtonLink } from '../../../components/links.tsx';
import { ListQueryContent } from '../../../components/list-query-content.tsx';
import { PageHeader } from '../../../components/page-header.tsx';
import { formatDate } from '../../../lib/format.ts';
import { useCurrentOrg } from '../../orgs/use-current-org.ts';
import { tasksQuery, useUpdateTask } from '../../tasks/api/tasks.ts';
import {
  MoveTaskMenu,
  OverdueBadge,
  OwnerName,
  TASK_STATUS_LABEL,
  TaskRiskLink,
} from '../../tasks/components/task-bits.tsx';

const COLUMNS: TaskStatus[] = ['open', 'in_progress', 'done'];

function TaskCard({
  task,
  canMove,
  onMove,
}: {
  task: Task;
  canMove: boolean;
  onMove: (s: TaskStatus) => void;
}) {
  const { orgId } = useCurrentOrg();
  return (
    <Card withBorder radius="md" padding="sm" component="li" data-card={task.title}>
      <Stack gap={4}>
        <Group justify="space-between" wrap="nowrap" align="flex-start">
          <Text size="sm" fw={600}>
            {task.title}
          </Text>
          {canMove && <MoveTaskMenu task={task} onMove={onMove} />}
        </Group>
        <TaskRiskLink orgId={orgId} task={task} />
        <Group gap="xs">
          <OwnerName orgId={orgId} ownerId={task.ownerId} />
          <Text size="xs" c="dimmed">
            {task.dueDate ? `due ${formatDate(task.dueDate)}` : 'no due date'}
          </Text>
          <OverdueBadge task={task} />
        </Group>
      </Stack>
    </Card>
  );
}

export function TreatmentBoardPage() {
  const { orgId, can } = useCurrentOrg();
  const tasks = useQuery(
    tasksQuery(orgId, { kind: 'treatment', status: COLUMNS.join(','), sort: 'dueDate' }),
  );
  const update = useUpdateTask(orgId);
  return (
    <>
      <PageHeader
        title="Treatment board"
        eyebrow={
          <AnchorLink to="/orgs/$orgId/risks" params={{ orgId }} size="sm">
            ← AI risks
          </AnchorLink>
        }
        description="Treatment tasks of every risk (ISO/IEC 42001 6.1.3, 8.3). Use a card's Move menu to change its column."
        actions={
          <ButtonLink to="/orgs/$orgId/risks" params={{ orgId }} variant="default" size="xs">
            Risk register
          </ButtonLink>
        }
      />
      <ErrorAlert error={update.error} mb="md" title="Not moved" />
      <ListQueryContent
        query={tasks}
        emptyText="No treatment tasks yet. Open a risk from the register and add tasks on its Treatment tab."
      >
        {(all) => (
          <SimpleGrid cols={{ base: 1, md: 3 }}>
            {COLUMNS.map((status) => {
              const items = all.filter((t) => t.status === status);
              return (
                <Stack
                  key={status}
                  gap="sm"
                  component="section"
                  aria-labelledby={`col-${status}`}
                  data-column={status}
                >
                  <Group gap="xs">
                    <Title order={2} size="h5" id={`col-${status}`}>
                      {TASK_STATUS_LABEL[status]}
                    </Title>
                    <Badge variant="light" color="gray" aria-label={`${items.length} tasks`}>
                      {items.length}
                    </Badge>
                  </Group>
                  <Stack gap="sm" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
                    {items.map((t) => (
                      <TaskCard
                        key={t.id}
                        task={t}
                        canMove={can('task:update')}
                        onMove={(s) => update.mutate({ task: t, input: { status: s } })}
                      />
                    ))}
                  </Stack>
                  {items.length === 0 && (
                    <Text size="sm" c="dimmed">
                      Nothing here.
                    </Text>
                  )}
                </Stack>
              );
            })}
          </SimpleGrid>
        )}
      </ListQueryContent>
    </>
  );
}
