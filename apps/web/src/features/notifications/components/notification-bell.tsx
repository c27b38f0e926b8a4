// The header's bell: your unread notifications at a glance, and the way to the notifications page.
import { ActionIcon, Indicator, Tooltip } from '@mantine/core';
import { IconBell } from '@tabler/icons-react';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { useUnreadCount } from '../api/notifications.ts';

export function NotificationBell() {
  const { t } = useTranslation();
  const { data } = useUnreadCount();
  const count = data?.unreadCount ?? 0;
  const label = count ? t('shell.notificationsUnread', { count }) : t('shell.notificationsNone');
  return (
    <Tooltip label={label} withArrow>
      <Indicator label={count > 99 ? '99+' : count} size={16} disabled={count === 0} offset={4} color="red">
        <ActionIcon component={Link} to="/notifications" variant="default" size="lg" aria-label={label}>
          <IconBell size={18} />
        </ActionIcon>
      </Indicator>
    </Tooltip>
  );
}
