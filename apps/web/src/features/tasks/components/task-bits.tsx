// Small shared pieces of task UI: status labels, the overdue badge, the owner's name and the move menu.
import { Badge, Button, Menu, Text } from '@mantine/core';
import { nextStatuses, type Task, type TaskStatus } from '@openaims/core';
import { IconChevronDown } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { AnchorLink } from '../../../components/links.tsx';
import { useMemberName } from '../../members/api/member-options.ts';

/** Status names as people say them. */
export const TASK_STATUS_LABEL: Record<TaskStatus, string> = {
  open: 'Open',
  in_progress: 'In progress',
  done: 'Done',
  cancelled: 'Cancelled',
};

/** Shown when the server says an active task is past its due date. */
export function OverdueBadge({ task }: { task: Pick<Task, 'overdue'> }) {
  const { t } = useTranslation();
  return task.overdue ? (
    <Badge color="red.9" size="sm">
      {t('dashboard.overdueBadge')}
    </Badge>
  ) : null;
}

/** The owner's name, from the organization's members. */
export function OwnerName({ orgId, ownerId }: { orgId: string; ownerId: string | null }) {
  const name = useMemberName(orgId, ownerId);
  if (!ownerId)
    return (
      <Text span size="sm" c="dimmed">
        No owner
      </Text>
    );
  return (
    <Text span size="sm">
      {name ?? 'Former member'}
    </Text>
  );
}

/** A keyboard-accessible menu that moves a task to one of the statuses allowed next. */
export function MoveTaskMenu(props: { task: Task; pending?: boolean; onMove: (to: TaskStatus) => void }) {
  const targets = nextStatuses(props.task.status);
  return (
    <Menu position="bottom-end" withinPortal>
      <Menu.Target>
        <Button
          size="compact-xs"
          variant="default"
          loading={props.pending}
          rightSection={<IconChevronDown size={12} />}
          aria-label={`Move ${props.task.title}`}
          style={{ flexShrink: 0 }}
        >
          Move
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        {targets.map((s) => (
          <Menu.Item key={s} onClick={() => props.onMove(s)}>
            {s === 'done' ? 'Mark done' : `Move to ${TASK_STATUS_LABEL[s]}`}
          </Menu.Item>
        ))}
      </Menu.Dropdown>
    </Menu>
  );
}

/** A link to the risk a treatment task came from (§6.1.3), nothing for a task from elsewhere; `text` words the link
 * around the risk's title (its title alone by default). */
export function TaskRiskLink(props: {
  orgId: string;
  task: Pick<Task, 'source' | 'sourceTitle'>;
  text?: (riskTitle: string) => string;
}) {
  const { source, sourceTitle } = props.task;
  if (source?.entityType !== 'risk') return null;
  const title = sourceTitle ?? source.entityId;
  return (
    <AnchorLink
      to="/orgs/$orgId/risks/$riskId"
      params={{ orgId: props.orgId, riskId: source.entityId }}
      size="xs"
    >
      {props.text ? props.text(title) : title}
    </AnchorLink>
  );
}
