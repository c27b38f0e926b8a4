// The access log (issue 11 item 3): every successful read by an external auditor, one insert per request, kept
// outside the ledger (a read changes nothing); administrators list it and export it as CSV.
import {
  type AccessLogEntry,
  AccessLogEntrySchema,
  type AccessLogQuery,
  assertCan,
  newId,
  type Page,
  type Role,
} from '@openaims/core';
import { type Db, tables } from '@openaims/db';
import { eq } from 'drizzle-orm';
import { csvText } from '../common/csv.ts';
import { inOrg } from '../common/in-org.ts';
import { newestTenantPage } from '../common/newest-tenant-page.ts';
import { projection } from '../common/projection.ts';
import type { Actor, OrgContext } from '../context.ts';

const { accessLog } = tables;
type Row = typeof accessLog.$inferSelect;

/** One read to record. */
export interface AccessRead {
  orgId: string;
  actor: Actor;
  role: Role;
  method: string;
  path: string;
  status: number;
}

/** Records one read: a single insert, no transaction, no ledger entry. */
export async function recordAccess(db: Db, read: AccessRead): Promise<void> {
  await db.insert(accessLog).values({
    organizationId: read.orgId,
    id: newId('accessLog'),
    at: new Date(),
    actorType: read.actor.type === 'token' ? 'token' : 'user',
    actorId: read.actor.id ?? '',
    userId: read.actor.userId ?? null,
    role: read.role,
    method: read.method,
    path: read.path.slice(0, 2000),
    status: read.status,
  });
}

const toEntry: (r: Row) => AccessLogEntry = projection(AccessLogEntrySchema);

/** Lists recorded reads, newest first, optionally of one person (administrators only). */
export async function listAccessLog(ctx: OrgContext, query: AccessLogQuery): Promise<Page<AccessLogEntry>> {
  assertCan(ctx.role, 'access_log:read');
  return newestTenantPage(ctx.db, query, {
    table: accessLog,
    orgId: ctx.orgId,
    prefix: 'acl',
    filters: [query.userId ? eq(accessLog.userId, query.userId) : undefined],
    toEntity: toEntry,
  });
}

const COLUMNS = ['at', 'actorType', 'actorId', 'userId', 'role', 'method', 'path', 'status'] as const;

/** The whole access log as RFC 4180 CSV, oldest first (`access-log.csv`). */
export async function accessLogCsv(ctx: OrgContext): Promise<string> {
  assertCan(ctx.role, 'access_log:read');
  const rows = await ctx.db.select().from(accessLog).where(inOrg(accessLog, ctx.orgId)).orderBy(accessLog.id);
  const lines = [
    [...COLUMNS],
    ...rows.map((r) => {
      const e = toEntry(r);
      return COLUMNS.map((k) => String(e[k] ?? ''));
    }),
  ];
  return csvText(lines);
}
