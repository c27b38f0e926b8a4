import { SearchResultSchema } from '@openaims/core';
import { beforeAll, describe, expect, it } from 'vitest';
import { appWithTwoOrgsForFile } from '../testing/suite.ts';

const { t, f } = appWithTwoOrgsForFile();
beforeAll(async () => {
  const a = `/api/v1/orgs/${f.a.org.id}`;
  const mgr = { token: f.tokens.manager };
  const post = async (path: string, json: unknown, token = mgr.token) => {
    const res = await t.call('POST', path, { token, json });
    expect(res.status, `${path}: ${await res.clone().text()}`).toBe(201);
    return (await res.json()) as { id: string };
  };
  await post(`${a}/ai-systems`, {
    name: 'Zephyr CV screening',
    purpose: 'Rank applicants',
    lifecycleStage: 'inception',
  });
  await post(`${a}/risks`, { title: 'Zephyr screening bias', likelihood: 2, consequence: 3 });
  await post(`${a}/risks`, { title: '100% recall claimed', likelihood: 1, consequence: 1 });
  await post(`${a}/risks`, { title: '1000 recall claimed', likelihood: 1, consequence: 1 });
  const archived = await post(`${a}/models`, { name: 'Zephyr retired model' });
  const del = await t.call('DELETE', `${a}/models/${archived.id}`, { token: f.tokens.owner });
  expect(del.status).toBeLessThan(300);
  await post(
    `/api/v1/orgs/${f.b.org.id}/ai-systems`,
    { name: 'Zephyr of org B', purpose: 'x', lifecycleStage: 'inception' },
    f.ownerB,
  );
});

const find = async (q: string, token = f.tokens.viewer, orgId = f.a.org.id) => {
  const res = await t.call('GET', `/api/v1/orgs/${orgId}/search?q=${encodeURIComponent(q)}`, { token });
  expect(res.status).toBe(200);
  return SearchResultSchema.parse(await res.json()).items;
};

describe('global search', () => {
  it('finds records of several kinds by name or title, case-insensitively, with the page that shows each', async () => {
    const items = await find('zephyr');
    expect(items.map((i) => [i.type, i.title])).toEqual([
      ['ai_system', 'Zephyr CV screening'],
      ['risk', 'Zephyr screening bias'],
    ]);
    expect(items[0]!.url).toBe(`/orgs/${f.a.org.id}/ai-systems/${items[0]!.id}`);
    expect(items[1]!.url).toBe(`/orgs/${f.a.org.id}/risks/${items[1]!.id}`);
  });

  it('never returns another organization’s record, nor an archived one', async () => {
    const titles = (await find('zephyr')).map((i) => i.title);
    expect(titles).not.toContain('Zephyr of org B');
    expect(titles).not.toContain('Zephyr retired model');
    const fromB = await find('zephyr', f.ownerB, f.b.org.id);
    expect(fromB.map((i) => i.title)).toEqual(['Zephyr of org B']);
  });

  it('reads % and _ literally', async () => {
    expect((await find('100%')).map((i) => i.title)).toEqual(['100% recall claimed']);
    expect(await find('_')).toEqual([]);
  });

  it('finds Annex A controls by reference and by title, opening the SoA', async () => {
    const byRef = await find('A.6.2.4');
    expect(byRef).toEqual([
      expect.objectContaining({ type: 'control', id: 'A.6.2.4', url: `/orgs/${f.a.org.id}/soa` }),
    ]);
    expect((await find('policy')).some((i) => i.type === 'control')).toBe(true);
  });

  it('is open to every role, auditors included', async () => {
    for (const role of ['owner', 'contributor', 'auditor', 'viewer'] as const) {
      expect((await find('zephyr', f.tokens[role])).length).toBe(2);
    }
  });

  it('refuses an empty or over-long query with 400', async () => {
    for (const q of ['', '%20%20', 'x'.repeat(201)]) {
      const res = await t.call('GET', `/api/v1/orgs/${f.a.org.id}/search?q=${q}`, { token: f.tokens.viewer });
      expect(res.status).toBe(400);
    }
    const none = await t.call('GET', `/api/v1/orgs/${f.a.org.id}/search`, { token: f.tokens.viewer });
    expect(none.status).toBe(400);
  });

  it('is another organization’s business: 404', async () => {
    const res = await t.call('GET', `/api/v1/orgs/${f.b.org.id}/search?q=zephyr`, { token: f.tokens.viewer });
    expect(res.status).toBe(404);
  });
});
