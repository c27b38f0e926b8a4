import { startTestSmtp, type TestSmtp } from '@openaims/services/testing/smtp';
import { startWebhookReceiver } from '@openaims/services/testing/webhook-receiver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useCli } from '../testing/cli-fixture.ts';
import { jsonOf } from '../testing/cli-harness.ts';

interface RunOutput {
  scan: { reminders: number; tasks: number; emails: number };
  jobs: { done: number; failed: number; dead: number };
}

describe('aims jobs', () => {
  const cli = useCli({ email: 'owner@example.com' });
  let smtp: TestSmtp;
  beforeAll(async () => {
    smtp = await startTestSmtp();
  });
  afterAll(() => smtp?.close());

  it('run --once --as-of sends a passed document review once: a task, a notification, an e-mail', async () => {
    await cli.sql(
      `INSERT INTO documents (id, organization_id, created_at, updated_at, title, type, owner_id, status, next_review_date)
       SELECT 'doc_cli_review', '${cli.orgId}', now(), now(), 'AI policy', 'policy', user_id, 'approved', '2026-11-30'
       FROM members WHERE organization_id = '${cli.orgId}' LIMIT 1`,
    );
    const env = { AIMS_SMTP_URL: smtp.url, AIMS_SMTP_FROM: 'aims@example.test' };
    const first = await cli.run(['jobs', 'run', '--once', '--as-of', '2026-12-02T08:00:00Z', '--json'], {
      env,
    });
    expect(first.code, first.stderr).toBe(0);
    expect(jsonOf<RunOutput>(first)).toMatchObject({
      scan: { reminders: 1, tasks: 1, emails: 1 },
      jobs: { done: 1 },
    });
    await smtp.waitFor(1);
    expect(smtp.received[0]!.to).toEqual(['owner@example.com']);
    const again = await cli.run(['jobs', 'run', '--once', '--as-of', '2026-12-02T09:00:00Z', '--json'], {
      env,
    });
    expect(jsonOf<RunOutput>(again)).toMatchObject({
      scan: { reminders: 0, tasks: 0, emails: 0 },
      jobs: { done: 0 },
    });
    expect(smtp.received).toHaveLength(1);
    const list = await cli.run(['jobs', 'list', '--json']);
    expect(list.code, list.stderr).toBe(0);
    expect(jsonOf<{ type: string; status: string }[]>(list)).toEqual([
      expect.objectContaining({ type: 'email.send', status: 'done', attempts: 1 }),
    ]);
    const bad = await cli.run(['jobs', 'run', '--once', '--as-of', 'yesterday']);
    expect(bad.code).toBe(2);
  });

  it('two processes on one PostgreSQL deliver 100 due jobs exactly once each', async (ctx) => {
    if (cli.engine !== 'postgres') ctx.skip(); // PGlite allows one process per data directory
    const receiver = await startWebhookReceiver();
    try {
      await cli.sql(
        `INSERT INTO webhooks (id, organization_id, created_at, updated_at, url, events, secret, allow_private)
         VALUES ('whk_cli', '${cli.orgId}', now(), now(), '${receiver.url}', '["risk.accepted"]', 'whsec_test', true)`,
        `INSERT INTO jobs (id, type, organization_id, payload, run_at, created_at, updated_at)
         SELECT 'job_cli_' || i, 'webhook.deliver', '${cli.orgId}',
           jsonb_build_object('webhookId', 'whk_cli', 'eventId', 'evt_' || i, 'event', 'risk.accepted',
             'body', jsonb_build_object('id', 'evt_' || i)::text),
           now() - interval '1 minute', now(), now()
         FROM generate_series(1, 100) AS i`,
      );
      const [a, b] = await Promise.all([
        cli.run(['jobs', 'run', '--once', '--json']),
        cli.run(['jobs', 'run', '--once', '--json']),
      ]);
      expect(a.code, a.stderr).toBe(0);
      expect(b.code, b.stderr).toBe(0);
      const done = jsonOf<RunOutput>(a).jobs.done + jsonOf<RunOutput>(b).jobs.done;
      expect(done).toBe(100);
      const ids = receiver.received.map((r) => (JSON.parse(r.body) as { id: string }).id);
      expect(ids).toHaveLength(100);
      expect(new Set(ids).size).toBe(100);
    } finally {
      await receiver.close();
    }
  });
});
