// Competences (…/competences), training records (…/trainings) and coverage (…/competence-coverage).
import {
  CompetenceCoverageSchema,
  CompetenceSchema,
  type CreateCompetenceInput,
  type CreateTrainingInput,
  TrainingSchema,
} from '@openaims/core';
import { useQuery } from '@tanstack/react-query';
import { z } from 'zod';
import { api } from '../../../lib/api.ts';
import { apiQuery } from '../../../lib/api-query.ts';
import { collectionQuery, useCollection } from '../../../lib/collection.ts';
import { useInvalidatingMutation } from '../../../lib/use-invalidating-mutation.ts';

export const peopleKeys = { all: (orgId: string) => ['orgs', orgId, 'people'] as const };

export function useCompetences(orgId: string, params: { q?: string; sort?: string } = {}) {
  return useCollection(
    collectionQuery(
      [...peopleKeys.all(orgId), 'competences'],
      `/orgs/${orgId}/competences`,
      CompetenceSchema,
      params,
    ),
  );
}

export function useTrainings(orgId: string, params: { q?: string; sort?: string; competenceId?: string }) {
  return useCollection(
    collectionQuery(
      [...peopleKeys.all(orgId), 'trainings'],
      `/orgs/${orgId}/trainings`,
      TrainingSchema,
      params,
    ),
  );
}

export function useCoverage(orgId: string) {
  return useQuery(
    apiQuery(
      [...peopleKeys.all(orgId), 'coverage'] as const,
      `/orgs/${orgId}/competence-coverage`,
      z.object({ items: z.array(CompetenceCoverageSchema) }),
    ),
  );
}

function usePeopleMutation<I, O>(orgId: string, fn: (i: I) => Promise<O>) {
  return useInvalidatingMutation([peopleKeys.all(orgId)], fn);
}

export const useCreateCompetence = (orgId: string) =>
  usePeopleMutation(orgId, (i: CreateCompetenceInput) =>
    api.post(`/orgs/${orgId}/competences`, i, CompetenceSchema),
  );
export const useRecordTraining = (orgId: string) =>
  usePeopleMutation(orgId, (i: CreateTrainingInput) =>
    api.post(`/orgs/${orgId}/trainings`, i, TrainingSchema),
  );
