import type { Database } from '@openaims/db';
import { testDatabase } from '@openaims/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addMember, buildContext } from '../testing/factories.ts';
import { expectLatestLedgerEntry } from '../testing/ledger.ts';
import {
  archiveAiSystem,
  createAiSystem,
  getAiSystem,
  listAiSystems,
  updateAiSystem,
} from './ai-system.service.ts';

let database: Database;
beforeAll(async () => {
  database = await testDatabase();
});
afterAll(async () => {
  await database?.close();
});

describe('AI systems', () => {
  it('registers a system with defaults and a ledger entry in the same transaction', async () => {
    const ctx = await buildContext(database.db, { role: 'contributor' });
    const s = await createAiSystem(ctx, { name: 'CV screener', purpose: 'Rank job applications' });
    expect(s).toMatchObject({
      name: 'CV screener',
      lifecycleStage: 'inception',
      version: 1,
      description: '',
      archivedAt: null,
    });
    expect(s.id).toMatch(/^ais_/);
    await expectLatestLedgerEntry(ctx, {
      action: 'ai_system.created',
      entityId: s.id,
      actorId: ctx.actor.id,
    });
  });

  it('hides systems of another organization', async () => {
    const other = await buildContext(database.db);
    const foreign = await createAiSystem(other, { name: 'Foreign', purpose: 'x' });
    const ctx = await buildContext(database.db, { role: 'owner' });
    await expect(getAiSystem(ctx, foreign.id)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(updateAiSystem(ctx, foreign.id, { name: 'Mine now' })).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
    await expect(archiveAiSystem(ctx, foreign.id)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    expect((await getAiSystem(other, foreign.id)).name).toBe('Foreign');
  });

  it('refuses writes by viewers and auditors and changes nothing', async () => {
    const owner = await buildContext(database.db);
    for (const role of ['viewer', 'auditor'] as const) {
      const ctx = await buildContext(database.db, { role, orgId: owner.orgId });
      await expect(createAiSystem(ctx, { name: 'x', purpose: 'y' })).rejects.toMatchObject({
        code: 'FORBIDDEN',
      });
    }
    expect((await listAiSystems(owner, { limit: 50 })).items).toHaveLength(0);
  });

  it('detects a stale version and records a stage change as its own action', async () => {
    const ctx = await buildContext(database.db);
    const s = await createAiSystem(ctx, { name: 'Chatbot', purpose: 'Answer customers' });
    const v2 = await updateAiSystem(ctx, s.id, { lifecycleStage: 'verification_validation' }, 1);
    expect(v2.version).toBe(2);
    await expect(updateAiSystem(ctx, s.id, { name: 'Late edit' }, 1)).rejects.toMatchObject({
      code: 'STALE_VERSION',
    });
    expect((await getAiSystem(ctx, s.id)).name).toBe('Chatbot');
    await expectLatestLedgerEntry(ctx, {
      action: 'ai_system.stage_changed',
      data: { version: 2, changes: { lifecycleStage: { from: 'inception', to: 'verification_validation' } } },
    });
  });

  it('requires the owner to be a member of the organization', async () => {
    const ctx = await buildContext(database.db);
    const outsider = await buildContext(database.db);
    await expect(
      createAiSystem(ctx, { name: 'x', purpose: 'y', ownerId: outsider.actor.id }),
    ).rejects.toMatchObject({
      code: 'RULE_VIOLATION',
    });
    const { userId } = await addMember(database.db, ctx.orgId, 'contributor');
    expect((await createAiSystem(ctx, { name: 'x', purpose: 'y', ownerId: userId })).ownerId).toBe(userId);
  });

  it('archives instead of deleting, and archived systems leave the default list', async () => {
    const ctx = await buildContext(database.db);
    const s = await createAiSystem(ctx, { name: 'Old model', purpose: 'retired' });
    await expect(archiveAiSystem({ ...ctx, role: 'contributor' }, s.id)).rejects.toMatchObject({
      code: 'FORBIDDEN',
    });
    await archiveAiSystem(ctx, s.id);
    expect((await listAiSystems(ctx, { limit: 50 })).items).toHaveLength(0);
    const archived = await listAiSystems(ctx, { limit: 50, archived: 'true' });
    expect(archived.items.map((x) => x.id)).toEqual([s.id]);
    await expect(updateAiSystem(ctx, s.id, { name: 'z' })).rejects.toMatchObject({ code: 'RULE_VIOLATION' });
  });

  it('pages through a sorted, searchable list without gaps or repeats', async () => {
    const ctx = await buildContext(database.db);
    const names = Array.from({ length: 23 }, (_, i) => `System ${String(i).padStart(2, '0')}`);
    for (const name of [...names].reverse())
      await createAiSystem(ctx, { name, purpose: name.endsWith('7') ? 'fraud detection' : 'other' });
    const seen: string[] = [];
    let cursor: string | undefined;
    do {
      const page = await listAiSystems(ctx, { limit: 5, cursor, sort: '-name' });
      expect(page.items.length).toBeLessThanOrEqual(5);
      seen.push(...page.items.map((s) => s.name));
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
    expect(seen).toEqual([...names].reverse());
    const found = await listAiSystems(ctx, { limit: 50, q: 'FRAUD' });
    expect(found.items.map((s) => s.name)).toEqual(['System 07', 'System 17']);
    const byDate = await listAiSystems(ctx, { limit: 3, sort: 'createdAt' });
    const next = await listAiSystems(ctx, { limit: 3, sort: 'createdAt', cursor: byDate.nextCursor! });
    expect(next.items[0]!.createdAt >= byDate.items[2]!.createdAt).toBe(true);
    expect(next.items.map((s) => s.id)).not.toContain(byDate.items[2]!.id);
  });

  it('treats % and _ in a search literally', async () => {
    const ctx = await buildContext(database.db);
    await createAiSystem(ctx, { name: '100% accurate', purpose: 'p' });
    await createAiSystem(ctx, { name: 'plain', purpose: 'p' });
    expect((await listAiSystems(ctx, { limit: 50, q: '%' })).items.map((s) => s.name)).toEqual([
      '100% accurate',
    ]);
    expect((await listAiSystems(ctx, { limit: 50, q: '_' })).items).toHaveLength(0);
  });

  it('rejects a forged cursor and an unknown sort field', async () => {
    const ctx = await buildContext(database.db);
    await expect(listAiSystems(ctx, { limit: 5, cursor: 'not-a-cursor' })).rejects.toMatchObject({
      code: 'VALIDATION_FAILED',
    });
    await expect(listAiSystems(ctx, { limit: 5, sort: 'organizationId' })).rejects.toMatchObject({
      code: 'VALIDATION_FAILED',
    });
  });
});
