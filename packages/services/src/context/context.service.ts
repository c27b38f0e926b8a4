// The context register (§4.1 issues, §4.2 interested parties and their requirements) and the organization's
// AI roles (§4.1; ISO/IEC 22989, EU AI Act Art. 3). Every change is one transaction with its ledger entry.
import {
  assertCan,
  type ContextItem,
  type ContextProfile,
  CreateContextItemSchema,
  contextItemProblems,
  UpdateContextItemSchema,
  type UpdateContextProfileInput,
  UpdateContextProfileSchema,
} from '@openaims/core';
import { tables } from '@openaims/db';
import { archiveService, assertNotArchived } from '../common/archive.ts';
import { createService } from '../common/create-service.ts';
import { diff } from '../common/diff.ts';
import { assertMember } from '../common/members.ts';
import { readOne, readPage } from '../common/records.ts';
import { assertNoProblems } from '../common/rule-violation.ts';
import { updateService } from '../common/update-service.ts';
import { assertVersion } from '../common/versioning.ts';
import type { OrgContext } from '../context.ts';
import { record } from '../ledger/ledger.service.ts';
import { contextRepository, toContextItem, toContextProfile } from './context.repository.ts';

function assertShape(kind: ContextItem['kind'], v: Parameters<typeof contextItemProblems>[1]): void {
  assertNoProblems(contextItemProblems(kind, v));
}

/** Lists issues and interested parties (active by default), searchable by title and description. */
export const listContextItems = readPage('context:read', (db) => contextRepository(db).list, toContextItem);

/** One issue or interested party; another organization's id is NOT_FOUND. */
export const getContextItem = readOne(
  'context:read',
  'Context record',
  (db) => contextRepository(db),
  toContextItem,
);

/** Records an issue or an interested party. */
export const createContextItem = createService({
  permission: 'context:update',
  schema: CreateContextItemSchema,
  problems: (data) => contextItemProblems(data.kind, data),
  check: (data, ctx) => assertMember(ctx.db, ctx.orgId, data.ownerId),
  into: contextRepository,
  kind: 'contextItem',
  entityType: 'context_item',
  action: 'context.created',
  values: (data) => ({
    ...data,
    archivedAt: null,
  }),
  toEntity: toContextItem,
});

/** Changes an issue or interested party; a stale `expectedVersion` is refused. */
export const updateContextItem = updateService({
  permission: 'context:update',
  schema: UpdateContextItemSchema,
  table: tables.contextItems,
  label: 'Context record',
  entityType: 'context_item',
  action: 'context.updated',
  check: async (cur, data, ctx) => {
    assertNotArchived(cur, 'record');
    assertShape(cur.kind as ContextItem['kind'], {
      effect: data.effect ?? cur.effect,
      requirements: data.requirements ?? cur.requirements,
    });
    if (data.ownerId !== undefined) await assertMember(ctx.db, ctx.orgId, data.ownerId);
  },
  toEntity: toContextItem,
});

/** Archives an issue or party that no longer applies; it stays on record for the next management review (§9.3.2 b). */
export const archiveContextItem = archiveService({
  permission: 'context:update',
  label: 'Context record',
  entityType: 'context_item',
  action: 'context.archived',
  repo: contextRepository,
});

/** The organization's AI roles. */
export async function getContextProfile(ctx: OrgContext): Promise<ContextProfile> {
  assertCan(ctx.role, 'context:read');
  return toContextProfile(await contextRepository(ctx.db).profile(ctx.orgId));
}

/** Sets the organization's AI roles (§4.1); the first save creates the profile at version 1. */
export async function updateContextProfile(
  ctx: OrgContext,
  input: UpdateContextProfileInput,
  expectedVersion?: number,
): Promise<ContextProfile> {
  assertCan(ctx.role, 'context:update');
  const data = UpdateContextProfileSchema.parse(input);
  return ctx.db.transaction(async (tx) => {
    const repo = contextRepository(tx);
    const cur = toContextProfile(await repo.profile(ctx.orgId, { forUpdate: true }));
    assertVersion(expectedVersion, cur.version);
    const next = {
      isoRoles: [...new Set(data.isoRoles ?? cur.isoRoles)].sort(),
      operatorRoles: [...new Set(data.operatorRoles ?? cur.operatorRoles)].sort(),
      rolesNote: data.rolesNote ?? cur.rolesNote,
    };
    const changes = diff(cur as unknown as Record<string, unknown>, next);
    if (Object.keys(changes).length === 0) return cur;
    const row = await repo.saveProfile({
      organizationId: ctx.orgId,
      ...next,
      updatedAt: new Date(),
      version: cur.version + 1,
    });
    await record(ctx, tx, {
      action: 'context.roles_updated',
      entityType: 'context_profile',
      entityId: ctx.orgId,
      data: { version: row.version, changes },
    });
    return toContextProfile(row);
  });
}
