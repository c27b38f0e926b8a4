import { tables } from '@openaims/db';
import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { useCli } from '../testing/cli-fixture.ts';
import { jsonOf } from '../testing/cli-harness.ts';

describe('aims demo', () => {
  const cli = useCli({ init: false });

  it('fills an empty instance with a demo owner shown once, and then adds further demos for that owner', async () => {
    const first = await cli.run(['demo', '--json'], { timeoutMs: 120_000 });
    expect(first.code, first.stderr).toBe(0);
    const created = jsonOf<{ orgId: string; owner: { email: string; password: string } }>(first);
    expect(created.orgId).toMatch(/^org_/);
    expect(created.owner.email).toBe('demo.owner@example.com');
    expect(created.owner.password.length).toBeGreaterThanOrEqual(16);

    const r = await cli.run(['demo', '--org-name', 'Demo Clinic', '--json'], { timeoutMs: 120_000 });
    expect(r.code, r.stderr).toBe(0);
    const out = jsonOf<{ orgId: string; owner?: unknown }>(r);
    const { orgId } = out;
    expect(orgId).toMatch(/^org_/);
    expect(out.owner).toBeUndefined();

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
