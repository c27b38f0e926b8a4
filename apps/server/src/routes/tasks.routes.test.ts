import { pageSchema, TaskSchema } from '@openaims/core';
import { beforeAll, describe, expect, it } from 'vitest';
import { appWithTwoOrgsForFile } from '../testing/suite.ts';

const { t, f } = appWithTwoOrgsForFile();
let riskId: string;
beforeAll(async () => {
  const res = await t.call('POST', `/api/v1/orgs/${f.a.org.id}/risks`, {
    token: f.tokens.contributor,
    json: { title: 'Prompt injection', likelihood: 3, consequence: 3 },
  });
  riskId = (await res.json()).id;
});

const tasks = (orgId: string, rest = '') => `/api/v1/orgs/${orgId}/tasks${rest}`;

describe('task routes', () => {
  it('creates a treatment task with 201, Location and ETag, and lists it by source', async () => {
    const res = await t.call('POST', tasks(f.a.org.id), {
      token: f.tokens.contributor,
      json: {
        title: 'Filter tool output',
        kind: 'treatment',
        dueDate: '2099-03-01',
        source: { entityType: 'risk', entityId: riskId },
      },
    });
    expect(res.status).toBe(201);
    const task = TaskSchema.parse(await res.json());
    expect(task).toMatchObject({ sourceTitle: 'Prompt injection', status: 'open', overdue: false });
    expect(res.headers.get('location')).toBe(tasks(f.a.org.id, `/${task.id}`));
    expect(res.headers.get('etag')).toBe('"1"');
    const list = pageSchema(TaskSchema).parse(
      await (
        await t.call('GET', tasks(f.a.org.id, `?sourceType=risk&sourceId=${riskId}&sort=dueDate`), {
          token: f.tokens.viewer,
        })
      ).json(),
    );
    expect(list.items.map((x) => x.id)).toEqual([task.id]);
  });

  it('refuses malformed input with 400 problem+json and changes nothing', async () => {
    const count = async () =>
      pageSchema(TaskSchema).parse(
        await (await t.call('GET', tasks(f.a.org.id), { token: f.tokens.viewer })).json(),
      ).items.length;
    const before = await count();
    for (const json of [
      {},
      { title: 'x', dueDate: '31/12/2026' },
      { title: 'x', status: 'finished' },
      { title: 'x', kind: 'chore' },
      { title: 'x', source: { entityType: 'planet', entityId: 'p' } },
      { title: 'x', extra: true },
    ]) {
      const res = await t.call('POST', tasks(f.a.org.id), { token: f.tokens.manager, json });
      expect(res.status, JSON.stringify(json)).toBe(400);
      expect(res.headers.get('content-type')).toContain('application/problem+json');
      expect((await res.json()).errors.length).toBeGreaterThan(0);
    }
    for (const q of ['?sort=owner', '?status=open,nope', '?overdue=maybe', '?limit=0']) {
      expect((await t.call('GET', tasks(f.a.org.id, q), { token: f.tokens.viewer })).status, q).toBe(400);
    }
    expect(await count()).toBe(before);
  });

  it('answers 422 for a risk of another organization and 404 for its tasks', async () => {
    const foreign = await (
      await t.call('POST', `/api/v1/orgs/${f.b.org.id}/risks`, {
        token: f.ownerB,
        json: { title: 'B risk', likelihood: 1, consequence: 1 },
      })
    ).json();
    const res = await t.call('POST', tasks(f.a.org.id), {
      token: f.tokens.manager,
      json: { title: 'x', kind: 'treatment', source: { entityType: 'risk', entityId: foreign.id } },
    });
    expect(res.status).toBe(422);
    expect((await res.json()).errors).toEqual([{ path: 'source.entityId', message: expect.any(String) }]);
    const theirs = await (
      await t.call('POST', tasks(f.b.org.id), { token: f.ownerB, json: { title: 'B task' } })
    ).json();
    expect((await t.call('GET', tasks(f.a.org.id, `/${theirs.id}`), { token: f.tokens.owner })).status).toBe(
      404,
    );
    expect(
      (
        await t.call('PATCH', tasks(f.a.org.id, `/${theirs.id}`), {
          token: f.tokens.owner,
          json: { title: 'x' },
        })
      ).status,
    ).toBe(404);
    expect((await t.call('GET', tasks(f.b.org.id, `/${theirs.id}`), { token: f.tokens.owner })).status).toBe(
      404,
    );
  });

  it('moves a task with If-Match; a stale If-Match is 412, a viewer 403, a forbidden move 422', async () => {
    const task = await (
      await t.call('POST', tasks(f.a.org.id), {
        token: f.tokens.contributor,
        json: { title: 'Red-team the agent' },
      })
    ).json();
    const path = tasks(f.a.org.id, `/${task.id}`);
    expect((await t.call('PATCH', path, { token: f.tokens.viewer, json: { status: 'done' } })).status).toBe(
      403,
    );
    const moved = await t.call('PATCH', path, {
      token: f.tokens.contributor,
      json: { status: 'in_progress' },
      headers: { 'if-match': '"1"' },
    });
    expect(moved.status).toBe(200);
    expect(moved.headers.get('etag')).toBe('"2"');
    const stale = await t.call('PATCH', path, {
      token: f.tokens.contributor,
      json: { status: 'done' },
      headers: { 'if-match': '"1"' },
    });
    expect(stale.status).toBe(412);
    const done = await t.call('PATCH', path, {
      token: f.tokens.contributor,
      json: { status: 'done' },
      headers: { 'if-match': '"2"' },
    });
    expect(await done.json()).toMatchObject({ status: 'done', completedAt: expect.any(String) });
    expect(
      (await t.call('PATCH', path, { token: f.tokens.contributor, json: { status: 'cancelled' } })).status,
    ).toBe(422);
    const got = await t.call('GET', path, { token: f.tokens.auditor });
    expect(await got.json()).toMatchObject({ status: 'done', version: 3 });
  });
});
