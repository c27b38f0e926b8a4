import { createHmac } from 'node:crypto';
import type { Database } from '@openaims/db';
import { testDatabase } from '@openaims/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runJobRound } from '../jobs/job.runtime.ts';
import { acceptRisk, createRisk, updateRisk } from '../risks/risk.service.ts';
import { approveTreatment } from '../risks/risk-treatment.service.ts';
import { buildContext } from '../testing/factories.ts';
import { startWebhookReceiver } from '../testing/webhook-receiver.ts';
import { isPrivateAddress } from './address-policy.ts';
import {
  createWebhook,
  deleteWebhook,
  getWebhook,
  listWebhookDeliveries,
  listWebhooks,
  sendTestWebhook,
  updateWebhook,
} from './webhook.service.ts';

let database: Database;
beforeAll(async () => {
  database = await testDatabase();
});
afterAll(async () => {
  await database?.close();
});

/** Runs the job rounds an hour apart (past every backoff), without the reminder scan. */
async function rounds(n: number, from = Date.now()) {
  for (let i = 0; i < n; i++)
    await runJobRound({ db: database.db }, { now: new Date(from + i * 3_600_000), scan: false });
}

describe('webhooks (§7.4)', () => {
  it('refuses loopback, private, link-local and other non-public addresses', () => {
    for (const ip of [
      '127.0.0.1',
      '10.1.2.3',
      '172.20.0.1',
      '192.168.1.1',
      '169.254.169.254',
      '0.0.0.0',
      '100.64.0.1',
    ])
      expect(isPrivateAddress(ip), ip).toBe(true);
    for (const ip of ['::1', 'fe80::1', 'fd00::1', '::ffff:127.0.0.1', '::ffff:7f00:1', '::', 'ff02::1'])
      expect(isPrivateAddress(ip), ip).toBe(true);
    for (const ip of ['8.8.8.8', '1.1.1.1', '2606:4700:4700::1111', '::ffff:8.8.8.8'])
      expect(isPrivateAddress(ip), ip).toBe(false);
  });

  it('delivers a signed risk.accepted event; a receiver failing twice gets it on the third try, all logged', async () => {
    const receiver = await startWebhookReceiver([500, 503]);
    try {
      const admin = await buildContext(database.db, { role: 'admin' });
      const hook = await createWebhook(admin, {
        url: receiver.url,
        events: ['risk.accepted'],
        allowPrivate: true,
      });
      expect(hook.secret).toMatch(/^whsec_/);
      expect(await getWebhook(admin, hook.id)).not.toHaveProperty('secret');
      const r = await createRisk(admin, { title: 'Prompt injection', likelihood: 2, consequence: 2 });
      await updateRisk(admin, r.id, { treatmentOption: 'accept' });
      await approveTreatment(admin, r.id);
      await acceptRisk(admin, r.id);
      await rounds(3);
      expect(receiver.received.map((x) => x.answered)).toEqual([500, 503, 200]);
      const last = receiver.received[2]!;
      const sig = String(last.headers['x-openaims-signature']);
      const [, t, v1] = sig.match(/^t=(\d+),v1=([0-9a-f]{64})$/)!;
      expect(createHmac('sha256', hook.secret).update(`${t}.${last.body}`).digest('hex')).toBe(v1);
      expect(JSON.parse(last.body)).toMatchObject({
        event: 'risk.accepted',
        organizationId: admin.orgId,
        entity: { type: 'risk', id: r.id },
      });
      // One event id across the three attempts: receivers can drop repeats.
      expect(new Set(receiver.received.map((x) => JSON.parse(x.body).id)).size).toBe(1);
      const log = await listWebhookDeliveries(admin, hook.id, { limit: 10 });
      expect(log.items.map((d) => [d.attempt, d.ok, d.responseStatus])).toEqual([
        [3, true, 200],
        [2, false, 503],
        [1, false, 500],
      ]);
      await rounds(2, Date.now() + 10 * 3_600_000);
      expect(receiver.received).toHaveLength(3);
    } finally {
      await receiver.close();
    }
  });

  it('refuses 127.0.0.1 and localhost unless private targets are allowed', async () => {
    const receiver = await startWebhookReceiver();
    try {
      const admin = await buildContext(database.db, { role: 'owner' });
      await expect(
        createWebhook(admin, { url: receiver.url, events: ['risk.accepted'] }),
      ).rejects.toMatchObject({
        code: 'RULE_VIOLATION',
        errors: [{ path: 'url' }],
      });
      // A host name is checked when delivering, on every address it resolves to.
      const named = await createWebhook(admin, {
        url: `http://localhost:${receiver.port}/hook`,
        events: ['risk.accepted'],
      });
      await sendTestWebhook(admin, named.id);
      await rounds(1);
      expect(receiver.received).toHaveLength(0);
      const [d] = (await listWebhookDeliveries(admin, named.id, { limit: 1 })).items;
      expect(d).toMatchObject({ ok: false, responseStatus: null });
      expect(d!.error).toMatch(/loopback, private or link-local/);
      await updateWebhook(admin, named.id, { allowPrivate: true });
      await sendTestWebhook(admin, named.id);
      await rounds(1, Date.now() + 100 * 3_600_000);
      // The refused event's retry and the new one both arrive once the target is allowed.
      expect(receiver.received).toHaveLength(2);
      expect(receiver.received.map((r) => JSON.parse(r.body).event)).toEqual([
        'webhook.test',
        'webhook.test',
      ]);
      await expect(
        updateWebhook(admin, named.id, { url: 'http://169.254.169.254/x', allowPrivate: false }),
      ).rejects.toMatchObject({
        code: 'RULE_VIOLATION',
      });
    } finally {
      await receiver.close();
    }
  });

  it('keeps webhooks to administrators and to their organization', async () => {
    const admin = await buildContext(database.db, { role: 'admin' });
    const manager = await buildContext(database.db, { role: 'manager', orgId: admin.orgId });
    const other = await buildContext(database.db, { role: 'owner' });
    const hook = await createWebhook(admin, {
      url: 'https://example.com/hook',
      events: ['incident.created'],
    });
    await expect(listWebhooks(manager, { limit: 10 })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(getWebhook(other, hook.id)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(
      createWebhook(admin, { url: 'ftp://example.com/x', events: ['risk.accepted'] }),
    ).rejects.toBeTruthy();
    await deleteWebhook(admin, hook.id);
    expect((await listWebhooks(admin, { limit: 10 })).items).toHaveLength(0);
  });
});
