// Your notifications: GET /me/notifications (+ unread count), POST …/{id}/read, POST …/read-all.
import { NotificationPageSchema } from '@openaims/core';
import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import { api } from '../../../lib/api.ts';

const key = ['me', 'notifications'] as const;

export const notificationsQuery = (unread: boolean) =>
  queryOptions({
    queryKey: [...key, 'list', { unread }],
    queryFn: () =>
      api.get('/me/notifications', NotificationPageSchema, { limit: 100, unread: unread || undefined }),
  });

export function useNotifications(unread: boolean) {
  return useQuery(notificationsQuery(unread));
}

/** The bell's count, refreshed every minute while the app is open. */
export function useUnreadCount() {
  return useQuery({
    queryKey: [...key, 'unread-count'],
    queryFn: () => api.get('/me/notifications/unread-count', z.object({ unreadCount: z.number() })),
    refetchInterval: 60_000,
  });
}

export function useMarkRead() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api.send('POST', `/me/notifications/${id}/read`),
    onSuccess: () => qc.invalidateQueries({ queryKey: key }),
  });
}

export function useMarkAllRead() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: () => api.send('POST', '/me/notifications/read-all'),
    onSuccess: () => qc.invalidateQueries({ queryKey: key }),
  });
}
