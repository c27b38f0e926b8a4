// Sign-in limits under attack (issue 12 items 2, 5, 8): the lock-out holds under concurrency, the address limit
// is keyed on the real client behind a trusted proxy and never locks out a known account's correct password,
// and unauthenticated writes from `Origin: null` are refused.
import { hashPassword, MAX_FAILURES_PER_ACCOUNT, MAX_FAILURES_PER_ADDRESS } from '@openaims/services';
import { buildUser } from '@openaims/services/testing/factories';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type TestApp, testApp } from '../testing/test-app.ts';

let t: TestApp;
let passwordHash: string;
const PASSWORD = 'correct horse battery';
beforeAll(async () => {
  t = await testApp({ env: { AIMS_TRUSTED_PROXIES: '10.0.0.0/8, ::1' } });
  passwordHash = await hashPassword(PASSWORD);
});
afterAll(async () => {
  await t?.close();
});

/** Signs in as if over a socket from `peer`, optionally through a proxy that sets X-Forwarded-For. */
function login(email: string, password: string, peer?: string, forwardedFor?: string, origin?: string) {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (forwardedFor) headers['x-forwarded-for'] = forwardedFor;
  if (origin) headers.origin = origin;
  const env = peer ? { incoming: { socket: { remoteAddress: peer, remoteFamily: 'IPv4' } } } : undefined;
  return Promise.resolve(
    t.app.request(
      'http://127.0.0.1/api/v1/auth/login',
      { method: 'POST', headers, body: JSON.stringify({ email, password }) },
      env,
    ),
  );
}

async function account() {
  return buildUser(t.database.db, { passwordHash });
}

describe('account lock-out', () => {
  it('checks at most the limit of 40 concurrent wrong passwords, then refuses the right one', async () => {
    const u = await account();
    const answers = await Promise.all(
      Array.from({ length: 40 }, () => login(u.email, 'wrong password!', '198.51.100.7')),
    );
    const statuses = answers.map((r) => r.status);
    // 401 means the password was checked (argon2); 429 means it was refused before.
    expect(statuses.filter((s) => s === 401).length).toBeLessThanOrEqual(MAX_FAILURES_PER_ACCOUNT);
    expect(statuses.filter((s) => s === 429).length).toBeGreaterThanOrEqual(40 - MAX_FAILURES_PER_ACCOUNT);
    expect(statuses.every((s) => s === 401 || s === 429)).toBe(true);
    expect((await login(u.email, PASSWORD, '198.51.100.7')).status).toBe(429);
  });

  it('counts the email case-insensitively', async () => {
    const u = await account();
    for (let i = 0; i < MAX_FAILURES_PER_ACCOUNT; i++)
      await login(i % 2 ? u.email.toUpperCase() : u.email, 'wrong password!');
    expect((await login(u.email, PASSWORD)).status).toBe(429);
  });
});

describe('address limit', () => {
  it('keys on the real client behind a trusted proxy and ignores X-Forwarded-For from anyone else', async () => {
    // An attacker behind the proxy burns the address limit for their own address only.
    for (let i = 0; i <= MAX_FAILURES_PER_ADDRESS; i++) {
      await login(`ghost${i}@example.test`, 'wrong password!', '10.0.0.2', '203.0.113.66');
    }
    const blocked = await login('ghost-next@example.test', 'wrong password!', '10.0.0.2', '203.0.113.66');
    expect(blocked.status).toBe(429);
    // Another client behind the same proxy is unaffected.
    const other = await account();
    expect((await login(other.email, PASSWORD, '10.0.0.2', '203.0.113.77')).status).toBe(200);
    // A spoofed header from an untrusted peer does not move the attacker to a fresh address.
    for (let i = 0; i <= MAX_FAILURES_PER_ADDRESS; i++) {
      await login(`spoof${i}@example.test`, 'wrong password!', '192.0.2.9', `198.18.0.${i}`);
    }
    expect(
      (await login('spoof-next@example.test', 'wrong password!', '192.0.2.9', '198.18.0.200')).status,
    ).toBe(429);
  });

  it('never locks a known account out with its correct password, but refuses unknown pairs', async () => {
    const known = await account();
    const fresh = await account();
    const office = '203.0.113.10';
    expect((await login(known.email, PASSWORD, '10.0.0.3', office)).status).toBe(200);
    // Someone in the same office (or anyone spoofing nothing: the proxy set the header) sprays wrong guesses.
    for (let i = 0; i <= MAX_FAILURES_PER_ADDRESS; i++) {
      await login(`spray${i}@example.test`, 'wrong password!', '10.0.0.3', office);
    }
    expect((await login(known.email, PASSWORD, '10.0.0.3', office)).status).toBe(200);
    expect((await login(fresh.email, 'wrong password!', '10.0.0.3', office)).status).toBe(429);
    expect((await login(fresh.email, PASSWORD, '10.0.0.3', office)).status).toBe(429);
  });
});

describe('cross-site sign-in', () => {
  it('refuses Origin: null (a sandboxed frame) on unauthenticated writes', async () => {
    const u = await account();
    expect((await login(u.email, PASSWORD, undefined, undefined, 'null')).status).toBe(403);
    expect((await login(u.email, PASSWORD, undefined, undefined, 'http://127.0.0.1')).status).toBe(200);
  });
});
