// Password reset by e-mail against a real SMTP server on loopback: the link works once, expires, and signs the
// user out everywhere; unknown emails are answered alike with no message.
import { newId } from '@openaims/core';
import { tables } from '@openaims/db';
import { hashPassword, PASSWORD_RESET_ACCEPTED, runJobRound, sha256Hex } from '@openaims/services';
import { buildUser } from '@openaims/services/testing/factories';
import { startTestSmtp, type TestSmtp } from '@openaims/services/testing/smtp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { configuredMailer } from '../app.ts';
import { parseEnv } from '../env.ts';
import { sessionFrom, type TestApp, testApp } from '../testing/test-app.ts';

const ENV = {
  AIMS_SMTP_URL: '',
  AIMS_SMTP_FROM: 'OpenAIMS <aims@example.test>',
  AIMS_PUBLIC_URL: 'http://aims.test',
};
let t: TestApp;
let smtp: TestSmtp;
let env: ReturnType<typeof parseEnv>;
beforeAll(async () => {
  smtp = await startTestSmtp();
  ENV.AIMS_SMTP_URL = smtp.url;
  env = parseEnv(ENV);
  t = await testApp({ env: ENV });
});
afterAll(async () => {
  await t?.close();
  await smtp?.close();
});

const round = () =>
  runJobRound({ db: t.database.db, mailer: configuredMailer(env), publicUrl: 'http://aims.test' });
const OLD = 'the old password 123';
const NEW = 'a brand new password 456';
const login = (email: string, password: string) =>
  t.call('POST', '/api/v1/auth/login', { json: { email, password } });
const request = (email: string, headers: Record<string, string> = {}) =>
  t.call('POST', '/api/v1/auth/password-reset', { json: { email }, headers });
const reset = (token: string, password: string) =>
  t.call('POST', `/api/v1/auth/password-reset/${token}`, { json: { password } });

/** Sends the queued e-mails and returns the token in the newest one to `to`. */
async function mailedToken(to: string): Promise<{ token: string; raw: string }> {
  const before = smtp.received.length;
  await round();
  await smtp.waitFor(before + 1);
  const mail = smtp.received.at(-1)!;
  expect(mail.to).toEqual([to]);
  const decoded = mail.raw.replace(/=\r?\n/g, '').replace(/=3D/g, '=');
  const m = decoded.match(/http:\/\/aims\.test\/reset-password\/([A-Za-z0-9_-]+)/);
  expect(m, decoded).toBeTruthy();
  return { token: m![1]!, raw: decoded };
}

describe('password reset by e-mail', () => {
  it('mails a working link that works once and ends the old sessions', async () => {
    const user = await buildUser(t.database.db, { passwordHash: await hashPassword(OLD) });
    const old = sessionFrom(await login(user.email, OLD));
    expect((await t.call('GET', '/api/v1/me', { cookie: old.cookie })).status).toBe(200);

    const res = await request(user.email.toUpperCase());
    expect(res.status).toBe(202);
    expect(await res.json()).toEqual({ message: PASSWORD_RESET_ACCEPTED });
    const { token, raw } = await mailedToken(user.email);
    expect(raw).toContain('Content-Type: text/plain');
    expect(raw).toContain('Content-Type: text/html');
    // Only the hash is stored.
    const [row] = await t.database.db.select().from(tables.passwordResets);
    expect(row?.tokenHash).toBe(sha256Hex(token));
    expect(JSON.stringify(row)).not.toContain(token);

    expect((await reset(token, 'short')).status).toBe(400);
    expect((await reset(token, NEW)).status).toBe(204);
    // The old session is gone, the old password too; the new one signs in.
    expect((await t.call('GET', '/api/v1/me', { cookie: old.cookie })).status).toBe(401);
    expect((await login(user.email, OLD)).status).toBe(401);
    expect((await login(user.email, NEW)).status).toBe(200);
    // Single use.
    const again = await reset(token, 'yet another password 789');
    expect(again.status).toBe(422);
    expect(((await again.json()) as { detail: string }).detail).toMatch(/unknown, already used or expired/);
  });

  it('answers an unknown email alike and sends nothing', async () => {
    await round();
    const before = smtp.received.length;
    const res = await request('nobody-here@example.test');
    expect(res.status).toBe(202);
    expect(await res.json()).toEqual({ message: PASSWORD_RESET_ACCEPTED });
    await round();
    await new Promise((r) => setTimeout(r, 200));
    expect(smtp.received.length).toBe(before);
  });

  it('refuses an expired or unknown token', async () => {
    const user = await buildUser(t.database.db, { passwordHash: await hashPassword(OLD) });
    const token = 'expired-token-0123456789abcdef';
    const at = new Date(Date.now() - 2 * 3600_000);
    await t.database.db.insert(tables.passwordResets).values({
      id: newId('passwordReset'),
      userId: user.id,
      tokenHash: sha256Hex(token),
      createdAt: at,
      expiresAt: new Date(at.getTime() + 3600_000),
      usedAt: null,
    });
    expect((await reset(token, NEW)).status).toBe(422);
    expect((await reset('never-issued-0123456789abcdef', NEW)).status).toBe(422);
    expect((await login(user.email, OLD)).status).toBe(200);
  });

  it('tells a single-sign-on-only account it has no password here', async () => {
    const user = await buildUser(t.database.db);
    await t.database.db.insert(tables.identities).values({
      id: newId('identity'),
      userId: user.id,
      issuer: 'https://idp.example.test',
      subject: `sub-${user.id}`,
      createdAt: new Date(),
    });
    expect((await request(user.email)).status).toBe(202);
    const before = smtp.received.length;
    await round();
    await smtp.waitFor(before + 1);
    const mail = smtp.received.at(-1)!;
    expect(mail.to).toEqual([user.email]);
    expect(mail.raw).toMatch(/single sign-on/);
    expect(mail.raw).not.toMatch(/reset-password\//);
  });

  it('limits requests per email, whether or not the account exists, and refuses a foreign Origin', async () => {
    const email = 'limited@example.test';
    for (let i = 0; i < 3; i++) expect((await request(email)).status).toBe(202);
    const res = await request(email);
    expect(res.status).toBe(429);
    expect(res.headers.get('retry-after')).toBe('900');
    expect((await request('other@example.test', { origin: 'https://evil.example' })).status).toBe(403);
  });
});
