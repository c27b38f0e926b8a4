// Concerns register for members (…/concerns): list, triage (PATCH), answer and convert.
import {
  type Concern,
  ConcernSchema,
  type ConvertConcernInput,
  type UpdateConcernInput,
} from '@openaims/core';
import { api } from '../../../lib/api.ts';
import { collectionQuery, useCollection } from '../../../lib/collection.ts';
import { useInvalidatingMutation } from '../../../lib/use-invalidating-mutation.ts';

export const concernKeys = { all: (orgId: string) => ['orgs', orgId, 'concerns'] as const };

export function useConcerns(orgId: string, params: { q?: string; sort?: string; status?: string }) {
  return useCollection(
    collectionQuery(concernKeys.all(orgId), `/orgs/${orgId}/concerns`, ConcernSchema, params),
  );
}

function useConcernMutation<I>(orgId: string, run: (input: I) => Promise<Concern>) {
  return useInvalidatingMutation([concernKeys.all(orgId)], run);
}

export function useUpdateConcern(orgId: string) {
  return useConcernMutation(orgId, (v: { id: string; version: number; input: UpdateConcernInput }) =>
    api.patch(`/orgs/${orgId}/concerns/${v.id}`, v.input, ConcernSchema, { 'If-Match': `"${v.version}"` }),
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
