// The organization's ledger and its verification.

import { z } from '@hono/zod-openapi';
import { LedgerEntrySchema, LedgerVerifySchema, pageSchema } from '@openaims/core';
import { listLedger, verifyOrgLedger } from '@openaims/services';
import { ListQuery } from '../http/openapi-helpers.ts';
import { orgOperations } from '../http/org-operations.ts';
import type { RouteFn } from '../http/route.ts';

const tags = ['ledger'];

export function ledgerRoutes(route: RouteFn): void {
  const orgOperation = orgOperations(route, tags);
  orgOperation({
    permission: 'ledger:read',
    method: 'get',
    path: 'ledger',
    summary: 'Ledger entries, newest first; filter by entity',
    response: pageSchema(LedgerEntrySchema),
    input: {
      query: ListQuery.extend({
        entityType: z.string().max(64).optional(),
        entityId: z.string().max(64).optional(),
      }),
    },
    run: listLedger,
  });

  orgOperation({
    permission: 'ledger:read',
    method: 'get',
    path: 'ledger/verify',
    summary: 'Recompute the hash chain; names the first broken entry',
    response: LedgerVerifySchema,
    run: verifyOrgLedger,
  });
}
