// Your notifications: GET /me/notifications (+ unread count), POST …/{id}/read, POST …/read-all.
import { NotificationPageSchema } from '@openaims/core';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { z } from 'zod';
import { api } from '../../../lib/api.ts';
import { queryHook } from '../../../lib/api-query.ts';
import { useInvalidatingMutation } from '../../../lib/use-invalidating-mutation.ts';

const key = ['me', 'notifications'] as const;

export const notificationsQuery = (unread: boolean) =>
  queryOptions({
    queryKey: [...key, 'list', { unread }],
    queryFn: () =>
      api.get('/me/notifications', NotificationPageSchema, { limit: 100, unread: unread || undefined }),
  });

export const useNotifications = queryHook(notificationsQuery);

/** The bell's count, refreshed every minute while the app is open. */
export function useUnreadCount() {
  return useQuery({
    queryKey: [...key, 'unread-count'],
    queryFn: () => api.get('/me/notifications/unread-count', z.object({ unreadCount: z.number() })),
    refetchInterval: 60_000,
  });
}

export function useMarkRead() {
  return useInvalidatingMutation([key], (id: string) => api.send('POST', `/me/notifications/${id}/read`));
}

export function useMarkAllRead() {
  return useInvalidatingMutation([key], () => api.send('POST', '/me/notifications/read-all'));
}
