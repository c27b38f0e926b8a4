// The organization's ledger and its verification.

import { createRoute, z } from '@hono/zod-openapi';
import { LedgerEntrySchema, LedgerVerifySchema, pageSchema } from '@openaims/core';
import { listLedger, verifyOrgLedger } from '@openaims/services';
import { errorResponses, json, ListQuery, OrgParams } from '../http/openapi-helpers.ts';
import type { RouteFn } from '../http/route.ts';

const tags = ['ledger'];

export function ledgerRoutes(route: RouteFn): void {
  route(
    { scope: 'org', permission: 'ledger:read' },
    createRoute({
      method: 'get',
      path: '/api/v1/orgs/{orgId}/ledger',
      tags,
      summary: 'Ledger entries, newest first; filter by entity',
      request: {
        params: OrgParams,
        query: ListQuery.extend({
          entityType: z.string().max(64).optional(),
          entityId: z.string().max(64).optional(),
        }),
      },
      responses: { 200: json(pageSchema(LedgerEntrySchema)), ...errorResponses },
    }),
    async (c) => c.json(await listLedger(c.get('org'), c.req.valid('query')), 200),
  );

  route(
    { scope: 'org', permission: 'ledger:read' },
    createRoute({
      method: 'get',
      path: '/api/v1/orgs/{orgId}/ledger/verify',
      tags,
      summary: 'Recompute the hash chain; names the first broken entry',
      request: { params: OrgParams },
      responses: { 200: json(LedgerVerifySchema), ...errorResponses },
    }),
    async (c) => c.json(await verifyOrgLedger(c.get('org')), 200),
  );
}
