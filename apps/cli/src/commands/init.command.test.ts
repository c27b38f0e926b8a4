import { describe, expect, it } from 'vitest';
import { initArgs, orgCreateArgs, useCli } from '../testing/cli-fixture.ts';
import { jsonOf } from '../testing/cli-harness.ts';

const PASSWORD = 'correct horse battery staple';

describe('aims init and aims org create', () => {
  const cli = useCli({ init: false });

  it('refuses a bad email and a short password with exit 2 before touching storage', async () => {
    const r = await cli.run(initArgs('Acme', 'not-an-email', 'short'));
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('error: --admin-email');
    expect(r.stderr).toContain('--admin-password');
  });

  it('sets up the first organization and prints exactly {orgId, userId}', async () => {
    const r = await cli.run([...initArgs('Acme AI', 'Owner@Example.com', PASSWORD), '--json']);
    expect(r.code, r.stderr).toBe(0);
    const out = jsonOf<Record<string, string>>(r);
    expect(Object.keys(out).sort()).toEqual(['orgId', 'userId']);
    expect(out.orgId).toMatch(/^org_/);
    expect(out.userId).toMatch(/^usr_/);
  });

  it('refuses a second init with a non-zero exit and says why', async () => {
    const r = await cli.run([...initArgs('Other', 'someone@example.com', PASSWORD), '--json']);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/^error: this instance is already set up/);
  });

  it('creates another organization owned by an existing user (email matched case-insensitively)', async () => {
    const r = await cli.run([...orgCreateArgs('Beta Labs', 'owner@example.com'), '--json']);
    expect(r.code, r.stderr).toBe(0);
    expect(jsonOf<{ orgId: string }>(r).orgId).toMatch(/^org_/);
  });

  it('refuses an owner who is not a user', async () => {
    const r = await cli.run([...orgCreateArgs('Gamma', 'nobody@example.com'), '--json']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('error: No user has the email nobody@example.com');
  });
}, 180_000);
