import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type CliHarness, cliHarness, jsonOf } from '../testing/cli-harness.ts';

describe('aims token create', () => {
  let cli: CliHarness;
  let orgId: string;
  beforeAll(async () => {
    cli = await cliHarness();
    const r = await cli.run([
      'init',
      '--org',
      'Acme',
      '--admin-email',
      'a@example.com',
      '--admin-password',
      'correct horse battery',
      '--json',
    ]);
    if (r.code !== 0) throw new Error(`init failed: ${r.stderr}`);
    orgId = jsonOf<{ orgId: string }>(r).orgId;
  }, 120_000);
  afterAll(() => cli.dispose());

  it('prints exactly {token} with a secret that starts with aims_', async () => {
    const r = await cli.run([
      'token',
      'create',
      '--org',
      orgId,
      '--role',
      'viewer',
      '--name',
      'ci',
      '--expires-in-days',
      '30',
      '--json',
    ]);
    expect(r.code, r.stderr).toBe(0);
    const out = jsonOf<Record<string, string>>(r);
    expect(Object.keys(out)).toEqual(['token']);
    expect(out.token).toMatch(/^aims_.{20,}/);
  });

  it('refuses an unknown role with exit 2', async () => {
    const r = await cli.run([
      'token',
      'create',
      '--org',
      orgId,
      '--role',
      'superuser',
      '--name',
      'ci',
      '--json',
    ]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('error: --role');
    expect(r.stdout).toBe('');
  });

  it('refuses a non-numeric expiry with exit 2', async () => {
    const r = await cli.run([
      'token',
      'create',
      '--org',
      orgId,
      '--role',
      'viewer',
      '--name',
      'ci',
      '--expires-in-days',
      'soon',
    ]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--expires-in-days');
  });

  it('refuses an organization that does not exist', async () => {
    const r = await cli.run([
      'token',
      'create',
      '--org',
      'org_doesnotexist',
      '--role',
      'viewer',
      '--name',
      'ci',
      '--json',
    ]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('error: Organization org_doesnotexist was not found');
  });

  it('takes an exact expiry with --expires-at and refuses one in the past', async () => {
    const base = ['token', 'create', '--org', orgId, '--role', 'auditor', '--name', 'audit', '--json'];
    const ok = await cli.run([...base, '--expires-at', '2099-01-31T17:00:00Z']);
    expect(ok.code, ok.stderr).toBe(0);
    const past = await cli.run([...base, '--expires-at', '2020-01-01T00:00:00Z']);
    expect(past.code).not.toBe(0);
    expect(past.stderr).toMatch(/future/);
  });
}, 180_000);
