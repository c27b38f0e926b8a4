import { AiSystemSchema, DatasetSchema, ModelSchema, pageSchema, SupplierSchema } from '@openaims/core';
import { beforeAll, describe, expect, it } from 'vitest';
import { appWithTwoOrgsForFile } from '../testing/suite.ts';

const { t, f } = appWithTwoOrgsForFile();
let org: string;
beforeAll(async () => {
  org = `/api/v1/orgs/${f.a.org.id}`;
});

describe('models, datasets and suppliers over HTTP', () => {
  it('creates linked records, lists them by supplier and guards versions', async () => {
    const token = f.tokens.contributor;
    const sup = SupplierSchema.parse(
      await (
        await t.call('POST', `${org}/suppliers`, { token, json: { name: 'Vendor', provides: ['model'] } })
      ).json(),
    );
    const dsRes = await t.call('POST', `${org}/datasets`, {
      token,
      json: { name: 'Train', provenance: 'Collected from our CRM', supplierId: sup.id },
    });
    expect(dsRes.status).toBe(201);
    expect(dsRes.headers.get('location')).toMatch(/\/datasets\/dst_/);
    const ds = DatasetSchema.parse(await dsRes.json());
    const mRes = await t.call('POST', `${org}/models`, {
      token,
      json: { name: 'clf', supplierId: sup.id, datasets: [{ datasetId: ds.id, purpose: 'training' }] },
    });
    expect(mRes.status).toBe(201);
    const m = ModelSchema.parse(await mRes.json());
    const page = pageSchema(ModelSchema).parse(
      await (await t.call('GET', `${org}/models?supplierId=${sup.id}`, { token: f.tokens.viewer })).json(),
    );
    expect(page.items.map((x) => x.id)).toEqual([m.id]);
    const stale = await t.call('PATCH', `${org}/models/${m.id}`, {
      token,
      json: { licence: 'MIT' },
      headers: { 'if-match': '"7"' },
    });
    expect(stale.status).toBe(412);
    const ok = await t.call('PATCH', `${org}/models/${m.id}`, {
      token,
      json: { licence: 'MIT' },
      headers: { 'if-match': '"1"' },
    });
    expect(ok.headers.get('etag')).toBe('"2"');
  });

  it('answers 422 naming the bad link and 400 for a malformed body, writing nothing', async () => {
    const token = f.tokens.owner;
    const before = pageSchema(ModelSchema).parse(
      await (await t.call('GET', `${org}/models?limit=500`, { token })).json(),
    ).items.length;
    const bad = await t.call('POST', `${org}/models`, {
      token,
      json: { name: 'x', datasets: [{ datasetId: 'dst_nope', purpose: 'training' }] },
    });
    expect(bad.status).toBe(422);
    expect((await bad.json()).errors).toEqual([
      { path: 'datasets.0', message: expect.stringContaining('dst_nope') },
    ]);
    const malformed = await t.call('POST', `${org}/models`, {
      token,
      json: { name: 'x', datasets: [{ datasetId: 'd', purpose: 'guessing' }] },
    });
    expect(malformed.status).toBe(400);
    expect(malformed.headers.get('content-type')).toContain('problem+json');
    const after = pageSchema(ModelSchema).parse(
      await (await t.call('GET', `${org}/models?limit=500`, { token })).json(),
    ).items.length;
    expect(after).toBe(before);
  });

  it("hides another organization's records", async () => {
    const foreign = await t.call('POST', `/api/v1/orgs/${f.b.org.id}/suppliers`, {
      token: f.ownerB,
      json: { name: 'B only' },
    });
    const id = (await foreign.json()).id;
    expect((await t.call('GET', `${org}/suppliers/${id}`, { token: f.tokens.owner })).status).toBe(404);
    expect(
      (await t.call('PATCH', `${org}/suppliers/${id}`, { token: f.tokens.owner, json: { name: 'mine' } }))
        .status,
    ).toBe(404);
  });
});

describe('EU AI Act classification and the deployment gate over HTTP', () => {
  it('computes the class on the server and refuses deployment listing what is missing', async () => {
    const token = f.tokens.contributor;
    const s = AiSystemSchema.parse(
      await (
        await t.call('POST', `${org}/ai-systems`, {
          token,
          json: { name: 'Social score', purpose: 'Rank citizens', operatorRole: 'deployer' },
        })
      ).json(),
    );
    const res = await t.call('POST', `${org}/ai-systems/${s.id}/classification`, {
      token,
      json: { answers: { prohibitedPractices: ['c'], deployerIsPublicBody: true }, riskClass: 'minimal' },
    });
    expect(res.status).toBe(200);
    const classified = AiSystemSchema.parse(await res.json());
    expect(classified.riskClass).toBe('prohibited');
    expect(classified.classification?.result.reasons[0]?.ref).toBe('Art. 5(1)(c)');
    const refused = await t.call('PATCH', `${org}/ai-systems/${s.id}`, {
      token,
      json: { lifecycleStage: 'deployment' },
    });
    expect(refused.status).toBe(422);
    const problem = await refused.json();
    expect(problem.errors.map((e: { path: string }) => e.path)).toEqual([
      'approved_impact_assessment',
      'not_prohibited',
    ]);
    const badAnswers = await t.call('POST', `${org}/ai-systems/${s.id}/classification`, {
      token,
      json: { answers: { annexIIIAreas: ['astrology'] } },
    });
    expect(badAnswers.status).toBe(400);
    // The classification is guarded by If-Match like any other change, and answers the system with its ETag.
    expect(res.headers.get('etag')).toBe(`"${classified.version}"`);
    const stale = await t.call('POST', `${org}/ai-systems/${s.id}/classification`, {
      token,
      headers: { 'If-Match': '"1"' },
      json: { answers: { prohibitedPractices: ['c'] } },
    });
    expect(stale.status).toBe(412);
  });

  it('refuses a new system saved straight into a stage of use without its gate items, naming them', async () => {
    const token = f.tokens.contributor;
    for (const lifecycleStage of ['operation_monitoring', 'deployment']) {
      const res = await t.call('POST', `${org}/ai-systems`, {
        token,
        json: { name: `Live ${lifecycleStage}`, purpose: 'Answer customers', lifecycleStage },
      });
      expect(res.status).toBe(422);
      const problem = await res.json();
      expect(problem.errors.map((e: { path: string }) => e.path)).toEqual([
        'eu_ai_act_classification',
        'approved_impact_assessment',
      ]);
      expect(problem.detail ?? problem.title).toMatch(/classify/i);
    }
    const listed = await (await t.call('GET', `${org}/ai-systems?q=Live`, { token })).json();
    expect(listed.items).toHaveLength(0);
    // A system that exists must not jump into operation past the gate either.
    const s = AiSystemSchema.parse(
      await (
        await t.call('POST', `${org}/ai-systems`, { token, json: { name: 'Pilot', purpose: 'Try things' } })
      ).json(),
    );
    const moved = await t.call('PATCH', `${org}/ai-systems/${s.id}`, {
      token,
      json: { lifecycleStage: 'operation_monitoring' },
    });
    expect(moved.status).toBe(422);
  });

  it('lets leads change the gate rules and nobody else', async () => {
    expect(
      (
        await t.call('PATCH', `${org}/deployment-gate`, {
          token: f.tokens.contributor,
          json: { blockProhibited: false },
        })
      ).status,
    ).toBe(403);
    const res = await t.call('PATCH', `${org}/deployment-gate`, {
      token: f.tokens.manager,
      json: { requireApprovedImpactAssessment: false },
    });
    expect(res.status).toBe(200);
    expect(
      await (await t.call('GET', `${org}/deployment-gate`, { token: f.tokens.viewer })).json(),
    ).toMatchObject({ requireApprovedImpactAssessment: false, requireClassification: true });
  });
});

describe('imports and exports over HTTP', () => {
  const card = [
    '---',
    'license: apache-2.0',
    'base_model: acme/base-7b',
    'datasets:',
    '- acme/tickets',
    'model-index:',
    '- name: ticket-bot',
    '  results: []',
    '---',
    '',
    '# ticket-bot',
    '',
  ].join('\n');

  it('previews without writing, then applies, then changes nothing on a second import', async () => {
    const token = f.tokens.contributor;
    const url = `${org}/imports/model-card`;
    const preview = await t.call('POST', `${url}?dryRun=true`, {
      token,
      body: card,
      headers: { 'content-type': 'text/markdown' },
    });
    expect(preview.status).toBe(200);
    expect((await preview.json()).totals).toMatchObject({
      models: { created: 1 },
      datasets: { created: 1 },
      suppliers: { created: 1 },
    });
    const none = await (await t.call('GET', `${org}/models?q=ticket-bot`, { token })).json();
    expect(none.items).toEqual([]);
    const applied = await (
      await t.call('POST', url, { token, body: card, headers: { 'content-type': 'text/markdown' } })
    ).json();
    expect(applied.items.every((i: { id: string | null }) => i.id)).toBe(true);
    const again = await (await t.call('POST', url, { token, body: card })).json();
    expect(again.totals.models).toEqual({ created: 0, updated: 0, unchanged: 1, skipped: 0 });
  });

  it('refuses a malformed file as problem+json naming where, and a viewer with 403', async () => {
    const bad = await t.call('POST', `${org}/imports/cyclonedx`, {
      token: f.tokens.owner,
      body: '{"bomFormat": "CycloneDX",\n  "specVersion": 1.6,}',
      headers: { 'content-type': 'application/json' },
    });
    expect(bad.status).toBe(400);
    expect(bad.headers.get('content-type')).toContain('problem+json');
    expect((await bad.json()).errors[0].path).toBe('line 2, column 22');
    expect((await t.call('POST', `${org}/imports/spdx`, { token: f.tokens.viewer, body: '{}' })).status).toBe(
      403,
    );
  });

  it('exports the inventory as a CycloneDX BOM for any member', async () => {
    const res = await t.call('GET', `${org}/exports/cyclonedx.json`, { token: f.tokens.auditor });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-disposition')).toContain(
      `filename="org-a_ai-inventory_${new Date().toISOString().slice(0, 10)}.cdx.json"`,
    );
    const bom = await res.json();
    expect(bom).toMatchObject({ bomFormat: 'CycloneDX', specVersion: '1.6' });
    expect(bom.components.some((c: { name: string }) => c.name === 'ticket-bot')).toBe(true);
  });
});
