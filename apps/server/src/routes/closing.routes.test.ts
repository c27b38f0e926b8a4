// Closing a risk or an incident is management's call (issue 12 item 10, SECURITY.md): a contributor works
// them, a lead closes or reopens them.
import { describe, expect, it } from 'vitest';
import { FIXTURES } from '../testing/fixtures.ts';
import { appWithTwoOrgsForFile } from '../testing/suite.ts';

const { t, f } = appWithTwoOrgsForFile();

describe('closing risks and incidents', () => {
  for (const [resource, path] of [
    ['risk', 'risks'],
    ['incident', 'incidents'],
  ] as const) {
    it(`lets a contributor edit a ${resource} but not close it; a manager closes and reopens it`, async () => {
      const id = await FIXTURES[resource]!(t.database, f.a.org.id);
      const url = `/api/v1/orgs/${f.a.org.id}/${path}/${id}`;
      const byContributor = await t.call('PATCH', url, {
        token: f.tokens.contributor,
        json: { status: 'closed' },
      });
      expect(byContributor.status).toBe(403);
      expect((await (await t.call('GET', url, { token: f.tokens.viewer })).json()).status).not.toBe('closed');
      expect(
        (await t.call('PATCH', url, { token: f.tokens.contributor, json: { title: 'Renamed' } })).status,
      ).toBe(200);
      expect(
        (await t.call('PATCH', url, { token: f.tokens.manager, json: { status: 'closed' } })).status,
      ).toBe(200);
      const reopen = await t.call('PATCH', url, { token: f.tokens.contributor, json: { status: 'open' } });
      expect(reopen.status).toBe(403);
    });
  }

  it('refuses a contributor registering a risk as already closed', async () => {
    const res = await t.call('POST', `/api/v1/orgs/${f.a.org.id}/risks`, {
      token: f.tokens.contributor,
      json: { title: 'Born closed', likelihood: 1, consequence: 1, status: 'closed' },
    });
    expect(res.status).toBe(403);
  });
});
