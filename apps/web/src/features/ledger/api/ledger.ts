// The organization's hash-chained ledger: GET /ledger (newest first by default) and GET /ledger/verify.
import { LedgerEntrySchema, LedgerVerifySchema } from '@openaims/core';
import { useMutation } from '@tanstack/react-query';
import { api } from '../../../lib/api.ts';
import { collectionHook, collectionQuery } from '../../../lib/collection.ts';

export const ledgerQuery = (orgId: string, params: { q?: string; sort?: string }) =>
  collectionQuery(['orgs', orgId, 'ledger'], `/orgs/${orgId}/ledger`, LedgerEntrySchema, params);

export const useLedger = collectionHook(ledgerQuery);

/** Verification is an action the user asks for, so it is a mutation (never cached or refetched). */
export function useVerifyLedger(orgId: string) {
  return useMutation({ mutationFn: () => api.get(`/orgs/${orgId}/ledger/verify`, LedgerVerifySchema) });
}
