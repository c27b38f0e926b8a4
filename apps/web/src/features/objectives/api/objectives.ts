// Objectives (GET|POST …/objectives, GET|PATCH|DELETE …/objectives/{id}) and KPI measurements (…/{id}/measurements).
import {
  type CreateMeasurementInput,
  type CreateObjectiveInput,
  MeasurementSchema,
  type Objective,
  ObjectiveSchema,
  type UpdateObjectiveInput,
} from '@openaims/core';
import { useQuery } from '@tanstack/react-query';
import { z } from 'zod';
import { api } from '../../../lib/api.ts';
import { apiQuery } from '../../../lib/api-query.ts';
import { collectionQuery, useCollection } from '../../../lib/collection.ts';
import { useInvalidatingMutation } from '../../../lib/use-invalidating-mutation.ts';

export const objectiveKeys = { all: (orgId: string) => ['orgs', orgId, 'objectives'] as const };

export function useObjectives(orgId: string, params: { q?: string; sort?: string; status?: string }) {
  return useCollection(
    collectionQuery(objectiveKeys.all(orgId), `/orgs/${orgId}/objectives`, ObjectiveSchema, params),
  );
}

export function useObjective(orgId: string, id: string) {
  return useQuery(
    apiQuery(
      [...objectiveKeys.all(orgId), 'one', id] as const,
      `/orgs/${orgId}/objectives/${id}`,
      ObjectiveSchema,
    ),
  );
}

export function useMeasurements(orgId: string, id: string) {
  return useQuery(
    apiQuery(
      [...objectiveKeys.all(orgId), 'one', id, 'measurements'] as const,
      `/orgs/${orgId}/objectives/${id}/measurements`,
      z.object({ items: z.array(MeasurementSchema) }),
    ),
  );
}

function useObjectiveMutation<I, O>(orgId: string, fn: (input: I) => Promise<O>) {
  return useInvalidatingMutation([objectiveKeys.all(orgId)], fn);
}

export const useCreateObjective = (orgId: string) =>
  useObjectiveMutation(orgId, (i: CreateObjectiveInput) =>
    api.post(`/orgs/${orgId}/objectives`, i, ObjectiveSchema),
  );

export const useUpdateObjective = (orgId: string) =>
  useObjectiveMutation(
    orgId,
    ({ objective, changes }: { objective: Objective; changes: UpdateObjectiveInput }) =>
      api.patch(`/orgs/${orgId}/objectives/${objective.id}`, changes, ObjectiveSchema, {
        'If-Match': `"${objective.version}"`,
      }),
  );

export const useAddMeasurement = (orgId: string, id: string) =>
  useObjectiveMutation(orgId, (i: CreateMeasurementInput) =>
    api.post(`/orgs/${orgId}/objectives/${id}/measurements`, i, MeasurementSchema),
  );
