// OIDC sign-in against a real OpenID provider (oidc-provider) on loopback, driven through its dev login and
// consent forms; the app runs in-process on a fresh database.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tables } from '@openaims/db';
import { discoverOidc, insertUser } from '@openaims/services';
import { eq } from 'drizzle-orm';
// @ts-expect-error -- oidc-provider ships no type declarations
import Provider from 'oidc-provider';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sessionFrom, type TestApp, testApp } from '../testing/test-app.ts';
import type { OidcClient } from './oidc.routes.ts';

const CALLBACK = 'http://127.0.0.1/api/v1/auth/oidc/callback';

/** Cookies of one browser at the provider. */
class Jar {
  private readonly values = new Map<string, string>();
  take(res: Response): void {
    for (const line of res.headers.getSetCookie()) {
      const [pair = '', ...attrs] = line.split(';');
      const i = pair.indexOf('=');
      const name = pair.slice(0, i).trim();
      const value = pair.slice(i + 1).trim();
      const expired = attrs.some(
        (a) => /^\s*expires=Thu, 01 Jan 1970/i.test(a) || /^\s*max-age=0\b/i.test(a),
      );
      if (!value || expired) this.values.delete(name);
      else this.values.set(name, value);
    }
  }
  header(): string {
    return [...this.values].map(([k, v]) => `${k}=${v}`).join('; ');
  }
}

/** Follows the provider's redirects and submits its dev login and consent forms until it redirects to the app. */
async function authorizeAtProvider(authorizationUrl: string, login: string, jar = new Jar()): Promise<URL> {
  let res = await fetch(authorizationUrl, { redirect: 'manual', headers: { cookie: jar.header() } });
  for (let step = 0; step < 20; step++) {
    jar.take(res);
    if (res.status >= 300 && res.status < 400) {
      const next = new URL(res.headers.get('location') ?? '', res.url || authorizationUrl);
      if (next.href.startsWith(CALLBACK)) return next;
      res = await fetch(next, { redirect: 'manual', headers: { cookie: jar.header() } });
      continue;
    }
    const html = await res.text();
    const action = /<form[^>]*action="([^"]+)"/.exec(html)?.[1];
    const prompt = /name="prompt" value="([^"]+)"/.exec(html)?.[1];
    if (res.status !== 200 || !action || !prompt)
      throw new Error(`Unexpected provider page (${res.status}): ${html.slice(0, 300)}`);
    const body = new URLSearchParams({ prompt });
    if (prompt === 'login') {
      body.set('login', login);
      body.set('password', 'anything');
    }
    res = await fetch(new URL(action, res.url), {
      method: 'POST',
      redirect: 'manual',
      headers: { cookie: jar.header(), 'content-type': 'application/x-www-form-urlencoded' },
      body,
    });
  }
  throw new Error('The provider did not redirect back to the app.');
}

describe('OIDC sign-in', () => {
  let server: Server;
  let oidc: OidcClient;
  let t: TestApp;

  beforeAll(async () => {
    let handle: (req: import('node:http').IncomingMessage, res: import('node:http').ServerResponse) => void =
      (_q, r) => r.end();
    server = createServer((req, res) => handle(req, res));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    const provider = new Provider(issuer, {
      clients: [
        {
          client_id: 'openaims',
          client_secret: 'a-test-client-secret-long-enough',
          redirect_uris: [CALLBACK],
          grant_types: ['authorization_code'],
          response_types: ['code'],
        },
      ],
      cookies: { keys: ['a-test-cookie-key'] },
      ttl: {
        AccessToken: 600,
        AuthorizationCode: 60,
        Grant: 600,
        IdToken: 600,
        Interaction: 600,
        Session: 600,
      },
      claims: { openid: ['sub'], email: ['email', 'email_verified'], profile: ['name'] },
      findAccount: (_ctx: unknown, id: string) => ({
        accountId: id,
        claims: async () => ({
          sub: id,
          email: `${id}@example.com`,
          email_verified: !id.startsWith('unverified'),
          name: `Person ${id}`,
        }),
      }),
      features: { devInteractions: { enabled: true } },
    });
    handle = provider.callback();
    const config = await discoverOidc({
      issuer,
      clientId: 'openaims',
      clientSecret: 'a-test-client-secret-long-enough',
      allowInsecure: true,
    });
    oidc = { config, scopes: 'openid email profile', secret: 'a-test-server-secret-of-32-characters!' };
    t = await testApp({ oidc });
  });

  afterAll(async () => {
    await t?.close();
    await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
  });

  /** Runs the login redirect and the provider; returns the provider's redirect to the callback and the cookie. */
  async function startSignIn(
    login: string,
    returnTo?: string,
  ): Promise<{ callback: URL; cookie: string; location: URL }> {
    const res = await t.call(
      'GET',
      `/api/v1/auth/oidc/login${returnTo ? `?returnTo=${encodeURIComponent(returnTo)}` : ''}`,
    );
    expect(res.status).toBe(302);
    const location = new URL(res.headers.get('location')!);
    const cookie = res.headers.getSetCookie().find((c) => c.startsWith('aims_oidc='))!;
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);
    return {
      callback: await authorizeAtProvider(location.href, login),
      cookie: cookie.split(';')[0]!,
      location,
    };
  }

  async function signIn(login: string, returnTo?: string): Promise<Response> {
    const { callback, cookie } = await startSignIn(login, returnTo);
    return t.call('GET', `${callback.pathname}${callback.search}`, { cookie });
  }

  it('reports OIDC in the set-up status', async () => {
    const res = await t.call('GET', '/api/v1/setup');
    expect(await res.json()).toMatchObject({ oidc: true });
  });

  it('refuses single sign-on until first set-up is done', async () => {
    const before = await t.call('GET', '/api/v1/auth/oidc/login');
    expect(before.status).toBe(409);
    const setup = await t.call('POST', '/api/v1/setup', {
      json: {
        organizationName: 'Acme',
        name: 'Owner',
        email: 'owner@example.test',
        password: 'owner password 123',
      },
    });
    expect(setup.status).toBe(201);
  });

  it('redirects to the provider with PKCE S256, state and nonce', async () => {
    const res = await t.call('GET', '/api/v1/auth/oidc/login');
    const url = new URL(res.headers.get('location')!);
    expect(url.pathname).toBe('/auth');
    expect(url.searchParams.get('code_challenge_method')).toBe('S256');
    expect(url.searchParams.get('code_challenge')).toBeTruthy();
    expect(url.searchParams.get('state')).toBeTruthy();
    expect(url.searchParams.get('nonce')).toBeTruthy();
    expect(url.searchParams.get('redirect_uri')).toBe(CALLBACK);
  });

  it('signs in, creates the user once, and reuses it on the next sign-in', async () => {
    const first = await signIn('ada');
    expect(first.status).toBe(302);
    expect(first.headers.get('location')).toBe('/');
    const me = await t.call('GET', '/api/v1/me', { cookie: sessionFrom(first).cookie });
    expect(me.status).toBe(200);
    const body = (await me.json()) as { user: { id: string; email: string; name: string } };
    expect(body.user).toMatchObject({ email: 'ada@example.com', name: 'Person ada' });

    const second = await signIn('ada', '/orgs?tab=1');
    expect(second.status).toBe(302);
    expect(second.headers.get('location')).toBe('/orgs?tab=1');
    const again = (await (
      await t.call('GET', '/api/v1/me', { cookie: sessionFrom(second).cookie })
    ).json()) as typeof body;
    expect(again.user.id).toBe(body.user.id);
    const rows = await t.database.db.select().from(tables.users);
    expect(rows.filter((u) => u.email === 'ada@example.com')).toHaveLength(1);
    const ids = await t.database.db.select().from(tables.identities);
    expect(ids.filter((i) => i.userId === body.user.id)).toHaveLength(1);
  });

  it('links an existing account by verified email, but not by an unverified one', async () => {
    const db = t.database.db;
    const grace = await insertUser(db, {
      email: 'grace@example.com',
      name: 'Grace',
      password: 'a long enough password',
    });
    const res = await signIn('grace');
    expect(res.status).toBe(302);
    const me = (await (await t.call('GET', '/api/v1/me', { cookie: sessionFrom(res).cookie })).json()) as {
      user: { id: string };
    };
    expect(me.user.id).toBe(grace.id);

    await insertUser(db, {
      email: 'unverified-carol@example.com',
      name: 'Carol',
      password: 'a long enough password',
    });
    expect((await signIn('unverified-carol')).status).toBe(409);
  });

  it('ignores a returnTo that leaves the site', async () => {
    const res = await signIn('ada', '//evil.example/x');
    expect(res.headers.get('location')).toBe('/');
  });

  it('refuses a tampered state or cookie with 400', async () => {
    const { callback, cookie } = await startSignIn('ada');
    const tampered = new URL(callback);
    tampered.searchParams.set('state', 'not-the-state');
    const res = await t.call('GET', `${tampered.pathname}${tampered.search}`, { cookie });
    expect(res.status).toBe(400);
    expect(res.headers.get('content-type')).toContain('application/problem+json');

    const badCookie = `${cookie.slice(0, -4)}AAAA`;
    expect(
      (await t.call('GET', `${callback.pathname}${callback.search}`, { cookie: badCookie })).status,
    ).toBe(400);
    expect((await t.call('GET', `${callback.pathname}${callback.search}`)).status).toBe(400);
  });

  it('refuses a disabled user with 401', async () => {
    const { callback, cookie } = await startSignIn('ada');
    await t.database.db
      .update(tables.users)
      .set({ disabledAt: new Date() })
      .where(eq(tables.users.email, 'ada@example.com'));
    const res = await t.call('GET', `${callback.pathname}${callback.search}`, { cookie });
    expect(res.status).toBe(401);
  });

  it('documents both routes in OpenAPI', () => {
    const doc = t.openapiDocument();
    expect(doc.paths?.['/api/v1/auth/oidc/login']?.get?.responses?.['302']).toBeTruthy();
    expect(doc.paths?.['/api/v1/auth/oidc/callback']?.get?.responses?.['302']).toBeTruthy();
    // With OIDC on, the document still lists exactly the route table.
    const documented = Object.entries(doc.paths ?? {}).flatMap(([path, item]) =>
      Object.keys(item as object).map((m) => `${m.toUpperCase()} ${path}`),
    );
    expect(documented.sort()).toEqual(t.routes.map((r) => `${r.method} ${r.path}`).sort());
  });
});

describe('without OIDC configured', () => {
  it('has no OIDC routes', async () => {
    const t = await testApp();
    try {
      expect((await t.call('GET', '/api/v1/auth/oidc/login')).status).toBe(404);
      expect((await t.call('GET', '/api/v1/setup')).headers.get('content-type')).toContain('json');
      expect(await (await t.call('GET', '/api/v1/setup')).json()).toMatchObject({ oidc: false });
    } finally {
      await t.close();
    }
  });
});
