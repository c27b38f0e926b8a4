import { NotificationPageSchema, newId } from '@openaims/core';
import { tables } from '@openaims/db';
import { hashPassword, runJobRound } from '@openaims/services';
import { addMember, buildUser } from '@openaims/services/testing/factories';
import { startTestSmtp, type TestSmtp } from '@openaims/services/testing/smtp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { configuredMailer } from '../app.ts';
import { parseEnv } from '../env.ts';
import { appWithTwoOrgsForFile } from '../testing/suite.ts';
import { sessionFrom } from '../testing/test-app.ts';

let smtp: TestSmtp;
beforeAll(async () => {
  smtp = await startTestSmtp();
});
afterAll(async () => {
  await smtp?.close();
});
const mailSettings = () => ({
  AIMS_SMTP_URL: smtp.url,
  AIMS_SMTP_FROM: 'OpenAIMS <aims@example.test>',
  AIMS_PUBLIC_URL: 'http://aims.test',
});
const { t, f } = appWithTwoOrgsForFile(() => ({ env: mailSettings() }));

const org = (rest: string) => `/api/v1/orgs/${f.a.org.id}${rest}`;
const round = (now?: Date) =>
  runJobRound(
    { db: t.database.db, mailer: configuredMailer(parseEnv(mailSettings())), publicUrl: 'http://aims.test' },
    { now },
  );

describe('notification routes (§7.4)', () => {
  it('e-mails an invitation whose link works', async () => {
    const res = await t.call('POST', org('/invitations'), {
      token: f.tokens.owner,
      json: { email: 'new.colleague@example.test', role: 'contributor' },
    });
    expect(res.status).toBe(201);
    const inv = (await res.json()) as { acceptUrl: string; emailQueued: boolean };
    expect(inv.emailQueued).toBe(true);
    const before = smtp.received.length;
    await round();
    await smtp.waitFor(before + 1);
    const mail = smtp.received.at(-1)!;
    expect(mail.to).toEqual(['new.colleague@example.test']);
    const decoded = mail.raw.replace(/=\r?\n/g, '').replace(/=3D/g, '=');
    const link = decoded.match(/http:\/\/aims\.test\/invite\/([A-Za-z0-9_-]+)/);
    expect(link?.[0]).toBe(inv.acceptUrl);
    const code = link![1]!;
    expect((await t.call('GET', `/api/v1/invitations/${code}`)).status).toBe(200);
    const accepted = await t.call('POST', '/api/v1/invitations/accept', {
      json: { code, name: 'New Colleague', password: 'a long enough password' },
    });
    expect(accepted.status).toBe(200);
    expect(await accepted.json()).toMatchObject({ organizationId: f.a.org.id, createdUser: true });
  });

  it('shows a reminder in the bell and the page, marks it read, and keeps it to its person', async () => {
    const user = await buildUser(t.database.db, {
      passwordHash: await hashPassword('correct horse battery'),
    });
    await addMember(t.database.db, f.a.org.id, 'manager', user);
    const at = new Date();
    const docId = newId('document');
    await t.database.db.insert(tables.documents).values({
      id: docId,
      organizationId: f.a.org.id,
      title: 'Scope statement',
      type: 'scope',
      ownerId: user.id,
      status: 'approved',
      nextReviewDate: '2026-01-01',
      createdAt: at,
      updatedAt: at,
    });
    await round(new Date('2026-01-02T00:00:00Z'));
    const { cookie, csrf } = sessionFrom(
      await t.call('POST', '/api/v1/auth/login', {
        json: { email: user.email, password: 'correct horse battery' },
      }),
    );
    const page = NotificationPageSchema.parse(
      await (await t.call('GET', '/api/v1/me/notifications', { cookie })).json(),
    );
    expect(page.unreadCount).toBe(1);
    expect(page.items[0]).toMatchObject({ entityId: docId, link: `/orgs/${f.a.org.id}/documents/${docId}` });
    const id = page.items[0]!.id;
    expect(
      (
        await t.call('POST', `/api/v1/me/notifications/${id}/read`, {
          cookie,
          headers: { 'x-csrf-token': csrf },
        })
      ).status,
    ).toBe(204);
    expect(await (await t.call('GET', '/api/v1/me/notifications/unread-count', { cookie })).json()).toEqual({
      unreadCount: 0,
    });
    // Someone else's notification is not found; an API token has no notifications.
    const other = await buildUser(t.database.db, {
      passwordHash: await hashPassword('another horse battery'),
    });
    const s2 = sessionFrom(
      await t.call('POST', '/api/v1/auth/login', {
        json: { email: other.email, password: 'another horse battery' },
      }),
    );
    expect(
      (
        await t.call('POST', `/api/v1/me/notifications/${id}/read`, {
          cookie: s2.cookie,
          headers: { 'x-csrf-token': s2.csrf },
        })
      ).status,
    ).toBe(404);
    expect((await t.call('GET', '/api/v1/me/notifications', { token: f.tokens.owner })).status).toBe(403);
    // Preferences: one's own, per organization; another organization is not found.
    const put = await t.call('PUT', `/api/v1/me/notification-preferences/${f.a.org.id}`, {
      cookie,
      headers: { 'x-csrf-token': csrf },
      json: { items: [{ event: 'reminder.due', inApp: true, email: false }] },
    });
    expect(put.status).toBe(200);
    expect((await put.json()).items).toContainEqual({
      event: 'reminder.due',
      inApp: true,
      email: false,
      digest: false,
    });
    expect(
      (await t.call('GET', `/api/v1/me/notification-preferences/${f.b.org.id}`, { cookie })).status,
    ).toBe(404);
  });

  it('creates a webhook with its secret shown once, refuses a loopback URL unless allowed, and reports mail status', async () => {
    const refused = await t.call('POST', org('/webhooks'), {
      token: f.tokens.admin,
      json: { url: 'http://127.0.0.1:9/hook', events: ['risk.accepted'] },
    });
    expect(refused.status).toBe(422);
    const created = await t.call('POST', org('/webhooks'), {
      token: f.tokens.admin,
      json: { url: 'http://127.0.0.1:9/hook', events: ['risk.accepted'], allowPrivate: true },
    });
    expect(created.status).toBe(201);
    const hook = (await created.json()) as { id: string; secret: string };
    expect(hook.secret).toMatch(/^whsec_/);
    expect(created.headers.get('location')).toBe(`/api/v1/orgs/${f.a.org.id}/webhooks/${hook.id}`);
    const got = await (await t.call('GET', org(`/webhooks/${hook.id}`), { token: f.tokens.admin })).json();
    expect(got).not.toHaveProperty('secret');
    expect((await t.call('POST', org(`/webhooks/${hook.id}/test`), { token: f.tokens.admin })).status).toBe(
      202,
    );
    await round();
    const log = await (
      await t.call('GET', org(`/webhooks/${hook.id}/deliveries`), { token: f.tokens.admin })
    ).json();
    expect(log.items[0]).toMatchObject({ event: 'webhook.test', ok: false, attempt: 1 });
    expect((await t.call('GET', org('/webhooks'), { token: f.tokens.manager })).status).toBe(403);
    expect(await (await t.call('GET', org('/mail-status'), { token: f.tokens.admin })).json()).toMatchObject({
      configured: true,
      from: 'OpenAIMS <aims@example.test>',
    });
  });
});
