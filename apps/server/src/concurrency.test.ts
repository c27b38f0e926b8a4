// The concurrency sweep (issue 12): invariants that must hold when requests race — the last owner, the sign-in
// lock-out, one-per-item rows and single approvals. On PostgreSQL (the `postgres` project, which CI runs) the
// requests alternate between two app instances, each with its own connection pool on the same database, as two
// server processes would; the races are real there. On PGlite (one connection) they run through one app.
import { openDatabase } from '@openaims/db';
import { testEngine } from '@openaims/db/testing';
import { createAiSystem, hashPassword, MAX_FAILURES_PER_ACCOUNT, submitSoa } from '@openaims/services';
import {
  addMember,
  buildOrg,
  buildToken,
  buildUser,
  decideRemainingSoa,
} from '@openaims/services/testing/factories';
import { sql } from 'drizzle-orm';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type BuiltApp, createApp } from './app.ts';
import { parseEnv } from './env.ts';
import { type TestApp, testApp } from './testing/test-app.ts';

let t: TestApp;
const apps: BuiltApp[] = [];
let closeSecond: (() => Promise<void>) | undefined;

beforeAll(async () => {
  t = await testApp();
  apps.push(t);
  if (testEngine() === 'postgres' && process.env.DATABASE_URL) {
    // A second instance on the same database with its own pool, like a second server process.
    const result = (await t.database.db.execute(sql`select current_database() as name`)) as unknown as
      | { rows: { name: string }[] }
      | { name: string }[];
    const name = Array.isArray(result) ? result[0]!.name : result.rows[0]!.name;
    const url = new URL(process.env.DATABASE_URL);
    url.pathname = `/${name}`;
    const database = await openDatabase({ engine: 'postgres', url: url.toString(), poolSize: 4 });
    apps.push(
      createApp({
        database,
        env: parseEnv({ AIMS_LOG_LEVEL: 'silent' }),
        log: pino({ level: 'silent' }),
        blobs: t.blobs,
      }),
    );
    closeSecond = () => database.close();
  }
});
afterAll(async () => {
  await closeSecond?.();
  await t?.close();
});

/** Sends a request through instance `i` (alternating between instances when there are two). */
function call(i: number, method: string, path: string, opts: { token?: string; json?: unknown } = {}) {
  const headers: Record<string, string> = {};
  if (opts.json !== undefined) headers['content-type'] = 'application/json';
  if (opts.token) headers.authorization = `Bearer ${opts.token}`;
  const app = apps[i % apps.length]!.app;
  return Promise.resolve(
    app.request(`http://127.0.0.1${path}`, {
      method,
      headers,
      body: opts.json === undefined ? undefined : JSON.stringify(opts.json),
    }),
  );
}

async function ownerCount(orgId: string): Promise<number> {
  const res = await call(0, 'GET', `/api/v1/orgs/${orgId}/members?limit=500`, {
    token: await buildToken(t.database.db, orgId, 'viewer'),
  });
  const page = (await res.json()) as { items: { role: string }[] };
  return page.items.filter((m) => m.role === 'owner').length;
}

/**
 * A fresh organization with an owner's API token, and a service context acting as the system in it: the races
 * go through HTTP, their set-up through services directly.
 */
async function ownedOrg() {
  const { org } = await buildOrg(t.database.db);
  const token = await buildToken(t.database.db, org.id, 'owner');
  const ctx = {
    db: t.database.db,
    orgId: org.id,
    role: 'owner' as const,
    actor: { type: 'system' as const, id: null },
  };
  return { org, token, ctx };
}

describe('concurrency sweep', () => {
  it('keeps at least one owner when the last two are demoted or removed at the same time', async () => {
    for (let round = 0; round < 5; round++) {
      for (const method of ['PATCH', 'DELETE'] as const) {
        const { org, owner } = await buildOrg(t.database.db);
        const second = await addMember(t.database.db, org.id, 'owner');
        const token = await buildToken(t.database.db, org.id, 'owner');
        const list = (await (
          await call(0, 'GET', `/api/v1/orgs/${org.id}/members?limit=500`, { token })
        ).json()) as { items: { id: string; userId: string }[] };
        const ids = [list.items.find((m) => m.userId === owner.id)!.id, second.memberId];
        const answers = await Promise.all(
          ids.map((id, i) =>
            call(i, method, `/api/v1/orgs/${org.id}/members/${id}`, {
              token,
              ...(method === 'PATCH' ? { json: { role: 'admin' } } : {}),
            }),
          ),
        );
        const statuses = answers.map((r) => r.status).sort();
        expect(statuses, `${method} round ${round}`).toEqual(method === 'PATCH' ? [200, 422] : [204, 422]);
        expect(await ownerCount(org.id)).toBe(1);
      }
    }
  });

  it('checks at most the lock-out limit of 40 concurrent wrong passwords', async () => {
    const user = await buildUser(t.database.db, {
      passwordHash: await hashPassword('correct horse battery'),
    });
    const answers = await Promise.all(
      Array.from({ length: 40 }, (_, i) =>
        call(i, 'POST', '/api/v1/auth/login', { json: { email: user.email, password: 'wrong password!' } }),
      ),
    );
    const statuses = answers.map((r) => r.status);
    expect(statuses.filter((s) => s === 401).length).toBeLessThanOrEqual(MAX_FAILURES_PER_ACCOUNT);
    expect(statuses.every((s) => s === 401 || s === 429)).toBe(true);
  });

  it('creates one SoA entry per control when the first edits of a new organization race', async () => {
    const { org } = await buildOrg(t.database.db);
    const token = await buildToken(t.database.db, org.id, 'owner');
    const refs = ['A.2.2', 'A.2.3', 'A.2.4', 'A.3.2', 'A.2.2', 'A.2.3'];
    const answers = await Promise.all(
      refs.map((ref, i) =>
        call(i, 'PATCH', `/api/v1/orgs/${org.id}/soa/${ref}`, {
          token,
          json: { implementationStatus: 'planned' },
        }),
      ),
    );
    for (const r of answers) expect(r.status, await r.clone().text()).toBeLessThan(500);
    const list = (await (await call(0, 'GET', `/api/v1/orgs/${org.id}/soa?limit=500`, { token })).json()) as {
      items: { controlRef: string }[];
    };
    expect(list.items).toHaveLength(38);
    expect(new Set(list.items.map((e) => e.controlRef)).size).toBe(38);
  });

  it('numbers concurrent SoA submissions and impact assessments without gaps or duplicates', async () => {
    const { org, token, ctx } = await ownedOrg();
    const sys = await createAiSystem(ctx, { name: 'Raced system', purpose: 'concurrency' });
    const [soa, impacts] = await Promise.all([
      Promise.all(
        Array.from({ length: 6 }, (_, i) =>
          call(i, 'POST', `/api/v1/orgs/${org.id}/soa-versions`, { token, json: { note: `v${i}` } }),
        ),
      ),
      Promise.all(
        Array.from({ length: 6 }, (_, i) =>
          call(i + 1, 'POST', `/api/v1/orgs/${org.id}/impact-assessments`, {
            token,
            json: { aiSystemId: sys.id, title: `Assessment ${i}` },
          }),
        ),
      ),
    ]);
    for (const [label, answers] of [
      ['soa', soa],
      ['impact', impacts],
    ] as const) {
      const ok = answers.filter((r) => r.status < 300);
      for (const r of answers) expect(r.status, `${label}: ${await r.clone().text()}`).toBeLessThan(500);
      const numbers = await Promise.all(ok.map(async (r) => ((await r.json()) as { number: number }).number));
      expect(new Set(numbers).size, label).toBe(numbers.length);
    }
  });

  it('approves a submitted SoA version once when approvals race', async () => {
    const { org, token, ctx } = await ownedOrg();
    await decideRemainingSoa(t.database.db, org.id);
    const version = await submitSoa(ctx, {});
    const answers = await Promise.all(
      Array.from({ length: 6 }, (_, i) =>
        call(i, 'POST', `/api/v1/orgs/${org.id}/soa-versions/${version.id}/approve`, { token }),
      ),
    );
    const statuses = answers.map((r) => r.status);
    expect(statuses.filter((s) => s === 200)).toHaveLength(1);
    expect(statuses.every((s) => s === 200 || (s >= 400 && s < 500))).toBe(true);
    const ledger = (await (
      await call(0, 'GET', `/api/v1/orgs/${org.id}/ledger?limit=500`, { token })
    ).json()) as { items: { action: string }[] };
    expect(ledger.items.filter((e) => e.action === 'soa.approved')).toHaveLength(1);
  });
});
