// Nonconformities, corrective actions and incidents (…/nonconformities, …/corrective-actions, …/incidents).
import {
  type CorrectiveAction,
  CorrectiveActionSchema,
  type CreateCorrectiveActionInput,
  type CreateIncidentInput,
  type CreateNonconformityInput,
  type EffectivenessCheckInput,
  IncidentSchema,
  type Nonconformity,
  NonconformitySchema,
  type UpdateCorrectiveActionInput,
  type UpdateNonconformityInput,
} from '@openaims/core';
import { useQuery } from '@tanstack/react-query';
import { z } from 'zod';
import { api } from '../../../lib/api.ts';
import { apiQuery } from '../../../lib/api-query.ts';
import { collectionQuery, useCollection } from '../../../lib/collection.ts';
import { useInvalidatingMutation } from '../../../lib/use-invalidating-mutation.ts';

export const improvementKeys = { all: (orgId: string) => ['orgs', orgId, 'improvement'] as const };

export function useNonconformities(orgId: string, params: { q?: string; sort?: string; open?: string }) {
  return useCollection(
    collectionQuery(
      [...improvementKeys.all(orgId), 'ncs'],
      `/orgs/${orgId}/nonconformities`,
      NonconformitySchema,
      params,
    ),
  );
}

export function useIncidents(orgId: string, params: { q?: string; sort?: string }) {
  return useCollection(
    collectionQuery(
      [...improvementKeys.all(orgId), 'incidents'],
      `/orgs/${orgId}/incidents`,
      IncidentSchema,
      params,
    ),
  );
}

export function useNonconformity(orgId: string, id: string) {
  return useQuery(
    apiQuery(
      [...improvementKeys.all(orgId), 'nc', id] as const,
      `/orgs/${orgId}/nonconformities/${id}`,
      NonconformitySchema,
    ),
  );
}

export function useCorrectiveActions(orgId: string, nonconformityId: string) {
  return useQuery(
    apiQuery(
      [...improvementKeys.all(orgId), 'nc', nonconformityId, 'actions'] as const,
      `/orgs/${orgId}/corrective-actions`,
      z.object({ items: z.array(CorrectiveActionSchema) }),
      { nonconformityId },
    ),
  );
}

function useImprovementMutation<I, O>(orgId: string, fn: (i: I) => Promise<O>) {
  return useInvalidatingMutation([improvementKeys.all(orgId)], fn);
}

export const useCreateNonconformity = (orgId: string) =>
  useImprovementMutation(orgId, (i: CreateNonconformityInput) =>
    api.post(`/orgs/${orgId}/nonconformities`, i, NonconformitySchema),
  );
export const useUpdateNonconformity = (orgId: string) =>
  useImprovementMutation(orgId, ({ nc, changes }: { nc: Nonconformity; changes: UpdateNonconformityInput }) =>
    api.patch(`/orgs/${orgId}/nonconformities/${nc.id}`, changes, NonconformitySchema, {
      'If-Match': `"${nc.version}"`,
    }),
  );
export const useCloseNonconformity = (orgId: string) =>
  useImprovementMutation(orgId, (id: string) =>
    api.post(`/orgs/${orgId}/nonconformities/${id}/close`, {}, NonconformitySchema),
  );
export const useCreateCorrectiveAction = (orgId: string) =>
  useImprovementMutation(orgId, (i: CreateCorrectiveActionInput) =>
    api.post(`/orgs/${orgId}/corrective-actions`, i, CorrectiveActionSchema),
  );
export const useUpdateCorrectiveAction = (orgId: string) =>
  useImprovementMutation(
    orgId,
    ({ ca, changes }: { ca: CorrectiveAction; changes: UpdateCorrectiveActionInput }) =>
      api.patch(`/orgs/${orgId}/corrective-actions/${ca.id}`, changes, CorrectiveActionSchema, {
        'If-Match': `"${ca.version}"`,
      }),
  );
export const useCheckCorrectiveAction = (orgId: string) =>
  useImprovementMutation(orgId, ({ id, check }: { id: string; check: EffectivenessCheckInput }) =>
    api.post(`/orgs/${orgId}/corrective-actions/${id}/effectiveness`, check, CorrectiveActionSchema),
  );
export const useCreateIncident = (orgId: string) =>
  useImprovementMutation(orgId, (i: CreateIncidentInput) =>
    api.post(`/orgs/${orgId}/incidents`, i, IncidentSchema),
  );
