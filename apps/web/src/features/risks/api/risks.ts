// Risk register API hooks: criteria, risks, one risk and its history, create/update, plan approval, acceptance. Scores always come from the server.
import {
  type CreateRiskInput,
  LedgerEntrySchema,
  RiskCriteriaSchema,
  RiskSchema,
  type UpdateRiskInput,
} from '@openaims/core';
import { queryOptions } from '@tanstack/react-query';
import { z } from 'zod';
import { api } from '../../../lib/api.ts';
import { apiQuery } from '../../../lib/api-query.ts';
import { collectionHook, collectionQuery, fetchAllPages } from '../../../lib/collection.ts';
import { featureMutation } from '../../../lib/feature-mutation.ts';
import { patchVersion } from '../../../lib/patch-version.ts';

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
  apiQuery([...riskKeys.all(orgId), 'criteria'] as const, `/orgs/${orgId}/risk-criteria`, RiskCriteriaSchema);

/** The register, a page at a time (cursor); the filters are part of the key. */
export const risksQuery = (orgId: string, f: RiskFilters = {}) =>
  collectionQuery(riskKeys.all(orgId), `/orgs/${orgId}/risks`, RiskSchema, { ...f });

export const useRisks = collectionHook(risksQuery);

export const riskQuery = (orgId: string, id: string) =>
  apiQuery([...riskKeys.all(orgId), 'one', id] as const, `/orgs/${orgId}/risks/${id}`, RiskSchema);

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

/** Risk changes show in the SoA too, so it refetches as well; the mutation settles without waiting for either. */
const useRiskMutation = featureMutation(
  (orgId) => [riskKeys.all(orgId), ['orgs', orgId, 'soa']],
  'background',
);

export function useCreateRisk(orgId: string) {
  return useRiskMutation(orgId, (input: CreateRiskInput) =>
    api.post(`/orgs/${orgId}/risks`, input, RiskSchema),
  );
}

export function useUpdateRisk(orgId: string) {
  return useRiskMutation(
    orgId,
    ({ id, version, input }: { id: string; version: number; input: UpdateRiskInput }) =>
      patchVersion(`/orgs/${orgId}/risks/${id}`, version, input, RiskSchema),
  );
}

export function useAcceptRisk(orgId: string) {
  return useRiskMutation(orgId, ({ id, note }: { id: string; note: string }) =>
    api.post(`/orgs/${orgId}/risks/${id}/accept`, { note }, RiskSchema),
  );
}

/** Approves the treatment plan (§6.1.3); only leads hold `risk:accept`. */
export function useApproveTreatment(orgId: string) {
  return useRiskMutation(orgId, ({ id, note }: { id: string; note: string }) =>
    api.post(`/orgs/${orgId}/risks/${id}/treatment/approve`, { note }, RiskSchema),
  );
}
