// Transparency records (…/ai-systems/{id}/transparency) and the public pages (/public/…), which need no sign-in.
import {
  ConcernReceiptSchema,
  PublicConcernSchema,
  PublicTransparencySchema,
  type SubmitConcernInput,
  TransparencyRecordSchema,
  type UpdateTransparencyInput,
} from '@openaims/core';
import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import { api } from '../../../lib/api.ts';
import { apiQuery, queryHook } from '../../../lib/api-query.ts';

export const transparencyKeys = {
  record: (orgId: string, id: string) => ['orgs', orgId, 'ai-systems', 'transparency', id] as const,
  public: (orgId: string, id: string) => ['public', orgId, 'transparency', id] as const,
  org: (orgId: string) => ['public', orgId] as const,
  concern: (code: string) => ['public', 'concern', code] as const,
};

export const transparencyQuery = (orgId: string, id: string) =>
  apiQuery(
    transparencyKeys.record(orgId, id),
    `/orgs/${orgId}/ai-systems/${id}/transparency`,
    TransparencyRecordSchema,
  );

export const useTransparency = queryHook(transparencyQuery);

/** PUT with If-Match: a stale version answers 412. */
export function useUpdateTransparency(orgId: string, id: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ version, input }: { version: number; input: UpdateTransparencyInput }) =>
      api.put(`/orgs/${orgId}/ai-systems/${id}/transparency`, input, TransparencyRecordSchema, {
        'If-Match': `"${version}"`,
      }),
    onSuccess: (r) => qc.setQueryData(transparencyKeys.record(orgId, id), r),
  });
}

export function usePublicTransparency(orgId: string, id: string) {
  return useQuery(
    queryOptions({
      queryKey: transparencyKeys.public(orgId, id),
      queryFn: () => api.get(`/public/orgs/${orgId}/ai-systems/${id}/transparency`, PublicTransparencySchema),
      retry: false,
    }),
  );
}

const PublicOrganizationSchema = z.object({
  organizationName: z.string(),
  systems: z.array(z.object({ id: z.string(), name: z.string() })),
});

export function usePublicOrganization(orgId: string) {
  return useQuery(
    queryOptions({
      queryKey: transparencyKeys.org(orgId),
      queryFn: () => api.get(`/public/orgs/${orgId}`, PublicOrganizationSchema),
      retry: false,
    }),
  );
}

export function useSubmitConcern(orgId: string) {
  return useMutation({
    mutationFn: (input: SubmitConcernInput) =>
      api.post(`/public/orgs/${orgId}/concerns`, input, ConcernReceiptSchema),
  });
}

export function usePublicConcern(code: string) {
  return useQuery(
    queryOptions({
      queryKey: transparencyKeys.concern(code),
      queryFn: () => api.get(`/public/concerns/${encodeURIComponent(code)}`, PublicConcernSchema),
      retry: false,
    }),
  );
}

export function useAddReporterMessage(code: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: string) =>
      api.post(`/public/concerns/${encodeURIComponent(code)}/messages`, { body }, PublicConcernSchema),
    onSuccess: (c) => qc.setQueryData(transparencyKeys.concern(code), c),
  });
}
