// AI incidents (A.8.4; EU AI Act Art. 3(49), Art. 73): the server decides whether an incident is serious and
// computes the reporting deadline; an incident can be tied to the nonconformity raised for it.
import {
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
import { createRecord, readOne, readPage } from '../common/records.ts';
import { assertNoProblems } from '../common/rule-violation.ts';
import { versionedUpdate } from '../common/versioned-update.ts';
import type { OrgContext } from '../context.ts';
import { assertRecordsExist } from '../inventory/record-refs.ts';
import { improvementRepository, toIncident } from './improvement.repository.ts';

async function assertRefs(
  db: Db,
  orgId: string,
  v: { aiSystemId?: string | null; nonconformityId?: string | null },
): Promise<void> {
  if (v.aiSystemId) await assertRecordsExist(db, orgId, tables.aiSystems, [v.aiSystemId], 'aiSystemId');
  if (v.nonconformityId && !(await improvementRepository(db).ncs.find(orgId, v.nonconformityId))) {
    assertNoProblems([{ path: 'nonconformityId', message: 'not a nonconformity of this organization' }]);
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
  assertNoProblems(incidentProblems(data));
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
  return ctx.db.transaction((tx) =>
    versionedUpdate(ctx, tx, {
      table: tables.incidents,
      id,
      label: 'Incident',
      entityType: 'incident',
      expectedVersion,
      changes: data,
      toEntity: toIncident,
      check: async (cur) => {
        if (
          data.status !== undefined &&
          data.status !== cur.status &&
          (data.status === 'closed' || cur.status === 'closed')
        )
          assertCan(ctx.role, 'incident:close');
        const next = { ...cur, ...data } as typeof cur;
        assertNoProblems(incidentProblems(next));
        if (data.status === 'reported' && !next.reportedOn)
          assertNoProblems([{ path: 'reportedOn', message: 'say when it was reported' }]);
        await assertRefs(tx, ctx.orgId, data);
      },
      // Whether it is serious, and so its Art. 73 deadline, follows from the merged record.
      derive: (cur) => {
        const next = { ...cur, ...data } as typeof cur;
        return {
          seriousCategories: next.seriousCategories,
          reportingDeadline: incidentDeadline(next as Parameters<typeof incidentDeadline>[0]),
        };
      },
    }),
  );
}
