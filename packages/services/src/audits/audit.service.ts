// Internal audit (§9.2): the programme over the certification cycle, audits planned in it with scope, criteria
// and an independent team, a checklist drawn from scope with a seeded sample of AI systems, and completion.
import {
  type Audit,
  type AuditScope,
  assertCan,
  auditDateProblems,
  buildChecklist,
  type ChecklistItem,
  CompleteAuditSchema,
  CreateAuditProgrammeSchema,
  CreateAuditSchema,
  completeProblems,
  defaultProgrammeYears,
  drawSample,
  type FieldError,
  type GenerateChecklistInput,
  GenerateChecklistSchema,
  independenceConflicts,
  newId,
  type OwnedInScope,
  programmeYearProblems,
  scopeProblems,
  UpdateAuditProgrammeSchema,
  UpdateAuditSchema,
  UpdateChecklistItemSchema,
} from '@openaims/core';
import { type Db, tables } from '@openaims/db';
import { eq, isNull } from 'drizzle-orm';
import type { PgColumn, PgTable } from 'drizzle-orm/pg-core';
import type { z } from 'zod';
import { anyOf } from '../common/any-of.ts';
import { createService } from '../common/create-service.ts';
import { inOrg } from '../common/in-org.ts';
import { assertMember } from '../common/members.ts';
import { recordStep } from '../common/recorded-step.ts';
import { readOne, readPage } from '../common/records.ts';
import { assertNoProblems } from '../common/rule-violation.ts';
import { updateService } from '../common/update-service.ts';
import { notFound } from '../common/versioning.ts';
import type { OrgContext } from '../context.ts';
import { type AuditRow, auditRepository, toAudit, toChecklistItem, toProgramme } from './audit.repository.ts';

/** Throws RULE_VIOLATION (422) with every problem found (the package's export of {@link assertNoProblems}). */
export const rule = assertNoProblems;

// ---------------------------------------------------------------------------------------------- programmes

/** Audit programmes, latest cycle first. */
export const listAuditProgrammes = readPage(
  'audit:read',
  (db) => auditRepository(db).listProgrammes,
  toProgramme,
);

/** One audit programme. */
export const getAuditProgramme = readOne(
  'audit:read',
  'Audit programme',
  (db) => auditRepository(db).programmes,
  toProgramme,
);

/** The programme's years as asked, or the usual cycle from the start year. */
const programmeYears = (data: z.output<typeof CreateAuditProgrammeSchema>) =>
  data.years ?? defaultProgrammeYears(data.startYear);

/** Plans an audit programme (§9.2.2); without years, the usual cycle from the start year. */
export const createAuditProgramme = createService({
  permission: 'audit:plan',
  schema: CreateAuditProgrammeSchema,
  problems: (data) => programmeYearProblems(programmeYears(data)),
  into: (tx) => auditRepository(tx).programmes,
  kind: 'auditProgramme',
  entityType: 'audit_programme',
  values: (data) => ({
    title: data.title,
    objectives: data.objectives,
    startYear: data.startYear,
    years: programmeYears(data),
    status: 'active',
  }),
  toEntity: toProgramme,
});

/** Changes a programme's title, objectives or years (send If-Match). */
export const updateAuditProgramme = updateService({
  permission: 'audit:plan',
  schema: UpdateAuditProgrammeSchema,
  table: tables.auditProgrammes,
  label: 'Audit programme',
  entityType: 'audit_programme',
  problems: (data) => (data.years ? programmeYearProblems(data.years) : []),
  toEntity: toProgramme,
});

// -------------------------------------------------------------------------------------------------- audits

/** A table of owned records an audit scope names by id, and how its records are named in the checks. */
interface OwnedTable {
  table: PgTable & { id: PgColumn; organizationId: PgColumn; ownerId: PgColumn };
  label: PgColumn;
  kind: 'ai_system' | 'document';
  /** "AI system", "document": as the refusal names a record that is not there. */
  noun: string;
  /** The body path of the ids (`scope.aiSystemIds`). */
  path: string;
}

/** The named records with their owners; an id that is not one of this organization's is refused (422) at its path. */
async function ownedRecords(tx: Db, orgId: string, t: OwnedTable, ids: string[]): Promise<OwnedInScope[]> {
  if (ids.length === 0) return [];
  const rows = (await tx
    .select({ id: t.table.id, label: t.label, ownerId: t.table.ownerId })
    .from(t.table as PgTable)
    .where(inOrg(t.table, orgId, anyOf(t.table.id, ids)))) as {
    id: string;
    label: string;
    ownerId: string | null;
  }[];
  const known = new Set(rows.map((r) => r.id));
  assertNoProblems(
    ids.flatMap((id, i) =>
      known.has(id) ? [] : [{ path: `${t.path}.${i}`, message: `no ${t.noun} ${id} in this organization` }],
    ),
  );
  return rows.map((r) => ({ kind: t.kind, id: r.id, label: r.label, ownerId: r.ownerId }));
}

/** The AI systems, controls and documents in scope with their owners, for the independence rule. */
async function ownedInScope(tx: Db, orgId: string, scope: AuditScope): Promise<OwnedInScope[]> {
  const { aiSystems, soaEntries, documents } = tables;
  const out: OwnedInScope[] = [
    ...(await ownedRecords(
      tx,
      orgId,
      {
        table: aiSystems,
        label: aiSystems.name,
        kind: 'ai_system',
        noun: 'AI system',
        path: 'scope.aiSystemIds',
      },
      scope.aiSystemIds,
    )),
    ...(await ownedRecords(
      tx,
      orgId,
      {
        table: documents,
        label: documents.title,
        kind: 'document',
        noun: 'document',
        path: 'scope.documentIds',
      },
      scope.documentIds,
    )),
  ];
  const controls = await controlsInScope(tx, orgId, scope);
  if (controls.length) {
    const rows = await tx
      .select({ ref: soaEntries.controlRef, ownerId: soaEntries.ownerId })
      .from(soaEntries)
      .where(inOrg(soaEntries, orgId, anyOf(soaEntries.controlRef, controls)));
    out.push(...rows.map((r) => ({ kind: 'control' as const, id: r.ref, label: r.ref, ownerId: r.ownerId })));
  }
  return out;
}

/** The controls an audit covers: those named, plus every applicable SoA control when the scope says so. */
async function controlsInScope(tx: Db, orgId: string, scope: AuditScope): Promise<string[]> {
  if (!scope.allApplicableControls) return scope.controls;
  const applicable = await applicableControls(tx, orgId);
  return [...new Set([...scope.controls, ...applicable])];
}

async function applicableControls(tx: Db, orgId: string): Promise<string[]> {
  const { soaEntries } = tables;
  const rows = await tx
    .select({ ref: soaEntries.controlRef })
    .from(soaEntries)
    .where(inOrg(soaEntries, orgId, eq(soaEntries.applicable, true)));
  return rows.map((r) => r.ref);
}

async function userNames(tx: Db, ids: string[]): Promise<Record<string, string>> {
  if (ids.length === 0) return {};
  const { users } = tables;
  const rows = await tx.select({ id: users.id, name: users.name }).from(users).where(anyOf(users.id, ids));
  return Object.fromEntries(rows.map((r) => [r.id, r.name]));
}

/**
 * §9.2.2 objectivity and impartiality: the lead and team are members, and none of them owns an AI system, a
 * control (SoA owner) or a documented process (document owner) in scope. Refused with 422 naming the conflict.
 */
async function assertTeam(
  tx: Db,
  orgId: string,
  a: { leadId: string | null; teamIds: string[]; scope: AuditScope },
): Promise<void> {
  assertNoProblems(scopeProblems(a.scope));
  await assertMember(tx, orgId, a.leadId, 'leadId');
  for (const [i, id] of a.teamIds.entries()) await assertMember(tx, orgId, id, `teamIds.${i}`);
  const owned = await ownedInScope(tx, orgId, a.scope);
  const names = await userNames(tx, [...(a.leadId ? [a.leadId] : []), ...a.teamIds]);
  assertNoProblems(independenceConflicts(a, owned, names));
}

async function assertProgramme(tx: Db, orgId: string, programmeId: string | null | undefined): Promise<void> {
  if (!programmeId) return;
  if (!(await auditRepository(tx).programmes.find(orgId, programmeId)))
    assertNoProblems([
      { path: 'programmeId', message: `no audit programme ${programmeId} in this organization` },
    ]);
}

/** Audits, by planned start (latest first). */
export const listAudits = readPage('audit:read', (db) => auditRepository(db).listAudits, toAudit);

/** One audit. */
export const getAudit = readOne('audit:read', 'Audit', (db) => auditRepository(db).audits, toAudit);

/** Plans an audit (§9.2.2 b–c): scope, criteria, dates and an independent team. */
export const createAudit = createService({
  permission: 'audit:plan',
  schema: CreateAuditSchema,
  problems: (data) => auditDateProblems(data.plannedStart, data.plannedEnd),
  check: async (data, ctx) => {
    await assertProgramme(ctx.db, ctx.orgId, data.programmeId);
    await assertTeam(ctx.db, ctx.orgId, data);
  },
  into: (tx) => auditRepository(tx).audits,
  kind: 'audit',
  entityType: 'audit',
  values: (data) => ({
    ...data,
    status: 'planned',
    sampleSeed: null,
    sample: [],
    conclusion: '',
    startedAt: null,
    completedAt: null,
  }),
  toEntity: toAudit,
});

function assertWorkable(a: AuditRow): void {
  if (a.status === 'completed' || a.status === 'cancelled')
    assertNoProblems([{ path: 'status', message: `this audit is ${a.status}; plan a new one` }]);
}

/** Changes an audit's plan; the team is checked again against the scope (§9.2.2). */
export const updateAudit = updateService({
  permission: 'audit:plan',
  schema: UpdateAuditSchema,
  table: tables.audits,
  label: 'Audit',
  entityType: 'audit',
  check: async (cur, data, ctx) => {
    assertWorkable(cur);
    const start = data.plannedStart !== undefined ? data.plannedStart : cur.plannedStart;
    const end = data.plannedEnd !== undefined ? data.plannedEnd : cur.plannedEnd;
    assertNoProblems(auditDateProblems(start, end));
    if (data.programmeId !== undefined) await assertProgramme(ctx.db, ctx.orgId, data.programmeId);
    if (data.leadId !== undefined || data.teamIds !== undefined || data.scope !== undefined)
      await assertTeam(ctx.db, ctx.orgId, {
        leadId: data.leadId !== undefined ? data.leadId : cur.leadId,
        teamIds: data.teamIds ?? cur.teamIds,
        scope: data.scope ?? cur.scope,
      });
  },
  toEntity: toAudit,
});

/** A 31-bit seed drawn at random, recorded on the audit so the sample can be drawn again. */
function randomSeed(): number {
  const b = new Uint32Array(1);
  globalThis.crypto.getRandomValues(b);
  return b[0]! >>> 1;
}

/**
 * Draws the checklist (§9.2.2): the clauses in scope, the applicable SoA controls in scope and a seeded sample of
 * AI systems (from those named in scope, or all active ones), leaving out systems the team owns. Refused once an
 * item has a result, so answers are never thrown away.
 */
async function drawChecklist(ctx: OrgContext, tx: Db, a: AuditRow, seedIn?: number): Promise<AuditRow> {
  const repo = auditRepository(tx);
  const existing = await repo.checklistOf(ctx.orgId, a.id);
  if (existing.some((i) => i.result !== null))
    assertNoProblems([
      { path: 'checklist', message: 'the checklist already has results; it cannot be drawn again' },
    ]);
  await assertTeam(tx, ctx.orgId, a);
  const { aiSystems } = tables;
  const systems = await tx
    .select({ id: aiSystems.id, name: aiSystems.name, ownerId: aiSystems.ownerId })
    .from(aiSystems)
    .where(
      inOrg(
        aiSystems,
        ctx.orgId,
        a.scope.aiSystemIds.length ? anyOf(aiSystems.id, a.scope.aiSystemIds) : isNull(aiSystems.archivedAt),
      ),
    );
  const team = new Set([...(a.leadId ? [a.leadId] : []), ...a.teamIds]);
  const population = systems.filter((s) => !(s.ownerId && team.has(s.ownerId)));
  const seed = seedIn ?? randomSeed();
  const sample = drawSample(
    population.map((s) => s.id),
    a.sampleSize,
    seed,
  );
  const lines = buildChecklist({
    clauses: a.scope.clauses,
    controls: await controlsInScope(tx, ctx.orgId, a.scope),
    applicableControls: await applicableControls(tx, ctx.orgId),
    sampledSystems: population.filter((s) => sample.includes(s.id)),
  });
  if (lines.length === 0)
    assertNoProblems([
      { path: 'scope', message: 'nothing in scope to audit: name clauses, controls or AI systems' },
    ]);
  await repo.deleteChecklist(ctx.orgId, a.id);
  const at = new Date();
  for (const [position, l] of lines.entries()) {
    await repo.items.insert({
      id: newId('auditChecklistItem'),
      organizationId: ctx.orgId,
      auditId: a.id,
      position,
      ...l,
      result: null,
      notes: '',
      evidenceIds: [],
      createdAt: at,
      updatedAt: at,
      version: 1,
    });
  }
  return recordStep(ctx, tx, {
    rows: repo.audits,
    current: a,
    set: { sampleSeed: seed, sample },
    at,
    entityType: 'audit',
    action: 'audit.checklist_generated',
    data: () => ({
      items: lines.length,
      sampleSize: a.sampleSize,
      seed,
      sample,
      population: population.length,
    }),
  });
}

async function lockedAudit(tx: Db, orgId: string, id: string): Promise<AuditRow> {
  const a = await auditRepository(tx).audits.find(orgId, id, { forUpdate: true });
  if (!a) throw notFound('Audit', id);
  return a;
}

/** `POST …/audits/{id}/checklist`: (re)draws the checklist; a given seed reproduces a sample. */
export async function generateChecklist(
  ctx: OrgContext,
  id: string,
  input: GenerateChecklistInput = {},
): Promise<{ audit: Audit; items: ChecklistItem[] }> {
  assertCan(ctx.role, 'finding:write');
  const data = GenerateChecklistSchema.parse(input);
  return ctx.db.transaction(async (tx) => {
    const a = await lockedAudit(tx, ctx.orgId, id);
    assertWorkable(a);
    const row = await drawChecklist(ctx, tx, a, data.seed);
    const items = await auditRepository(tx).checklistOf(ctx.orgId, id);
    return { audit: toAudit(row), items: items.map(toChecklistItem) };
  });
}

/** The checklist of an audit, in order. */
export async function listChecklist(ctx: OrgContext, auditId: string): Promise<{ items: ChecklistItem[] }> {
  assertCan(ctx.role, 'audit:read');
  const repo = auditRepository(ctx.db);
  if (!(await repo.audits.find(ctx.orgId, auditId))) throw notFound('Audit', auditId);
  return { items: (await repo.checklistOf(ctx.orgId, auditId)).map(toChecklistItem) };
}

/** Starts an audit: planned → in progress, drawing its checklist when it has none. */
export async function startAudit(ctx: OrgContext, id: string): Promise<Audit> {
  assertCan(ctx.role, 'finding:write');
  return ctx.db.transaction(async (tx) => {
    let a = await lockedAudit(tx, ctx.orgId, id);
    if (a.status !== 'planned')
      assertNoProblems([{ path: 'status', message: `only a planned audit starts; this one is ${a.status}` }]);
    if ((await auditRepository(tx).checklistOf(ctx.orgId, id)).length === 0)
      a = await drawChecklist(ctx, tx, a);
    else await assertTeam(tx, ctx.orgId, a);
    const row = await recordStep(ctx, tx, {
      rows: auditRepository(tx).audits,
      current: a,
      set: { status: 'in_progress', startedAt: new Date() },
      entityType: 'audit',
      action: 'audit.started',
    });
    return toAudit(row);
  });
}

/** Evidence ids that are not evidence of this organization. */
export async function evidenceProblems(tx: Db, orgId: string, ids: readonly string[]): Promise<FieldError[]> {
  if (ids.length === 0) return [];
  const { evidence } = tables;
  const rows = await tx
    .select({ id: evidence.id })
    .from(evidence)
    .where(inOrg(evidence, orgId, anyOf(evidence.id, [...ids])));
  const known = new Set(rows.map((r) => r.id));
  return ids.flatMap((id, i) =>
    known.has(id) ? [] : [{ path: `evidenceIds.${i}`, message: `no evidence ${id} in this organization` }],
  );
}

/** Records a checklist item's result, notes and evidence (send If-Match). */
export const updateChecklistItem = updateService({
  permission: 'finding:write',
  schema: UpdateChecklistItemSchema,
  table: tables.auditChecklistItems,
  label: 'Checklist item',
  entityType: 'audit_checklist_item',
  check: async (cur, data, ctx) => {
    const a = await auditRepository(ctx.db).audits.find(ctx.orgId, cur.auditId);
    if (!a) throw notFound('Audit', cur.auditId);
    assertWorkable(a);
    if (data.evidenceIds) assertNoProblems(await evidenceProblems(ctx.db, ctx.orgId, data.evidenceIds));
  },
  toEntity: toChecklistItem,
});

/** Completes an audit; refused (422) while any checklist item has no result (§9.2.2). */
export async function completeAudit(
  ctx: OrgContext,
  id: string,
  input: { conclusion?: string } = {},
): Promise<Audit> {
  assertCan(ctx.role, 'finding:write');
  const data = CompleteAuditSchema.parse(input);
  return ctx.db.transaction(async (tx) => {
    const a = await lockedAudit(tx, ctx.orgId, id);
    assertNoProblems(completeProblems(a.status, await auditRepository(tx).checklistOf(ctx.orgId, id)));
    const at = new Date();
    const row = await recordStep(ctx, tx, {
      rows: auditRepository(tx).audits,
      current: a,
      set: {
        status: 'completed',
        completedAt: at,
        startedAt: a.startedAt ?? at,
        ...(data.conclusion !== undefined ? { conclusion: data.conclusion } : {}),
      },
      at,
      entityType: 'audit',
      action: 'audit.completed',
    });
    return toAudit(row);
  });
}

/** Cancels a planned or running audit (kept on record). */
export async function cancelAudit(ctx: OrgContext, id: string): Promise<Audit> {
  assertCan(ctx.role, 'audit:plan');
  return ctx.db.transaction(async (tx) => {
    const a = await lockedAudit(tx, ctx.orgId, id);
    assertWorkable(a);
    const row = await recordStep(ctx, tx, {
      rows: auditRepository(tx).audits,
      current: a,
      set: { status: 'cancelled' },
      entityType: 'audit',
      action: 'audit.cancelled',
    });
    return toAudit(row);
  });
}
