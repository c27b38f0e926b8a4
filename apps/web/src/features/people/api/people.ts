// Competences (…/competences), training records (…/trainings) and coverage (…/competence-coverage).
import {
  CompetenceCoverageSchema,
  CompetenceSchema,
  type CreateCompetenceInput,
  type CreateTrainingInput,
  TrainingSchema,
} from '@openaims/core';
import { z } from 'zod';
import { api } from '../../../lib/api.ts';
import { apiQuery, queryHook } from '../../../lib/api-query.ts';
import { collectionHook } from '../../../lib/collection.ts';
import { featureList } from '../../../lib/feature-list.ts';
import { featureMutation } from '../../../lib/feature-mutation.ts';

export const peopleKeys = { all: (orgId: string) => ['orgs', orgId, 'people'] as const };

export const competencesQuery = featureList(peopleKeys.all, 'competences', 'competences', CompetenceSchema);

export const useCompetences = collectionHook(competencesQuery);

export const trainingsQuery = featureList(peopleKeys.all, 'trainings', 'trainings', TrainingSchema);

export const useTrainings = collectionHook(trainingsQuery);

export const coverageQuery = (orgId: string) =>
  apiQuery(
    [...peopleKeys.all(orgId), 'coverage'] as const,
    `/orgs/${orgId}/competence-coverage`,
    z.object({ items: z.array(CompetenceCoverageSchema) }),
  );

export const useCoverage = queryHook(coverageQuery);

const usePeopleMutation = featureMutation((orgId) => [peopleKeys.all(orgId)]);

export const useCreateCompetence = (orgId: string) =>
  usePeopleMutation(orgId, (i: CreateCompetenceInput) =>
    api.post(`/orgs/${orgId}/competences`, i, CompetenceSchema),
  );
export const useRecordTraining = (orgId: string) =>
  usePeopleMutation(orgId, (i: CreateTrainingInput) =>
    api.post(`/orgs/${orgId}/trainings`, i, TrainingSchema),
  );
