import { createRisk } from '@openaims/services';
import { readTestdata, TESTDATA, TESTDATA_MISSING } from '@openaims/services/testing/testdata';
import { describe, expect, it } from 'vitest';
import { appWithTwoOrgsForFile } from '../testing/suite.ts';

if (!TESTDATA) console.warn(TESTDATA_MISSING);

const { t, f } = appWithTwoOrgsForFile();
const system = { type: 'system' as const, id: null };

const org = () => `/api/v1/orgs/${f.a.org.id}`;

describe.skipIf(!TESTDATA)('POST …/imports/aiid and GET …/external-lessons', () => {
  it('previews, imports, re-imports idempotently, and lists the lessons with their risk', async () => {
    const risk = await createRisk(
      { db: t.database.db, orgId: f.a.org.id, role: 'owner', actor: system },
      { title: 'Harmful recommendations', likelihood: 3, consequence: 3 },
    );
    const body = readTestdata('aiid/sample-incident-classifications.csv');
    const post = (q: string, token = f.tokens.contributor) =>
      t.call('POST', `${org()}/imports/aiid?${q}`, { token, body, headers: { 'content-type': 'text/csv' } });

    const preview = await post(`dryRun=true&riskId=${risk.id}`);
    expect(preview.status).toBe(200);
    const p = await preview.json();
    expect(p.totals.created).toBe(2);
    expect(p.items.every((i: { id: string | null }) => i.id === null)).toBe(true);

    const done = await (await post(`riskId=${risk.id}`)).json();
    expect(done.totals.created).toBe(2);
    const again = await (await post(`riskId=${risk.id}`)).json();
    expect(again.totals).toMatchObject({ created: 0, unchanged: 2 });

    const list = await t.call('GET', `${org()}/external-lessons?riskId=${risk.id}`, {
      token: f.tokens.viewer,
    });
    expect(list.status).toBe(200);
    const items = (await list.json()).items;
    expect(items).toHaveLength(2);
    const one = await t.call('GET', `${org()}/external-lessons/${items[0].id}`, { token: f.tokens.viewer });
    expect(one.status).toBe(200);
    expect((await one.json()).riskIds).toEqual([risk.id]);
    // Another organization does not see it.
    const foreign = await t.call('GET', `/api/v1/orgs/${f.b.org.id}/external-lessons/${items[0].id}`, {
      token: f.ownerB,
    });
    expect(foreign.status).toBe(404);
    // A viewer may not import.
    expect((await post('dryRun=true', f.tokens.viewer)).status).toBe(403);
  });

  it("refuses another organization's risk (404) and a file that is not AIID (400, with the place)", async () => {
    const riskB = await createRisk(
      { db: t.database.db, orgId: f.b.org.id, role: 'owner', actor: system },
      { title: 'Theirs', likelihood: 1, consequence: 1 },
    );
    const before = (
      await (await t.call('GET', `${org()}/external-lessons`, { token: f.tokens.viewer })).json()
    ).items.length;
    const res = await t.call('POST', `${org()}/imports/aiid?riskId=${riskB.id}`, {
      token: f.tokens.owner,
      body: readTestdata('aiid/sample-incident-classifications.csv'),
    });
    expect(res.status).toBe(404);
    const bad = await t.call('POST', `${org()}/imports/aiid`, { token: f.tokens.owner, body: 'a,b\n1,2\n' });
    expect(bad.status).toBe(400);
    expect((await bad.json()).errors[0].path).toBe('line 1');
    const after = (
      await (await t.call('GET', `${org()}/external-lessons`, { token: f.tokens.viewer })).json()
    ).items.length;
    expect(after).toBe(before);
  });

  it('GET …/exports/spdx.json sends an SPDX 3.0.1 document', async () => {
    const res = await t.call('GET', `${org()}/exports/spdx.json`, { token: f.tokens.viewer });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('application/spdx+json');
    expect((await res.json())['@context']).toBe('https://spdx.org/rdf/3.0.1/spdx-context.jsonld');
  });
});
