// Your notifications (§7.4): reminders of what falls due and other news, newest first; read them and clear them.
import { Anchor, Badge, Button, Group, Paper, SegmentedControl, Stack, Text } from '@mantine/core';
import { notifications as toast } from '@mantine/notifications';
import type { Notification } from '@openaims/core';
import { IconBellOff } from '@tabler/icons-react';
import { Link } from '@tanstack/react-router';
import { useState } from 'react';
import { EmptyState } from '../../../components/empty-state.tsx';
import { ErrorAlert } from '../../../components/error-alert.tsx';
import { PageHeader } from '../../../components/page-header.tsx';
import { PageSkeleton } from '../../../components/page-loader.tsx';
import { errorMessage } from '../../../lib/errors.ts';
import { formatDateTime } from '../../../lib/format.ts';
import { useMarkAllRead, useMarkRead, useNotifications } from '../api/notifications.ts';
import { NotificationPreferencesSection } from './notification-preferences.tsx';

function Item({ n }: { n: Notification }) {
  const markRead = useMarkRead();
  const unread = !n.readAt;
  return (
    <Paper withBorder p="md" radius="md" bg={unread ? 'var(--mantine-color-blue-light)' : undefined}>
      <Group justify="space-between" align="flex-start" wrap="nowrap">
        <Stack gap={4} style={{ minWidth: 0 }}>
          <Group gap="xs">
            {unread && (
              <Badge size="sm" color="blue">
                New
              </Badge>
            )}
            {n.link ? (
              <Anchor component={Link} to={n.link} fw={600} onClick={() => unread && markRead.mutate(n.id)}>
                {n.title}
              </Anchor>
            ) : (
              <Text fw={600}>{n.title}</Text>
            )}
          </Group>
          {n.body && <Text size="sm">{n.body}</Text>}
          <Text size="xs" c="dimmed">
            {formatDateTime(n.createdAt)}
          </Text>
        </Stack>
        {unread && (
          <Button
            size="xs"
            variant="default"
            loading={markRead.isPending}
            aria-label={`Mark “${n.title}” read`}
            onClick={() =>
              markRead
                .mutateAsync(n.id)
                .catch((e: unknown) =>
                  toast.show({ color: 'red', title: 'Not marked read', message: errorMessage(e) }),
                )
            }
          >
            Mark read
          </Button>
        )}
      </Group>
    </Paper>
  );
}

export function NotificationsPage() {
  const [filter, setFilter] = useState<'all' | 'unread'>('all');
  const list = useNotifications(filter === 'unread');
  const markAll = useMarkAllRead();
  const unreadCount = list.data?.unreadCount ?? 0;
  return (
    <>
      <PageHeader
        title="Notifications"
        description="Reminders of reviews, expiring evidence, due tasks and reporting deadlines, in every organization you belong to."
        actions={
          <Button
            variant="default"
            disabled={unreadCount === 0}
            loading={markAll.isPending}
            onClick={() =>
              markAll
                .mutateAsync()
                .catch((e: unknown) =>
                  toast.show({ color: 'red', title: 'Not cleared', message: errorMessage(e) }),
                )
            }
          >
            Mark all read
          </Button>
        }
      />
      <Stack gap="md">
        <SegmentedControl
          w={240}
          value={filter}
          onChange={(v) => setFilter(v as 'all' | 'unread')}
          data={[
            { value: 'all', label: 'All' },
            { value: 'unread', label: `Unread (${unreadCount})` },
          ]}
          aria-label="Show"
        />
        {list.isPending ? (
          <PageSkeleton />
        ) : list.error ? (
          <ErrorAlert error={list.error} />
        ) : list.data.items.length === 0 ? (
          <EmptyState
            icon={<IconBellOff size={26} />}
            title={filter === 'unread' ? 'Nothing unread' : 'No notifications yet'}
            description="When a review falls due, evidence is about to expire or a task is due, you will find it here (and by e-mail when the server sends e-mail)."
          />
        ) : (
          list.data.items.map((n) => <Item key={n.id} n={n} />)
        )}
        <NotificationPreferencesSection />
      </Stack>
    </>
  );
}
