// Concerns register for members (…/concerns): list, triage (PATCH), answer and convert.
import { ConcernSchema, type ConvertConcernInput, type UpdateConcernInput } from '@openaims/core';
import { api } from '../../../lib/api.ts';
import { collectionHook, collectionQuery } from '../../../lib/collection.ts';
import { featureMutation } from '../../../lib/feature-mutation.ts';
import { patchVersion } from '../../../lib/patch-version.ts';

export const concernKeys = { all: (orgId: string) => ['orgs', orgId, 'concerns'] as const };

export const concernsQuery = (orgId: string, params: { q?: string; sort?: string; status?: string }) =>
  collectionQuery(concernKeys.all(orgId), `/orgs/${orgId}/concerns`, ConcernSchema, params);

export const useConcerns = collectionHook(concernsQuery);

const useConcernMutation = featureMutation((orgId) => [concernKeys.all(orgId)]);

export function useUpdateConcern(orgId: string) {
  return useConcernMutation(orgId, (v: { id: string; version: number; input: UpdateConcernInput }) =>
    patchVersion(`/orgs/${orgId}/concerns/${v.id}`, v.version, v.input, ConcernSchema),
  );
}

export function useAnswerConcern(orgId: string) {
  return useConcernMutation(orgId, (v: { id: string; body: string }) =>
    api.post(`/orgs/${orgId}/concerns/${v.id}/answer`, { body: v.body }, ConcernSchema),
  );
}

export function useConvertConcern(orgId: string) {
  return useConcernMutation(orgId, (v: { id: string; input: ConvertConcernInput }) =>
    api.post(`/orgs/${orgId}/concerns/${v.id}/convert`, v.input, ConcernSchema),
  );
}
