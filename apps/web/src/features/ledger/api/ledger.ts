// The organization's hash-chained ledger: GET /ledger (newest first by default) and GET /ledger/verify.
import { LedgerEntrySchema, LedgerVerifySchema } from '@openaims/core';
import { useMutation } from '@tanstack/react-query';
import { api } from '../../../lib/api.ts';
import { collectionQuery, useCollection } from '../../../lib/collection.ts';

export const ledgerQuery = (orgId: string, params: { q?: string; sort?: string }) =>
  collectionQuery(['orgs', orgId, 'ledger'], `/orgs/${orgId}/ledger`, LedgerEntrySchema, params);

export function useLedger(orgId: string, params: { q?: string; sort?: string }) {
  return useCollection(ledgerQuery(orgId, params));
}

/** Verification is an action the user asks for, so it is a mutation (never cached or refetched). */
export function useVerifyLedger(orgId: string) {
  return useMutation({ mutationFn: () => api.get(`/orgs/${orgId}/ledger/verify`, LedgerVerifySchema) });
}
