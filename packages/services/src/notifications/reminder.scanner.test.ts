import { newId, type ReminderKind } from '@openaims/core';
import type { Database } from '@openaims/db';
import { tables } from '@openaims/db';
import { testDatabase } from '@openaims/db/testing';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listJobs } from '../jobs/job.queue.ts';
import { runJobRound } from '../jobs/job.runtime.ts';
import { buildOrg } from '../testing/factories.ts';
import { startTestSmtp, type TestSmtp } from '../testing/smtp.ts';
import { createSmtpMailer } from './mailer.ts';
import { listMyNotifications, markAllNotificationsRead, setMyPreferences } from './notification.service.ts';
import { findDueItems, scanReminders, sentAlready } from './reminder.scanner.ts';

let database: Database;
let smtp: TestSmtp;
beforeAll(async () => {
  database = await testDatabase();
  smtp = await startTestSmtp();
});
afterAll(async () => {
  await smtp?.close();
  await database?.close();
});

async function documentDue(orgId: string, ownerId: string, nextReviewDate: string) {
  const at = new Date();
  const id = newId('document');
  await database.db.insert(tables.documents).values({
    id,
    organizationId: orgId,
    title: `AI policy ${id.slice(-4)}`,
    type: 'policy',
    ownerId,
    status: 'approved',
    nextReviewDate,
    createdAt: at,
    updatedAt: at,
  });
  return id;
}

describe('reminders (§7.5.2, §9.1)', () => {
  it('turns a passed document review date into one task, one notification and one e-mail, once', async () => {
    const { org, owner } = await buildOrg(database.db);
    const docId = await documentDue(org.id, owner.id, '2026-11-30');
    const rt = {
      db: database.db,
      mailer: createSmtpMailer({ url: smtp.url, from: 'OpenAIMS <aims@example.test>' }),
      publicUrl: 'https://aims.example.test',
    };
    const asOf = new Date('2026-12-02T08:00:00Z');
    const first = await runJobRound(rt, { now: asOf });
    expect(first.scan).toMatchObject({ tasks: 1, reminders: 1, emails: 1 });
    expect(first.jobs.done).toBeGreaterThanOrEqual(1);
    await smtp.waitFor(1);
    const mail = smtp.received.find((m) => m.to.includes(owner.email))!;
    expect(mail.raw).toContain('Document review due');
    expect(mail.raw).toContain('multipart/alternative');
    const decoded = mail.raw.replace(/=\r?\n/g, '').replace(/=3D/g, '=');
    expect(decoded).toContain(`https://aims.example.test/orgs/${org.id}/documents/${docId}`);

    const tasks = await database.db
      .select()
      .from(tables.tasks)
      .where(and(eq(tables.tasks.sourceType, 'document'), eq(tables.tasks.sourceId, docId)));
    expect(tasks).toHaveLength(1);
    expect(tasks[0]).toMatchObject({
      kind: 'review',
      dueDate: '2026-11-30',
      ownerId: owner.id,
      status: 'open',
    });
    const mine = await listMyNotifications(database.db, owner.id, { limit: 10 });
    expect(mine.unreadCount).toBe(1);
    expect(mine.items[0]).toMatchObject({ event: 'reminder.due', entityId: docId });

    // A second round, and a "restarted" runtime, send nothing more.
    const again = await runJobRound(rt, { now: asOf });
    const restarted = await runJobRound({ ...rt }, { now: new Date('2026-12-03T08:00:00Z') });
    expect(again.scan).toMatchObject({ tasks: 0, reminders: 0, emails: 0 });
    expect(restarted.scan).toMatchObject({ tasks: 0, reminders: 0, emails: 0 });
    const count = smtp.received.filter((m) => m.to.includes(owner.email)).length;
    expect(count).toBe(1);
    expect((await listMyNotifications(database.db, owner.id, { limit: 10 })).items).toHaveLength(1);
    await markAllNotificationsRead(database.db, owner.id);
    expect((await listMyNotifications(database.db, owner.id, { limit: 10 })).unreadCount).toBe(0);
  });

  it('waits until the lead time and honours a member who turned e-mail off', async () => {
    const { org, owner } = await buildOrg(database.db);
    await setMyPreferences(database.db, org.id, owner.id, [
      { event: 'reminder.due', inApp: true, email: false },
    ]);
    await documentDue(org.id, owner.id, '2027-03-01');
    const rt = { db: database.db, mailer: createSmtpMailer({ url: smtp.url, from: 'aims@example.test' }) };
    const early = await runJobRound(rt, { now: new Date('2027-01-01T00:00:00Z') });
    expect(early.scan?.reminders ?? 0).toBe(0);
    const due = await runJobRound(rt, { now: new Date('2027-02-20T00:00:00Z') });
    expect(due.scan).toMatchObject({ reminders: 1, emails: 0 });
    expect((await listMyNotifications(database.db, owner.id, { limit: 10 })).unreadCount).toBe(1);
  });

  it('announces a planned internal audit to its lead and a planned management review to its chair, once', async () => {
    const { org, owner } = await buildOrg(database.db);
    const at = new Date();
    await database.db.insert(tables.audits).values({
      id: newId('audit'),
      organizationId: org.id,
      title: 'Surveillance audit 2027',
      scope: {
        clauses: ['9.2'],
        controls: [],
        allApplicableControls: false,
        aiSystemIds: [],
        documentIds: [],
        processes: [],
      },
      stage: 'internal',
      year: 2027,
      plannedStart: '2027-05-10',
      leadId: owner.id,
      createdAt: at,
      updatedAt: at,
    });
    await database.db.insert(tables.managementReviews).values({
      id: newId('managementReview'),
      organizationId: org.id,
      title: 'Management review 2027',
      plannedDate: '2027-05-12',
      chairId: owner.id,
      createdAt: at,
      updatedAt: at,
    });
    const opts = {
      now: new Date('2027-05-01T00:00:00Z'),
      mailEnabled: false,
      kinds: ['audit_upcoming', 'management_review_due'] satisfies ReminderKind[],
    };
    expect(await scanReminders(database.db, opts)).toMatchObject({ reminders: 2 });
    expect(await scanReminders(database.db, opts)).toMatchObject({ reminders: 0 });
    const mine = await listMyNotifications(database.db, owner.id, { limit: 10 });
    const texts = JSON.stringify(mine.items);
    expect(texts).toContain('Surveillance audit 2027');
    expect(texts).toContain('Management review 2027');
  });

  it('retries an e-mail when the SMTP server is away, then delivers it', async () => {
    const { org, owner } = await buildOrg(database.db);
    await documentDue(org.id, owner.id, '2028-01-10');
    const away = {
      db: database.db,
      mailer: createSmtpMailer({ url: 'smtp://127.0.0.1:9', from: 'a@example.test' }),
    };
    const t0 = new Date('2028-01-05T00:00:00Z');
    const r1 = await runJobRound(away, { now: t0 });
    expect(r1.jobs.failed).toBe(1);
    const pending = (await listJobs(database.db, { status: 'pending' })).filter(
      (j) => j.organizationId === org.id,
    );
    expect(pending[0]).toMatchObject({ type: 'email.send', attempts: 1 });
    expect(pending[0]!.lastError).toBeTruthy();
    const before = smtp.received.length;
    const back = { db: database.db, mailer: createSmtpMailer({ url: smtp.url, from: 'a@example.test' }) };
    const r2 = await runJobRound(back, { now: new Date(t0.getTime() + 3_600_000) });
    expect(r2.jobs.done).toBeGreaterThanOrEqual(1);
    await smtp.waitFor(before + 1);
  });

  it("gathers the day's reminder e-mails into one daily digest for a member who chose it", async () => {
    const { org, owner } = await buildOrg(database.db);
    await setMyPreferences(database.db, org.id, owner.id, [
      { event: 'reminder.due', inApp: true, email: true, digest: true },
    ]);
    await documentDue(org.id, owner.id, '2029-03-01');
    await documentDue(org.id, owner.id, '2029-03-02');
    const rt = { db: database.db, mailer: createSmtpMailer({ url: smtp.url, from: 'a@example.test' }) };
    const before = smtp.received.length;
    const scan = await runJobRound(rt, { now: new Date('2029-02-27T09:00:00Z') });
    expect(scan.scan).toMatchObject({ reminders: 2 });
    const digests = (await listJobs(database.db, { status: 'pending' })).filter(
      (j) => j.organizationId === org.id && j.type === 'email.digest',
    );
    expect(digests).toHaveLength(1);
    expect(digests[0]!.runAt).toBe('2029-02-28T07:00:00.000Z');
    expect(smtp.received.length).toBe(before);
    await runJobRound(rt, { now: new Date('2029-02-28T07:00:00Z'), scan: false });
    await smtp.waitFor(before + 1);
    const mail = smtp.received.at(-1)!;
    expect(mail.to).toEqual([owner.email]);
    expect(mail.raw).toContain('2 reminders in');
    expect((mail.raw.match(/Document review due: AI policy/g) ?? []).length).toBeGreaterThanOrEqual(2);
  });

  it('cuts the first overdue and upcoming items in SQL exactly as sorting all of them would', async () => {
    const { org, owner } = await buildOrg(database.db);
    const today = '2031-06-15';
    // Two kinds, several items a day (the id decides among them), overdue and to come within the lead time.
    for (const day of [
      '2031-05-01',
      '2031-06-01',
      '2031-06-01',
      '2031-06-14',
      '2031-06-15',
      '2031-06-20',
      '2031-06-20',
    ])
      await documentDue(org.id, owner.id, day);
    const at = new Date();
    for (const dueDate of ['2031-06-01', '2031-06-01', '2031-06-15', '2031-06-16', '2031-07-20'])
      await database.db.insert(tables.tasks).values({
        id: newId('task'),
        organizationId: org.id,
        title: `Task due ${dueDate}`,
        ownerId: owner.id,
        dueDate,
        createdAt: at,
        updatedAt: at,
      });
    const all = await findDueItems(database.db, org.id, today);
    expect(all.overdue.length).toBeGreaterThan(3);
    expect(all.upcoming.length).toBeGreaterThan(3);
    expect(all.overdue.every((d) => d.dueDate < today)).toBe(true);
    expect(all.upcoming.every((d) => d.dueDate >= today)).toBe(true);
    for (const limit of [1, 2, 3, 5, 20]) {
      const cut = await findDueItems(database.db, org.id, today, { limit });
      expect(cut.overdue).toEqual(all.overdue.slice(0, limit));
      expect(cut.upcoming).toEqual(all.upcoming.slice(0, limit));
    }
  });

  it('knows what is sent already however many items fall due: more than one statement may name', async () => {
    const { org, owner } = await buildOrg(database.db);
    await documentDue(org.id, owner.id, '2026-10-01');
    const asOf = new Date('2026-10-02T08:00:00Z');
    await scanReminders(database.db, { now: asOf, mailEnabled: false, kinds: ['document_review'] });
    const [sent] = (await findDueItems(database.db, org.id, '2026-10-02')).overdue;
    expect(sent).toBeDefined();
    // Past PostgreSQL's 65,535 parameters a statement, with the sent item among the last.
    const many = Array.from({ length: 70_000 }, (_, i) => ({ ...sent!, entityId: `doc_unsent_${i}` }));
    // The same record due on another date, or in another organization, is not the sent one.
    const alike = [
      { ...sent!, dueDate: '2026-11-01' },
      { ...sent!, orgId: (await buildOrg(database.db)).org.id },
    ];
    const seen = await sentAlready(database.db, [...many, ...alike, sent!]);
    expect([...seen]).toEqual([`document_review:${sent!.entityId}:2026-10-01`]);
    expect(await sentAlready(database.db, alike)).toEqual(new Set());
  });
});
