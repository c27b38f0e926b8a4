// Risk register API hooks: criteria, risks, one risk and its history, create/update, plan approval, acceptance. Scores always come from the server.
import {
  type CreateRiskInput,
  LedgerEntrySchema,
  RiskCriteriaSchema,
  RiskSchema,
  type UpdateRiskInput,
} from '@openaims/core';
import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import { api } from '../../../lib/api.ts';
import { collectionQuery, fetchAllPages, useCollection } from '../../../lib/collection.ts';

export const riskKeys = { all: (orgId: string) => ['orgs', orgId, 'risks'] as const };

/** Filters of the register table. */
export interface RiskFilters {
  q?: string;
  aiSystemId?: string;
  level?: string;
  status?: string;
  treatmentOption?: string;
}

export const riskCriteriaQuery = (orgId: string) =>
  queryOptions({
    queryKey: [...riskKeys.all(orgId), 'criteria'] as const,
    queryFn: () => api.get(`/orgs/${orgId}/risk-criteria`, RiskCriteriaSchema),
  });

/** The register, a page at a time (cursor); the filters are part of the key. */
export const risksQuery = (orgId: string, f: RiskFilters = {}) =>
  collectionQuery(riskKeys.all(orgId), `/orgs/${orgId}/risks`, RiskSchema, { ...f });

export function useRisks(orgId: string, f: RiskFilters = {}) {
  return useCollection(risksQuery(orgId, f));
}

export const riskQuery = (orgId: string, id: string) =>
  queryOptions({
    queryKey: [...riskKeys.all(orgId), 'one', id] as const,
    queryFn: () => api.get(`/orgs/${orgId}/risks/${id}`, RiskSchema),
  });

/** The risk's ledger entries, newest first: its per-field history. */
export const riskHistoryQuery = (orgId: string, id: string) =>
  queryOptions({
    queryKey: [...riskKeys.all(orgId), 'one', id, 'history'] as const,
    queryFn: () => fetchAllPages(`/orgs/${orgId}/risks/${id}/history`, LedgerEntrySchema),
  });

/** The organization's imported threat catalogue (MITRE ATLAS), to pick from when identifying a risk. */
export const threatsQuery = (orgId: string) =>
  queryOptions({
    queryKey: [...riskKeys.all(orgId), 'threats'] as const,
    // The whole imported catalogue (a few hundred techniques), following the cursor.
    queryFn: () =>
      fetchAllPages(
        `/orgs/${orgId}/threats`,
        z.object({ id: z.string(), externalId: z.string(), name: z.string() }),
      ),
  });

function useInvalidate(orgId: string) {
  const qc = useQueryClient();
  return () => {
    qc.invalidateQueries({ queryKey: riskKeys.all(orgId) });
    qc.invalidateQueries({ queryKey: ['orgs', orgId, 'soa'] });
  };
}

export function useCreateRisk(orgId: string) {
  const onSuccess = useInvalidate(orgId);
  return useMutation({
    mutationFn: (input: CreateRiskInput) => api.post(`/orgs/${orgId}/risks`, input, RiskSchema),
    onSuccess,
  });
}

export function useUpdateRisk(orgId: string) {
  const onSuccess = useInvalidate(orgId);
  return useMutation({
    mutationFn: ({ id, version, input }: { id: string; version: number; input: UpdateRiskInput }) =>
      api.patch(`/orgs/${orgId}/risks/${id}`, input, RiskSchema, { 'If-Match': `"${version}"` }),
    onSuccess,
  });
}

export function useAcceptRisk(orgId: string) {
  const onSuccess = useInvalidate(orgId);
  return useMutation({
    mutationFn: ({ id, note }: { id: string; note: string }) =>
      api.post(`/orgs/${orgId}/risks/${id}/accept`, { note }, RiskSchema),
    onSuccess,
  });
}

/** Approves the treatment plan (§6.1.3); only leads hold `risk:accept`. */
export function useApproveTreatment(orgId: string) {
  const onSuccess = useInvalidate(orgId);
  return useMutation({
    mutationFn: ({ id, note }: { id: string; note: string }) =>
      api.post(`/orgs/${orgId}/risks/${id}/treatment/approve`, { note }, RiskSchema),
    onSuccess,
  });
}
