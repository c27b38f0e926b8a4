// AI systems (§4.1, A.4.2, A.6.2): the first vertical slice; later inventory modules copy its shape.
import {
  type AiSystem,
  assertCan,
  type ClassifyAiSystemInput,
  ClassifyAiSystemSchema,
  type CreateAiSystemInput,
  CreateAiSystemSchema,
  classifyEuAiAct,
  newId,
  type Page,
  type StoredClassification,
  type UpdateAiSystemInput,
} from '@openaims/core';
import { type Db, tables } from '@openaims/db';
import { actorId } from '../common/actor.ts';
import { archiveService, assertNotArchived } from '../common/archive.ts';
import { collectionRevision } from '../common/collection-revision.ts';
import { diff } from '../common/diff.ts';
import { assertMember } from '../common/members.ts';
import { recordEntity } from '../common/record-entity.ts';
import { recordStep } from '../common/recorded-step.ts';
import { readOneLoaded } from '../common/records.ts';
import { assertVersion, notFound } from '../common/versioning.ts';
import type { OrgContext } from '../context.ts';
import { assertDeploymentGate } from '../inventory/deployment-gate.service.ts';
import { inventoryLinks, type LinkRelation } from '../inventory/inventory-links.ts';
import { assertRecordsExist } from '../inventory/record-refs.ts';
import { flagRisksForReassessment } from '../risks/risk-reassessment.ts';
import {
  type AiSystemListQuery,
  type AiSystemRow,
  aiSystemRepository,
  toAiSystem,
} from './ai-system.repository.ts';
import { applicationDates } from './application-dates.ts';

/** The record type of AI systems in `entity_links`. */
const LINK_TYPE = 'ai_system';
const LINK_FIELDS = {
  modelIds: 'uses_model',
  datasetIds: 'uses_dataset',
  supplierIds: 'supplied_by',
} as const satisfies Record<string, LinkRelation>;
type LinkInput = Partial<Record<keyof typeof LINK_FIELDS, string[]>>;

async function load(db: Db, orgId: string, row: AiSystemRow): Promise<AiSystem> {
  return toAiSystem(row, await inventoryLinks(db).listFrom(orgId, LINK_TYPE, [row.id]));
}

/** Checks the linked ids belong to the organization, then stores the links the input names. */
async function saveLinks(
  db: Db,
  orgId: string,
  id: string,
  input: LinkInput,
  createdBy: string | null,
): Promise<void> {
  await assertRecordsExist(db, orgId, tables.models, input.modelIds ?? [], 'modelIds');
  await assertRecordsExist(db, orgId, tables.datasets, input.datasetIds ?? [], 'datasetIds');
  await assertRecordsExist(db, orgId, tables.suppliers, input.supplierIds ?? [], 'supplierIds');
  for (const [field, relation] of Object.entries(LINK_FIELDS) as [keyof typeof LINK_FIELDS, LinkRelation][]) {
    const ids = input[field];
    if (ids)
      await inventoryLinks(db).replace(
        orgId,
        { type: LINK_TYPE, id },
        [relation],
        ids.map((toId) => ({ relation, toId })),
        createdBy,
      );
  }
}

/** Lists AI systems (active by default), searchable by name and purpose. */
export async function listAiSystems(ctx: OrgContext, query: AiSystemListQuery): Promise<Page<AiSystem>> {
  assertCan(ctx.role, 'ai_system:read');
  const page = await aiSystemRepository(ctx.db).list(ctx.orgId, query);
  const links = await inventoryLinks(ctx.db).listFrom(
    ctx.orgId,
    LINK_TYPE,
    page.items.map((r) => r.id),
  );
  return {
    items: page.items.map((r) =>
      toAiSystem(
        r,
        links.filter((l) => l.fromId === r.id),
      ),
    ),
    nextCursor: page.nextCursor,
  };
}

/**
 * The AI system list's revision. A page is built from AI systems, their links, and (for the supplier filter) models,
 * all tenant tables the `records` revision tracks, and from nothing else: not the caller, the role or the day. Equal
 * revisions, equal `listAiSystems` answers for equal queries, so the HTTP layer may serve a serialized page again
 * (issue 17). It is the whole organization's revision, so any write to the organization's records starts new pages.
 */
export function aiSystemsRevision(ctx: OrgContext): Promise<string> {
  assertCan(ctx.role, 'ai_system:read');
  return collectionRevision(ctx.db, ctx.orgId, 'records');
}

/** One AI system; another organization's id is NOT_FOUND. */
export const getAiSystem = readOneLoaded('ai_system:read', 'AI system', aiSystemRepository, (ctx, row) =>
  load(ctx.db, ctx.orgId, row),
);

/** Registers an AI system in the inventory, with its ledger entry, in one transaction. */
export async function createAiSystem(ctx: OrgContext, input: CreateAiSystemInput): Promise<AiSystem> {
  assertCan(ctx.role, 'ai_system:create');
  const data = CreateAiSystemSchema.parse(input);
  return ctx.db.transaction(async (tx) => {
    await assertMember(tx, ctx.orgId, data.ownerId);
    await assertDeploymentGate(tx, ctx.orgId, data.lifecycleStage, {
      riskClass: 'unassessed',
      classification: null,
    });
    const at = new Date();
    const row = await aiSystemRepository(tx).insert({
      id: newId('aiSystem'),
      organizationId: ctx.orgId,
      name: data.name,
      purpose: data.purpose,
      description: data.description,
      lifecycleStage: data.lifecycleStage,
      ownerId: data.ownerId ?? null,
      isoRoles: data.isoRoles,
      operatorRole: data.operatorRole,
      riskClass: 'unassessed',
      classification: null,
      intendedUse: data.intendedUse,
      foreseeableMisuse: data.foreseeableMisuse,
      humanOversight: data.humanOversight,
      deploymentContext: data.deploymentContext,
      archivedAt: null,
      createdAt: at,
      updatedAt: at,
      version: 1,
    });
    await saveLinks(tx, ctx.orgId, row.id, data, ctx.actor.userId ?? null);
    const system = await load(tx, ctx.orgId, row);
    return recordEntity(ctx, tx, { action: 'ai_system.created', entityType: 'ai_system' }, system);
  });
}

/** The system locked for a change: NOT_FOUND, archived or a stale `expectedVersion` are refused. */
async function lockLive(
  repo: ReturnType<typeof aiSystemRepository>,
  orgId: string,
  id: string,
  expectedVersion: number | undefined,
): Promise<AiSystemRow> {
  const cur = await repo.find(orgId, id, { forUpdate: true });
  if (!cur) throw notFound('AI system', id);
  assertNotArchived(cur, 'AI system');
  assertVersion(expectedVersion, cur.version);
  return cur;
}

/** Changes an AI system. A stale `expectedVersion` is refused; a stage change is its own ledger action. */
export async function updateAiSystem(
  ctx: OrgContext,
  id: string,
  input: UpdateAiSystemInput,
  expectedVersion?: number,
): Promise<AiSystem> {
  assertCan(ctx.role, 'ai_system:update');
  return ctx.db.transaction(async (tx) => {
    const repo = aiSystemRepository(tx);
    const cur = await lockLive(repo, ctx.orgId, id, expectedVersion);
    if (input.ownerId !== undefined) await assertMember(tx, ctx.orgId, input.ownerId);
    const before = await load(tx, ctx.orgId, cur);
    const sorted = {
      ...input,
      ...Object.fromEntries(
        Object.keys(LINK_FIELDS).flatMap((k) =>
          input[k as keyof LinkInput] ? [[k, [...new Set(input[k as keyof LinkInput])].sort()]] : [],
        ),
      ),
    };
    const changes = diff(before as unknown as Record<string, unknown>, sorted);
    if (Object.keys(changes).length === 0) return before;
    if (changes.lifecycleStage) await assertDeploymentGate(tx, ctx.orgId, input.lifecycleStage!, cur);
    const { modelIds, datasetIds, supplierIds, ...columns } = input;
    await saveLinks(tx, ctx.orgId, id, { modelIds, datasetIds, supplierIds }, ctx.actor.userId ?? null);
    const row = await recordStep(ctx, tx, {
      rows: repo,
      current: cur,
      set: columns,
      entityType: 'ai_system',
      action: changes.lifecycleStage ? 'ai_system.stage_changed' : 'ai_system.updated',
      data: (row) => ({ version: row.version, changes }),
    });
    // §8.2: a new stage or purpose is a significant change; the system's risks are to be assessed again.
    const significant = ['lifecycleStage', 'purpose'].filter((k) => k in changes);
    if (significant.length)
      await flagRisksForReassessment(
        ctx,
        tx,
        id,
        `AI system ${significant.join(' and ')} changed (version ${row.version})`,
      );
    return load(tx, ctx.orgId, row);
  });
}

/**
 * Classifies a system under the EU AI Act from the questionnaire answers. The server computes the class with
 * the core classifier and stores answers and result; a class sent by the client is never read.
 */
export async function classifyAiSystem(
  ctx: OrgContext,
  id: string,
  input: ClassifyAiSystemInput,
  expectedVersion?: number,
): Promise<AiSystem> {
  assertCan(ctx.role, 'ai_system:classify');
  const { answers } = ClassifyAiSystemSchema.parse(input);
  return ctx.db.transaction(async (tx) => {
    const repo = aiSystemRepository(tx);
    const cur = await lockLive(repo, ctx.orgId, id, expectedVersion);
    const result = classifyEuAiAct(
      answers,
      cur.operatorRole as Parameters<typeof classifyEuAiAct>[1],
      applicationDates(),
    );
    const classification: StoredClassification = {
      answers,
      result,
      classifiedAt: new Date().toISOString(),
      classifiedBy: actorId(ctx),
    };
    const row = await recordStep(ctx, tx, {
      rows: repo,
      current: cur,
      set: {
        riskClass: result.riskClass,
        classification,
      },
      entityType: 'ai_system',
      action: 'ai_system.classified',
      data: (row) => ({
        version: row.version,
        from: cur.riskClass,
        to: result.riskClass,
        answers,
        reasons: result.reasons,
      }),
    });
    return load(tx, ctx.orgId, row);
  });
}

/** Archives an AI system: it leaves the active inventory but stays on record (§7.5.3 retention). */
export const archiveAiSystem = archiveService({
  permission: 'ai_system:archive',
  label: 'AI system',
  entityType: 'ai_system',
  repo: aiSystemRepository,
});
