import type { Database } from '@openaims/db';
import { testDatabase } from '@openaims/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyLedger } from '../ledger/ledger.service.ts';
import { createRisk } from '../risks/risk.service.ts';
import { addMember, buildContext } from '../testing/factories.ts';
import { expectLatestLedgerEntry } from '../testing/ledger.ts';
import { createTask, getTask, listTasks, updateTask } from './task.service.ts';

let database: Database;
beforeAll(async () => {
  database = await testDatabase();
});
afterAll(async () => {
  await database?.close();
});

describe('tasks (§6.1.3, §8.3)', () => {
  it('creates a treatment task for a risk with its ledger entry and the risk title', async () => {
    const ctx = await buildContext(database.db, { role: 'contributor' });
    const risk = await createRisk(ctx, { title: 'Biased ranking', likelihood: 3, consequence: 3 });
    const t = await createTask(ctx, {
      title: 'Add a fairness test',
      kind: 'treatment',
      ownerId: ctx.actor.userId,
      dueDate: '2099-01-31',
      source: { entityType: 'risk', entityId: risk.id },
    });
    expect(t).toMatchObject({
      status: 'open',
      kind: 'treatment',
      source: { entityType: 'risk', entityId: risk.id },
      sourceTitle: 'Biased ranking',
      overdue: false,
      completedAt: null,
      createdBy: ctx.actor.userId,
      version: 1,
    });
    expect(t.id).toMatch(/^tsk_/);
    await expectLatestLedgerEntry(ctx, { action: 'task.created', entityType: 'task', entityId: t.id });
    expect(await getTask(ctx, t.id)).toEqual(t);
  });

  it('refuses a source or owner of another organization, and a treatment task without a risk', async () => {
    const other = await buildContext(database.db);
    const foreignRisk = await createRisk(other, { title: 'Theirs', likelihood: 1, consequence: 1 });
    const ctx = await buildContext(database.db, { role: 'manager' });
    await expect(
      createTask(ctx, {
        title: 'x',
        kind: 'treatment',
        source: { entityType: 'risk', entityId: foreignRisk.id },
      }),
    ).rejects.toMatchObject({ code: 'RULE_VIOLATION', errors: [{ path: 'source.entityId' }] });
    await expect(createTask(ctx, { title: 'x', kind: 'treatment' })).rejects.toMatchObject({
      code: 'RULE_VIOLATION',
      errors: [{ path: 'source' }],
    });
    await expect(createTask(ctx, { title: 'x', ownerId: other.actor.userId })).rejects.toMatchObject({
      code: 'RULE_VIOLATION',
      errors: [{ path: 'ownerId' }],
    });
    expect((await listTasks(ctx, { limit: 50 })).items).toHaveLength(0);
  });

  it('moves through statuses, records completion, refuses forbidden moves and stale versions', async () => {
    const ctx = await buildContext(database.db, { role: 'manager' });
    const t = await createTask(ctx, { title: 'Write the model card' });
    const started = await updateTask(ctx, t.id, { status: 'in_progress' }, 1);
    expect(started).toMatchObject({ status: 'in_progress', version: 2, completedAt: null });
    await expect(updateTask(ctx, t.id, { title: 'late' }, 1)).rejects.toMatchObject({
      code: 'STALE_VERSION',
    });
    const done = await updateTask(ctx, t.id, { status: 'done' }, 2);
    expect(done).toMatchObject({ status: 'done', completedBy: ctx.actor.userId });
    expect(done.completedAt).not.toBeNull();
    await expectLatestLedgerEntry(ctx, {
      action: 'task.completed',
      data: { changes: { status: { from: 'in_progress', to: 'done' } } },
    });
    await expect(updateTask(ctx, t.id, { status: 'cancelled' })).rejects.toMatchObject({
      code: 'RULE_VIOLATION',
      errors: [{ path: 'status' }],
    });
    const reopened = await updateTask(ctx, t.id, { status: 'open' });
    expect(reopened).toMatchObject({ status: 'open', completedAt: null, completedBy: null, version: 4 });
    await expectLatestLedgerEntry(ctx, { action: 'task.updated' });
    // No change: no new version, no ledger entry.
    const same = await updateTask(ctx, t.id, { status: 'open' });
    expect(same.version).toBe(4);
    expect((await verifyLedger(ctx.db, ctx.orgId)).ok).toBe(true);
  });

  it('filters by status, owner, kind, source and overdue, searches and sorts with keyset pages', async () => {
    const ctx = await buildContext(database.db, { role: 'owner' });
    const { userId: other } = await addMember(database.db, ctx.orgId, 'contributor');
    const risk = await createRisk(ctx, { title: 'Drift', likelihood: 2, consequence: 2 });
    const src = { entityType: 'risk' as const, entityId: risk.id };
    const a = await createTask(ctx, {
      title: 'Alpha',
      dueDate: '2020-01-01',
      kind: 'treatment',
      source: src,
      ownerId: other,
    });
    const b = await createTask(ctx, {
      title: 'Bravo',
      dueDate: '2099-01-01',
      kind: 'treatment',
      source: src,
    });
    const c = await createTask(ctx, { title: 'Charlie', status: 'done', dueDate: '2020-01-01' });
    const d = await createTask(ctx, { title: 'Delta monitoring review', kind: 'review' });
    const ids = async (q: Parameters<typeof listTasks>[1]) =>
      (await listTasks(ctx, q)).items.map((t) => t.id);
    expect(await ids({ limit: 50, overdue: 'true' })).toEqual([a.id]);
    expect(await ids({ limit: 50, overdue: 'false', sort: 'title' })).toEqual([b.id, c.id, d.id]);
    expect((await getTask(ctx, a.id)).overdue).toBe(true);
    expect((await getTask(ctx, c.id)).overdue).toBe(false);
    expect(await ids({ limit: 50, ownerId: other })).toEqual([a.id]);
    expect(await ids({ limit: 50, kind: 'review' })).toEqual([d.id]);
    expect(await ids({ limit: 50, sourceType: 'risk', sourceId: risk.id, sort: 'title' })).toEqual([
      a.id,
      b.id,
    ]);
    expect(await ids({ limit: 50, status: 'done' })).toEqual([c.id]);
    expect(await ids({ limit: 50, status: 'open,in_progress', sort: 'title' })).toEqual([a.id, b.id, d.id]);
    expect(await ids({ limit: 50, q: 'monitoring' })).toEqual([d.id]);
    // Due date ascending, tasks without one last, walked one per page.
    const seen: string[] = [];
    let cursor: string | undefined;
    do {
      const page = await listTasks(ctx, { limit: 1, sort: 'dueDate', cursor });
      seen.push(...page.items.map((t) => t.id));
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
    expect(seen.slice(0, 2).sort()).toEqual([a.id, c.id].sort());
    expect(seen.slice(2)).toEqual([b.id, d.id]);
    await expect(listTasks(ctx, { limit: 5, sort: 'owner' })).rejects.toMatchObject({
      code: 'VALIDATION_FAILED',
    });
  });

  it('hides tasks of another organization and refuses writes by viewers and auditors', async () => {
    const owner = await buildContext(database.db);
    const t = await createTask(owner, { title: 'Mine' });
    const stranger = await buildContext(database.db);
    await expect(getTask(stranger, t.id)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(updateTask(stranger, t.id, { title: 'x' })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    for (const role of ['viewer', 'auditor'] as const) {
      const ctx = await buildContext(database.db, { role, orgId: owner.orgId });
      await expect(createTask(ctx, { title: 'x' })).rejects.toMatchObject({ code: 'FORBIDDEN' });
      await expect(updateTask(ctx, t.id, { status: 'done' })).rejects.toMatchObject({ code: 'FORBIDDEN' });
      expect((await getTask(ctx, t.id)).status).toBe('open');
    }
  });
});
