// Your channels per event in one organization: GET|PUT /me/notification-preferences/{orgId}.
import { type NotificationPreference, NotificationPreferencesSchema } from '@openaims/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api.ts';
import { apiQuery } from '../../../lib/api-query.ts';

const key = (orgId: string) => ['me', 'notification-preferences', orgId] as const;

export const notificationPreferencesQuery = (orgId: string) =>
  apiQuery(key(orgId), `/me/notification-preferences/${orgId}`, NotificationPreferencesSchema);

export function useNotificationPreferences(orgId: string | undefined) {
  return useQuery({ ...notificationPreferencesQuery(orgId ?? ''), enabled: !!orgId });
}

/** Saves one event's channels; the answer is the full set, which replaces the cached one. */
export function useSetNotificationPreference(orgId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (item: NotificationPreference) =>
      api.put(`/me/notification-preferences/${orgId}`, { items: [item] }, NotificationPreferencesSchema),
    onSuccess: (data) => qc.setQueryData(key(orgId), data),
  });
}
