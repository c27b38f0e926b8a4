// Issue 15 items 1 and 3 over HTTP: the public transparency page (published vs unpublished vs another
// organization's system), the anonymous concern round trip with its follow-up code, identity for leads only,
// conversion, and the rate limit of the public channel.
import {
  ConcernSchema,
  PublicConcernSchema,
  PublicTransparencySchema,
  TransparencyRecordSchema,
} from '@openaims/core';
import { MAX_CONCERN_WRITES_PER_ADDRESS } from '@openaims/services';
import { describe, expect, it } from 'vitest';
import { appWithTwoOrgsForFile } from '../testing/suite.ts';

const { t, f } = appWithTwoOrgsForFile();

let peer = 0;
/** A public request from a socket address of its own (the channel is rate-limited per address). */
function anon(method: string, path: string, body?: unknown, address = `198.51.100.${++peer}`) {
  return Promise.resolve(
    t.app.request(
      `http://127.0.0.1${path}`,
      {
        method,
        headers: body === undefined ? {} : { 'content-type': 'application/json' },
        body: body === undefined ? undefined : JSON.stringify(body),
      },
      { incoming: { socket: { remoteAddress: address, remoteFamily: 'IPv4' } } },
    ),
  );
}

async function newSystem(token: string, orgId: string, name: string) {
  const res = await t.call('POST', `/api/v1/orgs/${orgId}/ai-systems`, {
    token,
    json: { name, purpose: `${name} purpose`, humanOversight: 'A person checks each output' },
  });
  expect(res.status).toBe(201);
  return ((await res.json()) as { id: string }).id;
}

describe('transparency routes', () => {
  it('publishes a page that answers without sign-in with only published fields; others are 404', async () => {
    const org = f.a.org.id;
    const published = await newSystem(f.tokens.manager, org, 'Benefits chatbot');
    const hidden = await newSystem(f.tokens.manager, org, 'Internal triage');
    const url = `/api/v1/orgs/${org}/ai-systems/${published}/transparency`;

    const first = await t.call('GET', url, { token: f.tokens.viewer });
    expect(first.status).toBe(200);
    expect(first.headers.get('etag')).toBe('"1"');
    expect(TransparencyRecordSchema.parse(await first.json())).toMatchObject({
      purpose: 'Benefits chatbot purpose',
      humanOversight: 'A person checks each output',
      published: false,
    });
    const edit = await t.call('PUT', url, {
      token: f.tokens.contributor,
      headers: { 'if-match': '"1"' },
      json: { authorityNotes: 'Secret conformity reference', contest: 'Ask for a person at the desk' },
    });
    expect(edit.status).toBe(200);
    expect(edit.headers.get('etag')).toBe('"2"');
    expect(
      (await t.call('PUT', url, { token: f.tokens.contributor, json: { published: true } })).status,
    ).toBe(403);
    const stale = await t.call('PUT', url, {
      token: f.tokens.manager,
      headers: { 'if-match': '"1"' },
      json: { published: true },
    });
    expect(stale.status).toBe(412);
    const pub = await t.call('PUT', url, { token: f.tokens.manager, json: { published: true } });
    expect(pub.status).toBe(200);

    const page = await anon('GET', `/api/v1/public/orgs/${org}/ai-systems/${published}/transparency`);
    expect(page.status).toBe(200);
    const body = PublicTransparencySchema.parse(await page.json());
    expect(body).toMatchObject({ systemName: 'Benefits chatbot', organizationName: 'Org A' });
    const text = JSON.stringify(body);
    expect(text).not.toContain('Secret conformity reference');
    expect(text).not.toMatch(/org_|ais_|usr_|tpr_/);

    for (const path of [
      `/api/v1/public/orgs/${org}/ai-systems/${hidden}/transparency`,
      `/api/v1/public/orgs/${f.b.org.id}/ai-systems/${published}/transparency`,
      `/api/v1/public/orgs/${org}/ai-systems/ais_unknown/transparency`,
    ]) {
      const res = await anon('GET', path);
      expect(res.status, path).toBe(404);
      expect(res.headers.get('content-type')).toContain('application/problem+json');
    }
    // Unpublishing takes the page down at once.
    await t.call('PUT', url, { token: f.tokens.manager, json: { published: false } });
    expect(
      (await anon('GET', `/api/v1/public/orgs/${org}/ai-systems/${published}/transparency`)).status,
    ).toBe(404);
  });
});

describe('concern routes', () => {
  it('takes an anonymous concern, a lead answers, and the reporter reads it with the code', async () => {
    const org = f.a.org.id;
    const form = await anon('GET', `/api/v1/public/orgs/${org}`);
    expect(form.status).toBe(200);
    const res = await anon('POST', `/api/v1/public/orgs/${org}/concerns`, {
      kind: 'adverse_impact',
      title: 'Refused without explanation',
      description: 'The system refused my application and nobody could say why.',
    });
    expect(res.status).toBe(201);
    const { followUpCode } = (await res.json()) as { followUpCode: string };

    const list = await t.call('GET', `/api/v1/orgs/${org}/concerns?status=received`, {
      token: f.tokens.viewer,
    });
    expect(list.status).toBe(200);
    const concern = ConcernSchema.parse(
      ((await list.json()) as { items: unknown[] }).items.find(
        (x) => (x as { title: string }).title === 'Refused without explanation',
      ),
    );
    const url = `/api/v1/orgs/${org}/concerns/${concern.id}`;
    expect(
      (await t.call('POST', `${url}/answer`, { token: f.tokens.contributor, json: { body: 'x' } })).status,
    ).toBe(403);
    const answered = await t.call('POST', `${url}/answer`, {
      token: f.tokens.manager,
      json: { body: 'We are reviewing the decision with a person.' },
    });
    expect(answered.status).toBe(200);

    const follow = await anon('GET', `/api/v1/public/concerns/${followUpCode}`);
    expect(follow.status).toBe(200);
    const view = PublicConcernSchema.parse(await follow.json());
    expect(view.status).toBe('in_review');
    expect(view.messages).toEqual([
      expect.objectContaining({ from: 'organization', body: 'We are reviewing the decision with a person.' }),
    ]);
    expect(JSON.stringify(view)).not.toMatch(/org_|cnc_|usr_|cnm_/);

    const added = await anon('POST', `/api/v1/public/concerns/${followUpCode}/messages`, {
      body: 'I can send the letter I received.',
    });
    expect(added.status).toBe(201);
    const triaged = await t.call('PATCH', url, {
      token: f.tokens.manager,
      json: { status: 'resolved', triageNote: 'Checked with the case team' },
    });
    expect(triaged.status).toBe(200);
    const converted = await t.call('POST', `${url}/convert`, {
      token: f.tokens.admin,
      json: { into: 'incident', severity: 'medium' },
    });
    expect(converted.status).toBe(200);
    expect(ConcernSchema.parse(await converted.json()).incidentId).toMatch(/^inc_/);
    const reporterView = PublicConcernSchema.parse(
      await (await anon('GET', `/api/v1/public/concerns/${followUpCode.toLowerCase()}`)).json(),
    );
    expect(reporterView.status).toBe('resolved');
    expect(JSON.stringify(reporterView)).not.toContain('case team');

    for (const code of ['AAAA-BBBB-CCCC-DDDD-EEEE-FFFF-GGGG-HHHH', 'not-a-code', 'x'.repeat(100)]) {
      const wrong = await anon('GET', `/api/v1/public/concerns/${code}`);
      expect(wrong.status, code).toBe(404);
      expect(wrong.headers.get('content-type')).toContain('application/problem+json');
    }
  });

  it('shows the reporter to leads only', async () => {
    const org = f.a.org.id;
    const res = await anon('POST', `/api/v1/public/orgs/${org}/concerns`, {
      title: 'Named report',
      description: 'About the chatbot',
      reporterName: 'Robin Example',
      reporterEmail: 'robin@example.com',
    });
    expect(res.status).toBe(201);
    const items = async (role: keyof typeof f.tokens) =>
      (
        (await (
          await t.call('GET', `/api/v1/orgs/${org}/concerns?q=Named`, { token: f.tokens[role] })
        ).json()) as {
          items: { reporterName: string | null; reporterEmail: string | null }[];
        }
      ).items;
    for (const role of ['owner', 'admin', 'manager'] as const)
      expect((await items(role))[0], role).toMatchObject({ reporterName: 'Robin Example' });
    for (const role of ['contributor', 'auditor', 'viewer'] as const) {
      const [c] = await items(role);
      expect(c, role).toMatchObject({ reporterName: null, reporterEmail: null });
    }
    const ledger = await t.call('GET', `/api/v1/orgs/${org}/ledger?limit=500`, { token: f.tokens.viewer });
    expect(await ledger.text()).not.toContain('Robin');
  });

  it('refuses bad input with 400/422, an unknown organization with 404, and a burst with 429', async () => {
    const org = f.a.org.id;
    expect((await anon('POST', `/api/v1/public/orgs/${org}/concerns`, { title: '' })).status).toBe(400);
    expect(
      (await anon('POST', `/api/v1/public/orgs/${org}/concerns`, { title: 't', description: 'd', extra: 1 }))
        .status,
    ).toBe(400);
    expect(
      (
        await anon('POST', `/api/v1/public/orgs/${org}/concerns`, {
          title: 't',
          description: 'd',
          aiSystemId: 'ais_x',
        })
      ).status,
    ).toBe(422);
    expect(
      (await anon('POST', '/api/v1/public/orgs/org_unknown/concerns', { title: 't', description: 'd' }))
        .status,
    ).toBe(404);
    const statuses: number[] = [];
    for (let i = 0; i <= MAX_CONCERN_WRITES_PER_ADDRESS; i++)
      statuses.push(
        (
          await anon(
            'POST',
            `/api/v1/public/orgs/${org}/concerns`,
            { title: `b${i}`, description: 'd' },
            '203.0.113.50',
          )
        ).status,
      );
    expect(statuses).toEqual([...Array(MAX_CONCERN_WRITES_PER_ADDRESS).fill(201), 429]);
    const last = await anon(
      'POST',
      `/api/v1/public/orgs/${org}/concerns`,
      { title: 'z', description: 'd' },
      '203.0.113.50',
    );
    expect(last.status).toBe(429);
    expect(last.headers.get('retry-after')).toBe('900');
  });
});
