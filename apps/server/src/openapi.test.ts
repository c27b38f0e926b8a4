// The OpenAPI document lists exactly the registered routes, and malformed input to any of them never gets a 5xx.
import { describe, expect, it } from 'vitest';
import { bodyOperations, isDateSchema, sampleAt, sampleBody, setAt } from './testing/body-samples.ts';
import { FIXTURES, fillSamples } from './testing/fixtures.ts';
import { appWithTwoOrgsForFile } from './testing/suite.ts';

const { t, f } = appWithTwoOrgsForFile();

type Op = { requestBody?: unknown; parameters?: { name: string; in: string }[]; summary?: string };
const METHODS = ['get', 'post', 'put', 'patch', 'delete'] as const;

function operations(): { method: string; path: string; op: Op }[] {
  const doc = t.openapiDocument();
  const out: { method: string; path: string; op: Op }[] = [];
  for (const [path, item] of Object.entries(doc.paths ?? {})) {
    for (const m of METHODS) {
      const op = (item as Record<string, Op | undefined>)[m];
      if (op) out.push({ method: m.toUpperCase(), path, op });
    }
  }
  return out;
}

describe('OpenAPI document', () => {
  it('is served and lists exactly the registered routes', async () => {
    const res = await t.call('GET', '/api/v1/openapi.json');
    expect(res.status).toBe(200);
    const served = await res.json();
    expect(served.openapi).toBe('3.1.0');
    const documented = operations()
      .map((o) => `${o.method} ${o.path}`)
      .sort();
    const registered = t.routes.map((r) => `${r.method} ${r.path}`).sort();
    expect(documented).toEqual(registered);
    expect(Object.keys(served.paths).sort()).toEqual([...new Set(t.routes.map((r) => r.path))].sort());
  });

  it('gives every operation a summary and documents its errors', () => {
    for (const { method, path, op } of operations()) {
      expect(op.summary, `${method} ${path}`).toBeTruthy();
    }
  });

  it('serves interactive docs without inline scripts', async () => {
    const page = await (await t.call('GET', '/api/docs')).text();
    expect(page).toContain('/api/docs/assets/swagger-ui-bundle.js');
    expect(page).not.toMatch(/<script>[^<]/);
    expect((await t.call('GET', '/api/docs/assets/swagger-ui-bundle.js')).status).toBe(200);
  });
});

const BAD_IDS = [
  'x',
  '%00',
  'a'.repeat(1000),
  '..%2F..%2Fetc',
  '%F0%9F%92%A5',
  "1'%20or%20'1'='1",
  'ais_00000000000000000000000000',
];
const BAD_QUERIES = [
  'limit=-1',
  'limit=abc',
  'limit=1e12',
  'limit=501',
  'cursor=garbage',
  `cursor=${'A'.repeat(2000)}`,
  'sort=;drop',
  'sort=-',
  `q=${'%25'.repeat(300)}`,
  'q=%00',
  'archived=maybe',
  'stage=nowhere',
];
const BAD_BODIES: (string | undefined)[] = [
  undefined,
  '',
  'not json',
  '{',
  '[]',
  'null',
  '42',
  '"string"',
  '{}',
  JSON.stringify({ name: 42, purpose: [], role: { x: 1 }, email: 7, password: false }),
  JSON.stringify({ name: 'x'.repeat(100_000), purpose: 'x'.repeat(100_000) }),
  JSON.stringify({ name: null, lifecycleStage: 'nowhere', ownerId: 1 }),
  JSON.stringify({ __proto__: { admin: true }, constructor: { prototype: {} } }),
  JSON.stringify(JSON.parse(`${'{"a":'.repeat(500)}1${'}'.repeat(500)}`)),
];

async function fillPath(path: string, idValue?: string): Promise<string> {
  const route = t.routes.find((r) => r.path === path);
  let out = path.replace('{orgId}', f.a.org.id).replace('{code}', 'no-such-invitation-code');
  const m = /\{(id|memberId)\}/.exec(out);
  if (m)
    out = out.replace(m[0], idValue ?? (await FIXTURES[route?.resource ?? '']!(t.database, f.a.org.id, t)));
  return fillSamples(out);
}

describe('malformed input never gets a 5xx', () => {
  it('survives bad bodies, queries, ids and media types on every operation', async () => {
    const failures: string[] = [];
    const check = async (label: string, res: Response) => {
      if (res.status >= 500) failures.push(`${label}: ${res.status} ${await res.text()}`);
      else if (res.status >= 400 && !res.headers.get('content-type')?.includes('problem+json'))
        failures.push(`${label}: ${res.status} without problem+json`);
    };
    for (const { method, path, op } of operations()) {
      const token = f.tokens.owner;
      if (op.requestBody) {
        for (const body of BAD_BODIES) {
          const url = await fillPath(path);
          const res = await t.call(method, url, {
            token,
            body,
            headers: body === undefined ? {} : { 'content-type': 'application/json' },
          });
          await check(`${method} ${path} body ${String(body).slice(0, 40)}`, res);
        }
        const url = await fillPath(path);
        await check(
          `${method} ${path} text/plain`,
          await t.call(method, url, { token, body: '{}', headers: { 'content-type': 'text/plain' } }),
        );
      }
      if (method === 'GET') {
        for (const q of BAD_QUERIES)
          await check(
            `${method} ${path}?${q}`,
            await t.call(method, `${await fillPath(path)}?${q}`, { token }),
          );
      }
      if (/\{(id|memberId|code)\}/.test(path)) {
        for (const id of BAD_IDS) {
          const url = (await fillPath(path, id)).replace('no-such-invitation-code', id);
          await check(
            `${method} ${path} id ${id.slice(0, 20)}`,
            await t.call(method, url, {
              token,
              ...(method === 'GET' || method === 'DELETE' ? {} : { json: {} }),
            }),
          );
        }
      }
      if (method === 'PATCH') {
        for (const etag of ['garbage', '"abc"', '"99999999999"', 'W/""']) {
          const url = await fillPath(path);
          await check(
            `${method} ${path} If-Match ${etag}`,
            await t.call(method, url, { token, json: {}, headers: { 'if-match': etag } }),
          );
        }
      }
    }
    await check(
      'huge body',
      await t.call('POST', `/api/v1/orgs/${f.a.org.id}/ai-systems`, {
        token: f.tokens.owner,
        body: `{"name":"${'x'.repeat(2_000_000)}"}`,
        headers: { 'content-type': 'application/json' },
      }),
    );
    await check(
      'bad bearer',
      await t.call('GET', '/api/v1/me', { headers: { authorization: `Bearer ${'x'.repeat(5000)}` } }),
    );
    await check(
      'bad cookie',
      await t.call('GET', '/api/v1/me', { cookie: `aims_session=${'%'.repeat(500)}` }),
    );
    expect(failures).toEqual([]);
    // Every operation gets dozens of requests, and fixtures are created per path: the budget grows with the API.
  }, 600_000);

  it('answers 413 to a body over the limit and 415 to the wrong media type', async () => {
    const big = await t.call('POST', `/api/v1/orgs/${f.a.org.id}/ai-systems`, {
      token: f.tokens.owner,
      body: `{"name":"${'x'.repeat(2_000_000)}"}`,
      headers: { 'content-type': 'application/json' },
    });
    expect(big.status).toBe(413);
    const text = await t.call('POST', `/api/v1/orgs/${f.a.org.id}/ai-systems`, {
      token: f.tokens.owner,
      body: 'name=x',
      headers: { 'content-type': 'text/plain' },
    });
    expect(text.status).toBe(415);
  });
});

// Values that pass a shape check but not the database or the browser (issue 12): impossible calendar days,
// non-http URLs, hand-edited cursors and NUL characters outside JSON. Each must be refused with a 4xx.
describe('bad values inside well-formed requests get a 4xx', () => {
  const ownIds = new Map<string, string>();
  const idByName = (name: string) => (/Id$/.test(name) ? ownIds.get(name) : undefined);
  const anyBranch = (s: Record<string, unknown>, test: (x: Record<string, unknown>) => boolean): boolean =>
    test(s) || ((s.anyOf ?? s.oneOf ?? []) as Record<string, unknown>[]).some(test);

  async function sweep(pick: Parameters<typeof bodyOperations>[1], bad: string[]): Promise<string[]> {
    const { out, resolve } = bodyOperations(t.openapiDocument(), pick);
    ownIds.set('aiSystemId', await FIXTURES.ai_system!(t.database, f.a.org.id, t));
    ownIds.set('competenceId', await FIXTURES.competence!(t.database, f.a.org.id, t));
    ownIds.set('nonconformityId', await FIXTURES.nonconformity!(t.database, f.a.org.id, t));
    const failures: string[] = [];
    for (const { method, path, schema, fields } of out) {
      for (const field of fields) {
        for (const value of bad) {
          const body = (sampleBody(schema, resolve, idByName) ?? {}) as Record<string, unknown>;
          setAt(body, field, value, (at) => sampleAt(schema, resolve, at, idByName));
          const res = await t.call(method, await fillPath(path), { token: f.tokens.owner, json: body });
          if (res.status < 400 || res.status >= 500)
            failures.push(
              `${method} ${path} ${field.join('.')}=${value}: ${res.status} ${(await res.text()).slice(0, 120)}`,
            );
        }
      }
    }
    expect(out.length).toBeGreaterThan(0);
    return failures;
  }

  it('refuses impossible calendar days in every date field', async () => {
    const failures = await sweep(
      (_n, s) => anyBranch(s, isDateSchema),
      ['2025-02-30', '2026-04-31', '2025-02-29', '0000-01-01'],
    );
    expect(failures).toEqual([]);
  }, 600_000);

  it('refuses non-http schemes in every URL field', async () => {
    const failures = await sweep(
      (name, s) => /(url|link)$/i.test(name) && anyBranch(s, (x) => x.type === 'string'),
      ['javascript:alert(1)', 'data:text/html,<script>alert(1)</script>', 'file:///etc/passwd', 'vbscript:x'],
    );
    expect(failures).toEqual([]);
  }, 600_000);

  it('refuses hand-edited cursors on every list', async () => {
    const cursors = [
      { v: 'not a timestamp', id: 'x' },
      { v: { nested: true }, id: 'x' },
      { v: 1e308, id: 'x' },
      { v: 99999999999, id: 'x' },
      { v: 'a\u0000b', id: 'x' },
      { v: null, id: 'x\u0000' },
      { v: '2025-02-30', id: 'x' },
      { k: 42 },
      // The other cursor shapes (in-memory lists, a control's links, a metric's series), each with a NUL.
      { k: 'A.5.2\u0000' },
      ['risk', 'risk_\u0000'],
      { at: '2026-01-01T00:00:00Z', id: 'x\u0000' },
    ].map((c) => Buffer.from(JSON.stringify(c)).toString('base64url'));
    const failures: string[] = [];
    const doc = t.openapiDocument();
    for (const [path, item] of Object.entries(doc.paths ?? {})) {
      const op = (item as Record<string, Op | undefined>).get;
      if (!op?.parameters?.some((p) => p.name === 'cursor')) continue;
      for (const cursor of cursors) {
        for (const sort of ['', '&sort=-createdAt', '&sort=name']) {
          const res = await t.call('GET', `${await fillPath(path)}?cursor=${cursor}${sort}`, {
            token: f.tokens.owner,
          });
          if (res.status >= 500) failures.push(`GET ${path} cursor ${cursor}${sort}: ${res.status}`);
        }
      }
    }
    expect(failures).toEqual([]);
  }, 600_000);

  it('refuses NUL characters in multipart fields and raw import bodies', async () => {
    const org = `/api/v1/orgs/${f.a.org.id}`;
    const failures: string[] = [];
    const expect4xx = async (label: string, res: Response) => {
      if (res.status < 400 || res.status >= 500)
        failures.push(`${label}: ${res.status} ${(await res.text()).slice(0, 120)}`);
    };
    const pdf = new Blob([new TextEncoder().encode('%PDF-1.4\n%%EOF\n')], { type: 'application/pdf' });
    for (const [field, value] of [
      ['title', 'a\u0000b'],
      ['description', '\u0000'],
      ['evidenceDate', '2026-01-0\u0000'],
    ] as const) {
      const form = new FormData();
      form.set('file', pdf, 'proof.pdf');
      form.set('evidenceDate', '2026-01-01');
      form.set(field, value);
      await expect4xx(
        `multipart ${field}`,
        await t.call('POST', `${org}/evidence`, { token: f.tokens.owner, body: form }),
      );
    }
    const raw: [string, string, string][] = [
      ['imports/model-card', 'text/markdown', '---\nmodel_name: a\u0000b\nlicense: mit\n---\n# Card\n'],
      [
        'imports/cyclonedx',
        'application/json',
        JSON.stringify({
          bomFormat: 'CycloneDX',
          specVersion: '1.6',
          components: [{ type: 'machine-learning-model', name: 'm\u0000x', 'bom-ref': 'm1' }],
        }),
      ],
      ['imports/atlas', 'application/yaml', 'id: ATLAS\nname: "a\u0000b"\nmatrices: []\n'],
    ];
    for (const [path, type, body] of raw) {
      await expect4xx(
        path,
        await t.call('POST', `${org}/${path}`, {
          token: f.tokens.owner,
          body,
          headers: { 'content-type': type },
        }),
      );
    }
    expect(failures).toEqual([]);
  }, 600_000);
});

describe('security headers', () => {
  it('sends CSP, nosniff, frame denial and a request id on every answer', async () => {
    for (const path of ['/healthz', '/api/v1/setup', '/', '/api/v1/orgs']) {
      const res = await t.call('GET', path);
      expect(res.headers.get('content-security-policy'), path).toContain("frame-ancestors 'none'");
      expect(res.headers.get('content-security-policy'), path).toContain("script-src 'self'");
      expect(res.headers.get('x-content-type-options'), path).toBe('nosniff');
      expect(res.headers.get('x-frame-options'), path).toBe('DENY');
      expect(res.headers.get('x-request-id'), path).toBeTruthy();
    }
  });
});
