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
import { z } from 'zod';
import { api } from '../../../lib/api.ts';
import { apiQuery, queryHook } from '../../../lib/api-query.ts';
import { collectionHook } from '../../../lib/collection.ts';
import { featureList } from '../../../lib/feature-list.ts';
import { featureMutation } from '../../../lib/feature-mutation.ts';
import { patchVersion } from '../../../lib/patch-version.ts';

export const improvementKeys = { all: (orgId: string) => ['orgs', orgId, 'improvement'] as const };

export const nonconformitiesQuery = featureList(
  improvementKeys.all,
  'ncs',
  'nonconformities',
  NonconformitySchema,
);

export const useNonconformities = collectionHook(nonconformitiesQuery);

export const incidentsQuery = featureList(improvementKeys.all, 'incidents', 'incidents', IncidentSchema);

export const useIncidents = collectionHook(incidentsQuery);

export const nonconformityQuery = (orgId: string, id: string) =>
  apiQuery(
    [...improvementKeys.all(orgId), 'nc', id] as const,
    `/orgs/${orgId}/nonconformities/${id}`,
    NonconformitySchema,
  );

export const useNonconformity = queryHook(nonconformityQuery);

export const correctiveActionsQuery = (orgId: string, nonconformityId: string) =>
  apiQuery(
    [...improvementKeys.all(orgId), 'nc', nonconformityId, 'actions'] as const,
    `/orgs/${orgId}/corrective-actions`,
    z.object({ items: z.array(CorrectiveActionSchema) }),
    { nonconformityId },
  );

export const useCorrectiveActions = queryHook(correctiveActionsQuery);

const useImprovementMutation = featureMutation((orgId) => [improvementKeys.all(orgId)]);

export const useCreateNonconformity = (orgId: string) =>
  useImprovementMutation(orgId, (i: CreateNonconformityInput) =>
    api.post(`/orgs/${orgId}/nonconformities`, i, NonconformitySchema),
  );
export const useUpdateNonconformity = (orgId: string) =>
  useImprovementMutation(orgId, ({ nc, changes }: { nc: Nonconformity; changes: UpdateNonconformityInput }) =>
    patchVersion(`/orgs/${orgId}/nonconformities/${nc.id}`, nc.version, changes, NonconformitySchema),
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
      patchVersion(`/orgs/${orgId}/corrective-actions/${ca.id}`, ca.version, changes, CorrectiveActionSchema),
  );
export const useCheckCorrectiveAction = (orgId: string) =>
  useImprovementMutation(orgId, ({ id, check }: { id: string; check: EffectivenessCheckInput }) =>
    api.post(`/orgs/${orgId}/corrective-actions/${id}/effectiveness`, check, CorrectiveActionSchema),
  );
export const useCreateIncident = (orgId: string) =>
  useImprovementMutation(orgId, (i: CreateIncidentInput) =>
    api.post(`/orgs/${orgId}/incidents`, i, IncidentSchema),
  );
