// AI systems (§4.1, A.4.2, A.6.2): the first vertical slice; later inventory modules copy its shape.
import {
  AppError,
  type AiSystem,
  type CreateAiSystemInput,
  CreateAiSystemSchema,
  type LifecycleStage,
  type ListQuery,
  type Page,
  type UpdateAiSystemInput,
  assertCan,
  newId,
} from '@openaims/core';
import { type Db, tables } from '@openaims/db';
import { and, eq } from 'drizzle-orm';
import { assertVersion, notFound } from '../common/versioning.ts';
import type { OrgContext } from '../context.ts';
import { record } from '../ledger/ledger.service.ts';
import { flagRisksForReassessment } from '../risks/risk-reassessment.ts';
import { aiSystemRepository, toAiSystem } from './ai-system.repository.ts';

const { members } = tables;

async function assertOwnerIsMember(db: Db, orgId: string, ownerId: string | null | undefined): Promise<void> {
  if (!ownerId) return;
  const [m] = await db.select({ id: members.id }).from(members).where(and(eq(members.organizationId, orgId), eq(members.userId, ownerId)));
  if (!m) {
    throw new AppError('RULE_VIOLATION', 'The owner must be a member of this organization.', {
      errors: [{ path: 'ownerId', message: 'not a member of this organization' }],
    });
  }
}

/** Lists AI systems (active by default), searchable by name and purpose. */
export async function listAiSystems(
  ctx: OrgContext,
  query: ListQuery & { stage?: LifecycleStage; archived?: 'true' | 'false' | 'all' },
): Promise<Page<AiSystem>> {
  assertCan(ctx.role, 'ai_system:read');
  const page = await aiSystemRepository(ctx.db).list(ctx.orgId, query);
  return { items: page.items.map(toAiSystem), nextCursor: page.nextCursor };
}

/** One AI system; another organization's id is NOT_FOUND. */
export async function getAiSystem(ctx: OrgContext, id: string): Promise<AiSystem> {
  assertCan(ctx.role, 'ai_system:read');
  const row = await aiSystemRepository(ctx.db).find(ctx.orgId, id);
  if (!row) throw notFound('AI system', id);
  return toAiSystem(row);
}

/** Registers an AI system in the inventory, with its ledger entry, in one transaction. */
export async function createAiSystem(ctx: OrgContext, input: CreateAiSystemInput): Promise<AiSystem> {
  assertCan(ctx.role, 'ai_system:create');
  const data = CreateAiSystemSchema.parse(input);
  return ctx.db.transaction(async (tx) => {
    await assertOwnerIsMember(tx, ctx.orgId, data.ownerId);
    const at = new Date();
    const row = await aiSystemRepository(tx).insert({
      id: newId('aiSystem'),
      organizationId: ctx.orgId,
      name: data.name,
      purpose: data.purpose,
      description: data.description,
      lifecycleStage: data.lifecycleStage,
      ownerId: data.ownerId ?? null,
      archivedAt: null,
      createdAt: at,
      updatedAt: at,
      version: 1,
    });
    const system = toAiSystem(row);
    await record(ctx, tx, { action: 'ai_system.created', entityType: 'ai_system', entityId: system.id, data: system });
    return system;
  });
}

/** Changes an AI system. A stale `expectedVersion` is refused; a stage change is its own ledger action. */
export async function updateAiSystem(ctx: OrgContext, id: string, input: UpdateAiSystemInput, expectedVersion?: number): Promise<AiSystem> {
  assertCan(ctx.role, 'ai_system:update');
  return ctx.db.transaction(async (tx) => {
    const repo = aiSystemRepository(tx);
    const cur = await repo.find(ctx.orgId, id, { forUpdate: true });
    if (!cur) throw notFound('AI system', id);
    if (cur.archivedAt) throw new AppError('RULE_VIOLATION', 'This AI system is archived; archived records are kept as they were.');
    assertVersion(expectedVersion, cur.version);
    if (input.ownerId !== undefined) await assertOwnerIsMember(tx, ctx.orgId, input.ownerId);
    const changes: Record<string, { from: unknown; to: unknown }> = {};
    for (const [k, v] of Object.entries(input) as [keyof typeof cur, unknown][]) {
      if (v !== undefined && cur[k] !== v) changes[k] = { from: cur[k], to: v };
    }
    if (Object.keys(changes).length === 0) return toAiSystem(cur);
    const row = await repo.update(ctx.orgId, id, { ...input, updatedAt: new Date(), version: cur.version + 1 });
    const action = changes.lifecycleStage ? 'ai_system.stage_changed' : 'ai_system.updated';
    await record(ctx, tx, { action, entityType: 'ai_system', entityId: id, data: { version: row.version, changes } });
    // §8.2: a new stage or purpose is a significant change; the system's risks are to be assessed again.
    const significant = ['lifecycleStage', 'purpose'].filter((k) => k in changes);
    if (significant.length) await flagRisksForReassessment(ctx, tx, id, `AI system ${significant.join(' and ')} changed (version ${row.version})`);
    return toAiSystem(row);
  });
}

/** Archives an AI system: it leaves the active inventory but stays on record (§7.5.3 retention). */
export async function archiveAiSystem(ctx: OrgContext, id: string): Promise<void> {
  assertCan(ctx.role, 'ai_system:archive');
  await ctx.db.transaction(async (tx) => {
    const repo = aiSystemRepository(tx);
    const cur = await repo.find(ctx.orgId, id, { forUpdate: true });
    if (!cur) throw notFound('AI system', id);
    if (cur.archivedAt) return;
    await repo.update(ctx.orgId, id, { archivedAt: new Date(), updatedAt: new Date(), version: cur.version + 1 });
    await record(ctx, tx, { action: 'ai_system.archived', entityType: 'ai_system', entityId: id, data: { version: cur.version + 1 } });
  });
}
