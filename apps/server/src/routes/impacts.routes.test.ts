import { complete } from '@openaims/services/testing/impact-content';
import { describe, expect, it } from 'vitest';
import { answerOf } from '../testing/answers.ts';
import { appWithTwoOrgsForFile } from '../testing/suite.ts';

const { t, f } = appWithTwoOrgsForFile();

const org = (rest: string) => `/api/v1/orgs/${f.a.org.id}${rest}`;
/** The JSON answer to a request on org A as the token's member: a set-up step or a read-back. */
const answer = (method: string, rest: string, token: string, json?: unknown) =>
  answerOf(t, method, org(rest), token, json);

describe('impact assessment routes', () => {
  it('walks draft → 422 with missing items → submit → 403 for a contributor → approve, and opens the gate', async () => {
    const sys = await answer('POST', '/ai-systems', f.tokens.contributor, {
      name: 'Triage bot',
      purpose: 'Prioritise patients',
    });
    const gate0 = await answer('GET', `/ai-systems/${sys.id}/impact-gate`, f.tokens.viewer);
    expect(gate0).toMatchObject({ ok: false, missing: [expect.stringContaining('impact assessment')] });
    const created = await t.call('POST', org('/impact-assessments'), {
      token: f.tokens.contributor,
      json: { aiSystemId: sys.id, title: 'Triage AIIA', template: 'eu_fria' },
    });
    expect(created.status).toBe(201);
    const ia = await created.json();
    const refused = await t.call('POST', org(`/impact-assessments/${ia.id}/submit`), {
      token: f.tokens.contributor,
      json: {},
    });
    expect(refused.status).toBe(422);
    const problem = await refused.json();
    expect(problem.errors.map((e: { path: string }) => e.path)).toEqual(
      expect.arrayContaining(['content.scope', 'content.fria.deployerProcesses']),
    );
    const fria = {
      deployerProcesses: 'Emergency intake',
      periodAndFrequency: 'Continuous',
      affectedCategories: 'Patients',
      specificHarms: 'Delayed care',
      humanOversightMeasures: 'Nurse confirms',
      measuresIfRisksMaterialise: 'Escalation; complaints desk',
    };
    // The shared complete 42005 content, with the Art. 27 FRIA this template adds.
    const content = { ...complete, fria };
    const saved = await t.call('PATCH', org(`/impact-assessments/${ia.id}`), {
      token: f.tokens.contributor,
      json: { content },
      headers: { 'if-match': '"1"' },
    });
    expect(saved.status).toBe(200);
    expect(
      (
        await t.call('POST', org(`/impact-assessments/${ia.id}/submit`), {
          token: f.tokens.contributor,
          json: {},
        })
      ).status,
    ).toBe(200);
    expect(
      (
        await t.call('POST', org(`/impact-assessments/${ia.id}/approve`), {
          token: f.tokens.contributor,
          json: {},
        })
      ).status,
    ).toBe(403);
    const approved = await t.call('POST', org(`/impact-assessments/${ia.id}/approve`), {
      token: f.tokens.manager,
      json: {},
    });
    expect(approved.status).toBe(200);
    expect(await answer('GET', `/ai-systems/${sys.id}/impact-gate`, f.tokens.viewer)).toEqual({
      ok: true,
      missing: [],
    });
  });

  it('creates a risk from a finding, linked both ways', async () => {
    const sys = await answer('POST', '/ai-systems', f.tokens.manager, { name: 'Chat', purpose: 'Support' });
    const ia = await answer('POST', '/impact-assessments', f.tokens.manager, {
      aiSystemId: sys.id,
      title: 'Chat AIIA',
    });
    const res = await t.call('POST', org(`/impact-assessments/${ia.id}/risks`), {
      token: f.tokens.contributor,
      json: { title: 'Toxic answers', likelihood: 2, consequence: 3 },
    });
    expect(res.status).toBe(201);
    const risk = await res.json();
    expect(res.headers.get('location')).toBe(org(`/risks/${risk.id}`));
    expect(risk).toMatchObject({ aiSystemId: sys.id, impactAssessmentIds: [ia.id], inherentScore: 6 });
    expect((await answer('GET', `/impact-assessments/${ia.id}`, f.tokens.viewer)).riskIds).toEqual([risk.id]);
  });
});
