// Webhooks: GET|POST /webhooks, PATCH|DELETE /webhooks/{id}, POST …/test, GET …/deliveries; mail status.
import {
  CreatedWebhookSchema,
  CreateWebhookSchema,
  MailStatusSchema,
  pageSchema,
  WebhookDeliverySchema,
  WebhookSchema,
} from '@openaims/core';
import { useQuery } from '@tanstack/react-query';
import { z } from 'zod';
import { api } from '../../../lib/api.ts';
import { orgCollection } from '../../../lib/org-collection.ts';
import { useInvalidatingMutation } from '../../../lib/use-invalidating-mutation.ts';

const webhooks = orgCollection('webhooks', {
  item: WebhookSchema,
  create: CreateWebhookSchema,
  created: CreatedWebhookSchema,
});
const key = webhooks.key;

export const useWebhooks = webhooks.useList;
export const useCreateWebhook = webhooks.useCreate;
export const useDeleteWebhook = webhooks.useRemove;

export function useTestWebhook(orgId: string) {
  return useInvalidatingMutation([key(orgId)], (id: string) =>
    api.post(`/orgs/${orgId}/webhooks/${id}/test`, {}, z.object({ eventId: z.string() })),
  );
}

/** The delivery log of one webhook, refreshed every few seconds while open (deliveries run in the background). */
export function useDeliveries(orgId: string, id: string) {
  return useQuery({
    queryKey: [...key(orgId), id, 'deliveries'],
    queryFn: () =>
      api.get(`/orgs/${orgId}/webhooks/${id}/deliveries`, pageSchema(WebhookDeliverySchema), { limit: 20 }),
    refetchInterval: 5000,
  });
}

export function useMailStatus(orgId: string) {
  return useQuery({
    queryKey: ['orgs', orgId, 'mail-status'],
    queryFn: () => api.get(`/orgs/${orgId}/mail-status`, MailStatusSchema),
  });
}
