import { describe, expect, it } from 'vitest';
import { type CliFlagValues, cliFlags, useCli } from '../testing/cli-fixture.ts';
import { jsonOf } from '../testing/cli-harness.ts';

describe('aims token create', () => {
  const cli = useCli();
  /** `aims token create …flags` for the organization, unless the flags name another. */
  const create = (flags: CliFlagValues) =>
    cli.run(['token', 'create', ...cliFlags({ org: cli.orgId, ...flags })]);

  it('prints exactly {token} with a secret that starts with aims_', async () => {
    const r = await create({ role: 'viewer', name: 'ci', expiresInDays: 30, json: true });
    expect(r.code, r.stderr).toBe(0);
    const out = jsonOf<Record<string, string>>(r);
    expect(Object.keys(out)).toEqual(['token']);
    expect(out.token).toMatch(/^aims_.{20,}/);
  });

  it.each<{ refused: string; flags: CliFlagValues; code: number; message: string }>([
    {
      refused: 'an unknown role',
      flags: { role: 'superuser', name: 'ci', json: true },
      code: 2,
      message: 'error: --role',
    },
    {
      refused: 'a non-numeric expiry',
      flags: { role: 'viewer', name: 'ci', expiresInDays: 'soon' },
      code: 2,
      message: '--expires-in-days',
    },
    {
      refused: 'an organization that does not exist',
      flags: { org: 'org_doesnotexist', role: 'viewer', name: 'ci', json: true },
      code: 1,
      message: 'error: Organization org_doesnotexist was not found',
    },
  ])('refuses $refused with exit $code', async ({ flags, code, message }) => {
    const r = await create(flags);
    expect(r.code).toBe(code);
    expect(r.stderr).toContain(message);
    expect(r.stdout).toBe('');
  });

  it('takes an exact expiry with --expires-at and refuses one in the past', async () => {
    const base = { role: 'auditor', name: 'audit', json: true } as const;
    const ok = await create({ ...base, expiresAt: '2099-01-31T17:00:00Z' });
    expect(ok.code, ok.stderr).toBe(0);
    const past = await create({ ...base, expiresAt: '2020-01-01T00:00:00Z' });
    expect(past.code).not.toBe(0);
    expect(past.stderr).toMatch(/future/);
  });
}, 180_000);
