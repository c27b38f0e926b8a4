// AI objectives (§6.2) with KPIs, and their measurements (§9.1). KPI status is computed on the server with the
// core rule; every change is one transaction with its ledger entry.
import {
  activationProblems,
  assertCan,
  CreateMeasurementSchema,
  type CreateObjectiveInput,
  CreateObjectiveSchema,
  type Kpi,
  kpiProblems,
  type Measurement,
  newId,
  type Objective,
  type Page,
  todayUtc,
  type UpdateObjectiveInput,
  UpdateObjectiveSchema,
} from '@openaims/core';
import type { Db } from '@openaims/db';
import type { z } from 'zod';
import { actorId } from '../common/actor.ts';
import { archiveService, assertNotArchived } from '../common/archive.ts';
import { commandService } from '../common/command-service.ts';
import { diff } from '../common/diff.ts';
import { assertMember } from '../common/members.ts';
import { recordStep } from '../common/recorded-step.ts';
import { readOneLoaded } from '../common/records.ts';
import { assertNoProblems } from '../common/rule-violation.ts';
import { assertVersion, notFound } from '../common/versioning.ts';
import type { OrgContext } from '../context.ts';
import { record } from '../ledger/ledger.service.ts';
import {
  type ObjectiveListQuery,
  type ObjectiveRow,
  objectiveRepository,
  toMeasurement,
  toObjective,
} from './objective.repository.ts';

type KpiInput = z.output<typeof CreateObjectiveSchema>['kpis'][number];

/** Gives new KPIs ids and keeps existing ones; an id the objective never had is refused. */
function withKpiIds(input: KpiInput[], existing: Kpi[] = []): Kpi[] {
  const known = new Set(existing.map((k) => k.id));
  return input.map((k, i) => {
    if (k.id && !known.has(k.id))
      assertNoProblems([
        { path: `kpis.${i}.id`, message: 'not a KPI of this objective; leave the id out to add a new one' },
      ]);
    return { ...k, id: k.id ?? newId('kpi') };
  });
}

async function load(db: Db, orgId: string, row: ObjectiveRow): Promise<Objective> {
  return toObjective(row, await objectiveRepository(db).latest(orgId, [row.id]));
}

/** Lists objectives (active records by default) with each KPI's latest measurement and status. */
export async function listObjectives(ctx: OrgContext, query: ObjectiveListQuery): Promise<Page<Objective>> {
  assertCan(ctx.role, 'objective:read');
  const repo = objectiveRepository(ctx.db);
  const page = await repo.list(ctx.orgId, query);
  const latest = await repo.latest(
    ctx.orgId,
    page.items.map((r) => r.id),
  );
  return { items: page.items.map((r) => toObjective(r, latest)), nextCursor: page.nextCursor };
}

/** One objective; another organization's id is NOT_FOUND. */
export const getObjective = readOneLoaded('objective:read', 'Objective', objectiveRepository, (ctx, row) =>
  load(ctx.db, ctx.orgId, row),
);

/** Sets an AI objective (§6.2); an active one needs KPIs and an owner. */
export async function createObjective(ctx: OrgContext, input: CreateObjectiveInput): Promise<Objective> {
  assertCan(ctx.role, 'objective:update');
  const data = CreateObjectiveSchema.parse(input);
  assertNoProblems([...kpiProblems(data.kpis), ...activationProblems(data)]);
  return ctx.db.transaction(async (tx) => {
    await assertMember(tx, ctx.orgId, data.ownerId);
    const at = new Date();
    const row = await objectiveRepository(tx).insert({
      id: newId('objective'),
      organizationId: ctx.orgId,
      ...data,
      kpis: withKpiIds(data.kpis),
      archivedAt: null,
      createdAt: at,
      updatedAt: at,
      version: 1,
    });
    const o = await load(tx, ctx.orgId, row);
    await record(ctx, tx, {
      action: 'objective.created',
      entityType: 'objective',
      entityId: o.id,
      data: { ...o, progress: undefined },
    });
    return o;
  });
}

/** Changes an objective. A KPI that already has measurements cannot be removed: its record would lose its meaning. */
export async function updateObjective(
  ctx: OrgContext,
  id: string,
  input: UpdateObjectiveInput,
  expectedVersion?: number,
): Promise<Objective> {
  assertCan(ctx.role, 'objective:update');
  const data = UpdateObjectiveSchema.parse(input);
  return ctx.db.transaction(async (tx) => {
    const repo = objectiveRepository(tx);
    const cur = await repo.find(ctx.orgId, id, { forUpdate: true });
    if (!cur) throw notFound('Objective', id);
    assertNotArchived(cur, 'objective');
    assertVersion(expectedVersion, cur.version);
    const kpis = data.kpis ? withKpiIds(data.kpis, cur.kpis) : cur.kpis;
    if (data.kpis) {
      assertNoProblems(kpiProblems(kpis));
      const kept = new Set(kpis.map((k) => k.id));
      const measured = (await repo.kpisWithMeasurements(ctx.orgId, id)).filter((k) => !kept.has(k));
      if (measured.length) {
        const name = cur.kpis.find((k) => k.id === measured[0])?.name ?? measured[0];
        assertNoProblems([
          {
            path: 'kpis',
            message: `KPI "${name}" has measurements and cannot be removed; change its target instead`,
          },
        ]);
      }
    }
    assertNoProblems(
      activationProblems({
        status: data.status ?? cur.status,
        kpis,
        ownerId: data.ownerId !== undefined ? data.ownerId : cur.ownerId,
      }),
    );
    if (data.ownerId !== undefined) await assertMember(tx, ctx.orgId, data.ownerId);
    const { kpis: _input, ...fields } = data;
    const next = { ...fields, ...(data.kpis ? { kpis } : {}) };
    const changes = diff(cur as unknown as Record<string, unknown>, next);
    if (Object.keys(changes).length === 0) return load(tx, ctx.orgId, cur);
    const row = await recordStep(ctx, tx, {
      rows: repo,
      current: cur,
      set: next,
      entityType: 'objective',
      action: 'objective.updated',
      data: (row) => ({ version: row.version, changes }),
    });
    return load(tx, ctx.orgId, row);
  });
}

/** Archives an objective; it and its measurements stay on record. */
export const archiveObjective = archiveService({
  permission: 'objective:update',
  label: 'Objective',
  entityType: 'objective',
  repo: objectiveRepository,
});

/** The measurements of an objective (optionally one KPI), newest first. */
export async function listMeasurements(
  ctx: OrgContext,
  objectiveId: string,
  kpiId?: string,
): Promise<{ items: Measurement[] }> {
  assertCan(ctx.role, 'objective:read');
  const repo = objectiveRepository(ctx.db);
  if (!(await repo.find(ctx.orgId, objectiveId))) throw notFound('Objective', objectiveId);
  return { items: (await repo.measurements(ctx.orgId, objectiveId, kpiId)).map(toMeasurement) };
}

/** Records a KPI measurement (§9.1); measurements are never changed afterwards, only added. */
export const addMeasurement = commandService({
  permission: 'measurement:create',
  schema: CreateMeasurementSchema,
  problems: (data) =>
    data.measuredAt > todayUtc()
      ? [{ path: 'measuredAt', message: 'a measurement cannot be dated in the future' }]
      : [],
  run: async (ctx, tx, objectiveId, data): Promise<Measurement> => {
    const repo = objectiveRepository(tx);
    const obj = await repo.find(ctx.orgId, objectiveId);
    if (!obj) throw notFound('Objective', objectiveId);
    assertNotArchived(obj, 'objective');
    if (!obj.kpis.some((k) => k.id === data.kpiId))
      assertNoProblems([{ path: 'kpiId', message: 'not a KPI of this objective' }]);
    const m = toMeasurement(
      await repo.insertMeasurement({
        id: newId('measurement'),
        organizationId: ctx.orgId,
        objectiveId,
        ...data,
        recordedBy: actorId(ctx),
        createdAt: new Date(),
      }),
    );
    await record(ctx, tx, {
      action: 'objective.measured',
      entityType: 'objective',
      entityId: objectiveId,
      data: m,
    });
    return m;
  },
});
