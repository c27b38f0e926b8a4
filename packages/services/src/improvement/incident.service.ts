// AI incidents (A.8.4; EU AI Act Art. 3(49), Art. 73): the server decides whether an incident is serious and
// computes the reporting deadline; an incident can be tied to the nonconformity raised for it.
import {
  assertCan,
  CreateIncidentSchema,
  incidentDeadline,
  incidentProblems,
  UpdateIncidentSchema,
} from '@openaims/core';
import type { Db } from '@openaims/db';
import { tables } from '@openaims/db';
import { createService } from '../common/create-service.ts';
import { readOne, readPage } from '../common/records.ts';
import { assertNoProblems } from '../common/rule-violation.ts';
import { updateService } from '../common/update-service.ts';
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
export const createIncident = createService({
  permission: 'incident:create',
  schema: CreateIncidentSchema,
  problems: incidentProblems,
  check: (data, ctx) => assertRefs(ctx.db, ctx.orgId, data),
  into: (tx) => improvementRepository(tx).incidents,
  kind: 'incident',
  entityType: 'incident',
  values: (data) => ({
    ...data,
    reportingDeadline: incidentDeadline(data),
    reportedOn: null,
    authority: '',
    nonconformityId: null,
    status: 'open',
  }),
  toEntity: toIncident,
});

/** Changes an incident; the deadline is recomputed whenever what makes it serious changes. */
export const updateIncident = updateService({
  permission: 'incident:update',
  schema: UpdateIncidentSchema,
  table: tables.incidents,
  label: 'Incident',
  entityType: 'incident',
  check: async (cur, data, ctx) => {
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
    await assertRefs(ctx.db, ctx.orgId, data);
  },
  // Whether it is serious, and so its Art. 73 deadline, follows from the merged record.
  derive: (cur, data) => {
    const next = { ...cur, ...data } as typeof cur;
    return {
      seriousCategories: next.seriousCategories,
      reportingDeadline: incidentDeadline(next as Parameters<typeof incidentDeadline>[0]),
    };
  },
  toEntity: toIncident,
});
