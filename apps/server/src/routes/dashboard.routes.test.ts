import { DashboardSchema } from '@openaims/core';
import { insertToken } from '@openaims/services';
import { beforeAll, describe, expect, it } from 'vitest';
import { appWithTwoOrgsForFile } from '../testing/suite.ts';

const { t, f } = appWithTwoOrgsForFile();
/** A token the owner created, so "my tasks" are the owner's. */
let ownersToken: string;
let systemId: string;
let evidenceId: string;

const a = () => `/api/v1/orgs/${f.a.org.id}`;
const post = async (path: string, json: unknown, token = f.tokens.manager) => {
  const res = await t.call('POST', path, { token, json });
  expect(res.status, `${path}: ${await res.clone().text()}`).toBeLessThan(300);
  return (await res.json()) as { id: string };
};

beforeAll(async () => {
  const owner = { type: 'user' as const, id: f.a.owner.id, userId: f.a.owner.id };
  ownersToken = (await insertToken(t.database.db, f.a.org.id, { name: 'Owner laptop', role: 'owner' }, owner))
    .token;
  systemId = (
    await post(`${a()}/ai-systems`, { name: 'CV ranker', purpose: 'Rank CVs', lifecycleStage: 'inception' })
  ).id;
  await post(`${a()}/ai-systems/${systemId}/classification`, {
    answers: { annexIIIAreas: ['employment'], profilesNaturalPersons: true },
  });
  await post(`${a()}/risks`, { title: 'Biased ranking', likelihood: 2, consequence: 3 });
  await post(`${a()}/risks`, { title: 'Drift', likelihood: 2, consequence: 3 });
  evidenceId = (
    await post(`${a()}/evidence`, {
      url: 'https://intranet.example/pentest',
      title: 'Penetration test 2025',
      evidenceDate: '2025-01-10',
      validUntil: '2025-12-31',
    })
  ).id;
  await post(`${a()}/tasks`, {
    title: 'Write the bias test plan',
    ownerId: f.a.owner.id,
    dueDate: '2025-06-01',
  });
  await post(`${a()}/tasks`, { title: 'Someone else’s task', ownerId: null });
  await post(
    `/api/v1/orgs/${f.b.org.id}/risks`,
    { title: 'Org B risk', likelihood: 1, consequence: 1 },
    f.ownerB,
  );
});

const dashboard = async (token: string, orgId = f.a.org.id) => {
  const res = await t.call('GET', `/api/v1/orgs/${orgId}/dashboard`, { token });
  expect(res.status).toBe(200);
  return DashboardSchema.parse(await res.json());
};

describe('dashboard', () => {
  it('counts the risk register per likelihood × consequence cell, only this organization’s', async () => {
    const d = await dashboard(f.tokens.viewer);
    expect(d.risks.total).toBe(2);
    expect(d.risks.inherentCells).toEqual([{ likelihood: 2, consequence: 3, count: 2 }]);
  });

  it('shows the AI systems by class and stage, and the high-risk one without an approved assessment', async () => {
    const d = await dashboard(f.tokens.viewer);
    expect(d.aiSystems.total).toBe(1);
    expect(d.aiSystems.byClass).toEqual([{ riskClass: 'high', count: 1 }]);
    expect(d.aiSystems.byStage).toEqual([{ lifecycleStage: 'inception', count: 1 }]);
    expect(d.aiSystems.gateGaps).toEqual([
      expect.objectContaining({
        id: systemId,
        name: 'CV ranker',
        url: `/orgs/${f.a.org.id}/ai-systems/${systemId}`,
        missing: [expect.objectContaining({ key: 'approved_impact_assessment' })],
      }),
    ]);
  });

  it('lists expired evidence as overdue with its page, and the readiness summary', async () => {
    const d = await dashboard(f.tokens.viewer);
    expect(d.overdue).toContainEqual({
      kind: 'evidence_expiry',
      title: 'Penetration test 2025',
      dueDate: '2025-12-31',
      url: `/orgs/${f.a.org.id}/evidence/${evidenceId}`,
    });
    expect(d.readiness.byStatus.reduce((n, s) => n + s.count, 0)).toBe(19);
    expect(d.readiness.score).toBeGreaterThanOrEqual(0);
    // Reading the dashboard records the day's score: the trend ends with today's reading.
    expect(d.readiness.trend.at(-1)).toEqual({ date: d.today, score: d.readiness.score });
  });

  it('gives the caller’s own open tasks, overdue counted', async () => {
    const mine = await dashboard(ownersToken);
    expect(mine.myTasks.count).toBe(1);
    expect(mine.myTasks.overdue).toBe(1);
    expect(mine.myTasks.items.map((i) => i.title)).toEqual(['Write the bias test plan']);
    expect((await dashboard(f.tokens.viewer)).myTasks.count).toBe(0);
  });

  it('lists recent ledger changes newest first with names, not ids', async () => {
    const d = await dashboard(f.tokens.auditor);
    expect(d.recentChanges.length).toBeGreaterThan(3);
    expect(d.recentChanges[0]!.seq).toBeGreaterThan(d.recentChanges[1]!.seq);
    const created = d.recentChanges.find((c) => c.action === 'ai_system.created');
    expect(created?.url).toBe(`/orgs/${f.a.org.id}/ai-systems/${systemId}`);
    for (const c of d.recentChanges) expect(c.actorName).not.toMatch(/^(user|tok)_/);
  });

  it('is another organization’s business: 404', async () => {
    const res = await t.call('GET', `/api/v1/orgs/${f.b.org.id}/dashboard`, { token: f.tokens.viewer });
    expect(res.status).toBe(404);
    expect((await dashboard(f.ownerB, f.b.org.id)).risks.total).toBe(1);
  });
});
