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
import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import { api } from '../../../lib/api.ts';
import { fetchAllPages } from '../../../lib/collection.ts';

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
  queryOptions({
    queryKey: [...soaKeys.all(orgId), 'state'] as const,
    queryFn: () => api.get(`/orgs/${orgId}/soa-state`, SoaStateSchema),
  });

export const soaVersionsQuery = (orgId: string) =>
  queryOptions({
    queryKey: [...soaKeys.all(orgId), 'versions'] as const,
    queryFn: () => api.get(`/orgs/${orgId}/soa-versions`, z.object({ items: z.array(SoaVersionSchema) })),
  });

export const soaDiffQuery = (orgId: string, from: number | 'draft', to: number | 'draft') =>
  queryOptions({
    queryKey: [...soaKeys.all(orgId), 'diff', from, to] as const,
    queryFn: () =>
      api.get(`/orgs/${orgId}/soa-diff`, z.object({ changes: z.array(SoaChangeSchema) }), { from, to }),
  });

export const clausesQuery = (orgId: string) =>
  queryOptions({
    queryKey: [...soaKeys.all(orgId), 'clauses'] as const,
    queryFn: () => api.get(`/orgs/${orgId}/clauses`, z.object({ items: z.array(ClauseStatusSchema) })),
  });

export const frameworksQuery = () =>
  queryOptions({
    queryKey: ['catalog', 'frameworks'] as const,
    queryFn: () => api.get('/catalog/frameworks', z.object({ items: z.array(FrameworkSchema) })),
  });

export const requirementsQuery = (frameworkId: string, q: string) =>
  queryOptions({
    queryKey: ['catalog', frameworkId, 'requirements', q] as const,
    queryFn: () => fetchAllPages(`/catalog/frameworks/${frameworkId}/requirements`, RequirementSchema, { q }),
    staleTime: Number.POSITIVE_INFINITY,
  });

function useInvalidateSoa(orgId: string) {
  const qc = useQueryClient();
  return () => qc.invalidateQueries({ queryKey: soaKeys.all(orgId) });
}

export function useUpdateSoaEntry(orgId: string) {
  const invalidate = useInvalidateSoa(orgId);
  return useMutation({
    mutationFn: ({
      controlRef,
      version,
      input,
    }: {
      controlRef: string;
      version: number;
      input: UpdateSoaEntryInput;
    }) =>
      api.patch(`/orgs/${orgId}/soa/${controlRef}`, input, SoaEntrySchema, { 'If-Match': `"${version}"` }),
    onSuccess: invalidate,
  });
}

export function useUpdateClause(orgId: string) {
  const invalidate = useInvalidateSoa(orgId);
  return useMutation({
    mutationFn: ({
      clauseRef,
      version,
      input,
    }: {
      clauseRef: string;
      version: number;
      input: UpdateClauseStatusInput;
    }) =>
      api.patch(`/orgs/${orgId}/clauses/${clauseRef}`, input, ClauseStatusSchema, {
        'If-Match': `"${version}"`,
      }),
    onSuccess: invalidate,
  });
}

export function useSubmitSoa(orgId: string) {
  const invalidate = useInvalidateSoa(orgId);
  return useMutation({
    mutationFn: (note: string) => api.post(`/orgs/${orgId}/soa-versions`, { note }, SoaVersionSchema),
    onSuccess: invalidate,
  });
}

export function useApproveSoa(orgId: string) {
  const invalidate = useInvalidateSoa(orgId);
  return useMutation({
    mutationFn: (id: string) =>
      api.post(`/orgs/${orgId}/soa-versions/${id}/approve`, undefined, SoaVersionSchema),
    onSuccess: invalidate,
  });
}

/** The first pass over the SoA: every control without a decision becomes applicable, planned (§6.1.3 d). */
export function useDecideRemainingSoa(orgId: string) {
  const invalidate = useInvalidateSoa(orgId);
  return useMutation({
    mutationFn: (input?: DecideRemainingSoaInput) =>
      api.post(`/orgs/${orgId}/soa/decide-remaining`, input, z.object({ decided: z.array(z.string()) })),
    onSuccess: invalidate,
  });
}

export { useQuery };
