// The Check-phase figures the dashboard shows (§9.1, §9.2): the next planned audit, open findings and open alerts,
// each read from one small page of its collection (a full page shows as "N+").
import { pageSchema } from '@openaims/core';
import { queryOptions } from '@tanstack/react-query';
import { z } from 'zod';
import { api } from '../../../lib/api.ts';
import { queryHook } from '../../../lib/api-query.ts';

const CAP = 100;
const idPage = pageSchema(z.object({ id: z.string() }));
const auditPage = pageSchema(
  z.object({ id: z.string(), title: z.string(), plannedStart: z.string().nullable() }),
);

const countOf = (p: z.infer<typeof idPage>) => ({ count: p.items.length, more: p.nextCursor !== null });

export const checkSummaryQuery = (orgId: string) =>
  queryOptions({
    queryKey: ['orgs', orgId, 'dashboard', 'check'] as const,
    queryFn: async () => {
      const [audits, findings, alerts] = await Promise.all([
        api.get(`/orgs/${orgId}/audits`, auditPage, { status: 'planned', sort: 'plannedStart', limit: 1 }),
        api.get(`/orgs/${orgId}/findings`, idPage, { status: 'open', limit: CAP }),
        api.get(`/orgs/${orgId}/alerts`, idPage, { open: 'true', limit: CAP }),
      ]);
      return {
        nextAudit: audits.items[0] ?? null,
        openFindings: countOf(findings),
        openAlerts: countOf(alerts),
      };
    },
  });

export const useCheckSummary = queryHook(checkSummaryQuery);
