import { CompetenceSchema, TrainingSchema } from '@openaims/core';
import { describe, expect, it } from 'vitest';
import { appWithTwoOrgsForFile } from '../testing/suite.ts';

const { t, f } = appWithTwoOrgsForFile();

describe('people routes', () => {
  it('sets a competence (leads only), records training (editors) and reports coverage', async () => {
    const base = `/api/v1/orgs/${f.a.org.id}`;
    const body = { role: 'Data scientist', title: 'Fairness testing', aiLiteracy: true, renewalMonths: 24 };
    expect(
      (await t.call('POST', `${base}/competences`, { token: f.tokens.contributor, json: body })).status,
    ).toBe(403);
    const res = await t.call('POST', `${base}/competences`, { token: f.tokens.manager, json: body });
    expect(res.status).toBe(201);
    const c = CompetenceSchema.parse(await res.json());
    const bad = await t.call('POST', `${base}/trainings`, {
      token: f.tokens.contributor,
      json: { competenceId: c.id, activity: 'Course', completedOn: '2026-02-01' },
    });
    expect(bad.status).toBe(422);
    const ok = await t.call('POST', `${base}/trainings`, {
      token: f.tokens.contributor,
      json: { competenceId: c.id, personName: 'Ada', activity: 'Course', completedOn: '2026-02-01' },
    });
    expect(ok.status).toBe(201);
    expect(TrainingSchema.parse(await ok.json()).validUntil).toBe('2028-02-01');
    const cov = await (await t.call('GET', `${base}/competence-coverage`, { token: f.tokens.viewer })).json();
    expect(cov.items).toEqual([{ competenceId: c.id, trained: 1, valid: 1, expired: 0 }]);
    const readiness = await (await t.call('GET', `${base}/readiness`, { token: f.tokens.viewer })).json();
    expect(readiness.items.find((i: { key: string }) => i.key === 'competence_evidence').status).toBe(
      'approved',
    );
    expect(
      (await t.call('GET', `/api/v1/orgs/${f.b.org.id}/competences/${c.id}`, { token: f.ownerB })).status,
    ).toBe(404);
  });
});
