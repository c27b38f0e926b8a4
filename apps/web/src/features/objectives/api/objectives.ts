// Objectives (GET|POST …/objectives, GET|PATCH|DELETE …/objectives/{id}) and KPI measurements (…/{id}/measurements).
import {
  type CreateMeasurementInput,
  type CreateObjectiveInput,
  MeasurementSchema,
  type Objective,
  ObjectiveSchema,
  type UpdateObjectiveInput,
} from '@openaims/core';
import { z } from 'zod';
import { api } from '../../../lib/api.ts';
import { apiQuery, queryHook } from '../../../lib/api-query.ts';
import { collectionHook, collectionQuery } from '../../../lib/collection.ts';
import { featureMutation } from '../../../lib/feature-mutation.ts';
import { patchVersion } from '../../../lib/patch-version.ts';

export const objectiveKeys = { all: (orgId: string) => ['orgs', orgId, 'objectives'] as const };

export const objectivesQuery = (orgId: string, params: { q?: string; sort?: string; status?: string }) =>
  collectionQuery(objectiveKeys.all(orgId), `/orgs/${orgId}/objectives`, ObjectiveSchema, params);

export const useObjectives = collectionHook(objectivesQuery);

export const objectiveQuery = (orgId: string, id: string) =>
  apiQuery(
    [...objectiveKeys.all(orgId), 'one', id] as const,
    `/orgs/${orgId}/objectives/${id}`,
    ObjectiveSchema,
  );

export const useObjective = queryHook(objectiveQuery);

export const measurementsQuery = (orgId: string, id: string) =>
  apiQuery(
    [...objectiveKeys.all(orgId), 'one', id, 'measurements'] as const,
    `/orgs/${orgId}/objectives/${id}/measurements`,
    z.object({ items: z.array(MeasurementSchema) }),
  );

export const useMeasurements = queryHook(measurementsQuery);

const useObjectiveMutation = featureMutation((orgId) => [objectiveKeys.all(orgId)]);

export const useCreateObjective = (orgId: string) =>
  useObjectiveMutation(orgId, (i: CreateObjectiveInput) =>
    api.post(`/orgs/${orgId}/objectives`, i, ObjectiveSchema),
  );

export const useUpdateObjective = (orgId: string) =>
  useObjectiveMutation(
    orgId,
    ({ objective, changes }: { objective: Objective; changes: UpdateObjectiveInput }) =>
      patchVersion(`/orgs/${orgId}/objectives/${objective.id}`, objective.version, changes, ObjectiveSchema),
  );

export const useAddMeasurement = (orgId: string, id: string) =>
  useObjectiveMutation(orgId, (i: CreateMeasurementInput) =>
    api.post(`/orgs/${orgId}/objectives/${id}/measurements`, i, MeasurementSchema),
  );
