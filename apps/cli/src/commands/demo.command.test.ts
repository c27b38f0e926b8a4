import { tables } from '@openaims/db';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type CliHarness, cliHarness, jsonOf } from '../testing/cli-harness.ts';

describe('aims demo', () => {
  let cli: CliHarness;
  beforeAll(async () => {
    cli = await cliHarness();
  }, 120_000);
  afterAll(() => cli.dispose());

  it('refuses on an instance without a user, then builds a demo organization the ledger verifies', async () => {
    const none = await cli.run(['demo', '--json']);
    expect(none.code).not.toBe(0);
    expect(none.stderr).toMatch(/aims init/);

    const init = await cli.run([
      'init',
      '--org',
      'Acme',
      '--admin-email',
      'a@example.com',
      '--admin-password',
      'correct horse battery',
      '--json',
    ]);
    expect(init.code, init.stderr).toBe(0);
    const r = await cli.run(['demo', '--org-name', 'Demo Clinic', '--json'], { timeoutMs: 120_000 });
    expect(r.code, r.stderr).toBe(0);
    const { orgId } = jsonOf<{ orgId: string }>(r);
    expect(orgId).toMatch(/^org_/);

    const verify = await cli.run(['ledger', 'verify', '--json']);
    expect(verify.code, verify.stderr).toBe(0);
    expect(jsonOf<{ ok: boolean }>(verify).ok).toBe(true);

    const database = await cli.open();
    try {
      const [org] = await database.db
        .select()
        .from(tables.organizations)
        .where(eq(tables.organizations.id, orgId));
      expect(org?.name).toBe('Demo Clinic');
      const systems = await database.db
        .select()
        .from(tables.aiSystems)
        .where(eq(tables.aiSystems.organizationId, orgId));
      expect(systems.length).toBe(4);
      const files = await database.db
        .select()
        .from(tables.evidence)
        .where(eq(tables.evidence.organizationId, orgId));
      expect(files.some((e) => e.kind === 'file')).toBe(true);
    } finally {
      await database.close();
    }
  }, 240_000);
});
