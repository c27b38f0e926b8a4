// The access log (issue 11 item 3): external auditors' reads, for administrators; the CSV is `exports/access-log.csv`.
import { AccessLogEntrySchema, AccessLogQuerySchema, pageSchema } from '@openaims/core';
import { listAccessLog } from '@openaims/services';
import { orgOperations } from '../http/org-operations.ts';
import type { RouteFn } from '../http/route.ts';

export function accessLogRoutes(route: RouteFn): void {
  orgOperations(route, ['access-log'])({
    permission: 'access_log:read',
    method: 'get',
    path: 'access-log',
    summary: 'Reads by external auditors, newest first (filter by userId)',
    response: pageSchema(AccessLogEntrySchema),
    input: { query: AccessLogQuerySchema },
    run: listAccessLog,
  });
}
