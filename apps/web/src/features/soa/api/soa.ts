// SoA API hooks: entries, versions (submit, approve, diff), the clause tracker and the catalogue.
import {
  ClauseStatusSchema,
  type DecideRemainingSoaInput,
  FrameworkSchema,
  type ImplementationStatus,
  RequirementSchema,
  SoaChangeSchema,
  SoaEntrySchema,
  SoaStateSchema,
  SoaVersionSchema,
  type UpdateClauseStatusInput,
  type UpdateSoaEntryInput,
} from '@openaims/core';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { z } from 'zod';
import { api } from '../../../lib/api.ts';
import { apiQuery } from '../../../lib/api-query.ts';
import { fetchAllPages } from '../../../lib/collection.ts';
import { featureMutation } from '../../../lib/feature-mutation.ts';
import { patchVersion } from '../../../lib/patch-version.ts';

export const soaKeys = {
  all: (orgId: string) => ['orgs', orgId, 'soa'] as const,
};

/** Filters of the SoA table. */
export interface SoaFilters {
  area?: string;
  status?: ImplementationStatus;
  applicable?: 'true' | 'false';
}

export const soaEntriesQuery = (orgId: string, f: SoaFilters) =>
  queryOptions({
    queryKey: [...soaKeys.all(orgId), 'entries', f] as const,
    // Every matching Annex A entry (there are 38 controls), following the cursor.
    queryFn: () => fetchAllPages(`/orgs/${orgId}/soa`, SoaEntrySchema, { ...f }),
  });

export const soaStateQuery = (orgId: string) =>
  apiQuery([...soaKeys.all(orgId), 'state'] as const, `/orgs/${orgId}/soa-state`, SoaStateSchema);

export const soaVersionsQuery = (orgId: string) =>
  apiQuery(
    [...soaKeys.all(orgId), 'versions'] as const,
    `/orgs/${orgId}/soa-versions`,
    z.object({ items: z.array(SoaVersionSchema) }),
  );

export const soaDiffQuery = (orgId: string, from: number | 'draft', to: number | 'draft') =>
  apiQuery(
    [...soaKeys.all(orgId), 'diff', from, to] as const,
    `/orgs/${orgId}/soa-diff`,
    z.object({ changes: z.array(SoaChangeSchema) }),
    { from, to },
  );

export const clausesQuery = (orgId: string) =>
  apiQuery(
    [...soaKeys.all(orgId), 'clauses'] as const,
    `/orgs/${orgId}/clauses`,
    z.object({ items: z.array(ClauseStatusSchema) }),
  );

export const frameworksQuery = () =>
  apiQuery(
    ['catalog', 'frameworks'] as const,
    '/catalog/frameworks',
    z.object({ items: z.array(FrameworkSchema) }),
  );

export const requirementsQuery = (frameworkId: string, q: string) =>
  queryOptions({
    queryKey: ['catalog', frameworkId, 'requirements', q] as const,
    queryFn: () => fetchAllPages(`/catalog/frameworks/${frameworkId}/requirements`, RequirementSchema, { q }),
    staleTime: Number.POSITIVE_INFINITY,
  });

const useSoaMutation = featureMutation((orgId) => [soaKeys.all(orgId)]);

export function useUpdateSoaEntry(orgId: string) {
  return useSoaMutation(
    orgId,
    ({ controlRef, version, input }: { controlRef: string; version: number; input: UpdateSoaEntryInput }) =>
      patchVersion(`/orgs/${orgId}/soa/${controlRef}`, version, input, SoaEntrySchema),
  );
}

export function useUpdateClause(orgId: string) {
  return useSoaMutation(
    orgId,
    ({ clauseRef, version, input }: { clauseRef: string; version: number; input: UpdateClauseStatusInput }) =>
      patchVersion(`/orgs/${orgId}/clauses/${clauseRef}`, version, input, ClauseStatusSchema),
  );
}

export function useSubmitSoa(orgId: string) {
  return useSoaMutation(orgId, (note: string) =>
    api.post(`/orgs/${orgId}/soa-versions`, { note }, SoaVersionSchema),
  );
}

export function useApproveSoa(orgId: string) {
  return useSoaMutation(orgId, (id: string) =>
    api.post(`/orgs/${orgId}/soa-versions/${id}/approve`, undefined, SoaVersionSchema),
  );
}

/** The first pass over the SoA: every control without a decision becomes applicable, planned (§6.1.3 d). */
export function useDecideRemainingSoa(orgId: string) {
  return useSoaMutation(orgId, (input?: DecideRemainingSoaInput) =>
    api.post(`/orgs/${orgId}/soa/decide-remaining`, input, z.object({ decided: z.array(z.string()) })),
  );
}

export { useQuery };
