// AI incidents (A.8.4; EU AI Act Art. 3(49), Art. 73): the server decides whether an incident is serious and
// computes the reporting deadline; an incident can be tied to the nonconformity raised for it.
import {
  AppError,
  assertCan,
  type CreateIncidentInput,
  CreateIncidentSchema,
  type Incident,
  incidentDeadline,
  incidentProblems,
  type UpdateIncidentInput,
  UpdateIncidentSchema,
} from '@openaims/core';
import type { Db } from '@openaims/db';
import { tables } from '@openaims/db';
import { diff } from '../common/diff.ts';
import { createRecord, found, readOne, readPage } from '../common/records.ts';
import { assertVersion } from '../common/versioning.ts';
import type { OrgContext } from '../context.ts';
import { assertRecordsExist } from '../inventory/record-refs.ts';
import { record } from '../ledger/ledger.service.ts';
import { improvementRepository, toIncident } from './improvement.repository.ts';

function rule(errors: { path: string; message: string }[]): void {
  if (errors.length) throw new AppError('RULE_VIOLATION', errors[0]!.message, { errors });
}

async function assertRefs(
  db: Db,
  orgId: string,
  v: { aiSystemId?: string | null; nonconformityId?: string | null },
): Promise<void> {
  if (v.aiSystemId) await assertRecordsExist(db, orgId, tables.aiSystems, [v.aiSystemId], 'aiSystemId');
  if (v.nonconformityId && !(await improvementRepository(db).ncs.find(orgId, v.nonconformityId))) {
    rule([{ path: 'nonconformityId', message: 'not a nonconformity of this organization' }]);
  }
}

/** Incidents, newest first; `serious=true` for those under the Art. 73 clock. */
export const listIncidents = readPage(
  'improvement:read',
  (db) => improvementRepository(db).listIncidents,
  toIncident,
);

/** One incident. */
export const getIncident = readOne(
  'improvement:read',
  'Incident',
  (db) => improvementRepository(db).incidents,
  toIncident,
);

/** Records an incident; a serious one gets its reporting deadline from the core rule. */
export async function createIncident(ctx: OrgContext, input: CreateIncidentInput): Promise<Incident> {
  assertCan(ctx.role, 'incident:create');
  const data = CreateIncidentSchema.parse(input);
  rule(incidentProblems(data));
  return ctx.db.transaction(async (tx) => {
    await assertRefs(tx, ctx.orgId, data);
    return createRecord(ctx, tx, {
      into: improvementRepository(tx).incidents,
      kind: 'incident',
      entityType: 'incident',
      values: {
        ...data,
        reportingDeadline: incidentDeadline(data),
        reportedOn: null,
        authority: '',
        nonconformityId: null,
        status: 'open',
      },
      toEntity: toIncident,
    });
  });
}

/** Changes an incident; the deadline is recomputed whenever what makes it serious changes. */
export async function updateIncident(
  ctx: OrgContext,
  id: string,
  input: UpdateIncidentInput,
  expectedVersion?: number,
): Promise<Incident> {
  assertCan(ctx.role, 'incident:update');
  const data = UpdateIncidentSchema.parse(input);
  return ctx.db.transaction(async (tx) => {
    const repo = improvementRepository(tx);
    const cur = await found(repo.incidents.find(ctx.orgId, id, { forUpdate: true }), 'Incident', id);
    assertVersion(expectedVersion, cur.version);
    if (
      data.status !== undefined &&
      data.status !== cur.status &&
      (data.status === 'closed' || cur.status === 'closed')
    )
      assertCan(ctx.role, 'incident:close');
    const next = { ...cur, ...data } as typeof cur;
    rule(incidentProblems(next));
    if (data.status === 'reported' && !next.reportedOn)
      rule([{ path: 'reportedOn', message: 'say when it was reported' }]);
    await assertRefs(tx, ctx.orgId, data);
    const changes = diff(cur as unknown as Record<string, unknown>, data);
    if (Object.keys(changes).length === 0) return toIncident(cur);
    const row = await repo.incidents.update(ctx.orgId, id, {
      ...data,
      seriousCategories: next.seriousCategories,
      reportingDeadline: incidentDeadline(next as Parameters<typeof incidentDeadline>[0]),
      updatedAt: new Date(),
      version: cur.version + 1,
    });
    await record(ctx, tx, {
      action: 'incident.updated',
      entityType: 'incident',
      entityId: id,
      data: { version: row.version, changes },
    });
    return toIncident(row);
  });
}
