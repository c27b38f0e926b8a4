import fs from 'node:fs';
import path from 'node:path';
import { testdataDir } from '@openaims/services/testing/testdata';
import { describe, expect, it } from 'vitest';
import { appWithTwoOrgsForFile } from '../testing/suite.ts';

const { t, f } = appWithTwoOrgsForFile();

const dir = testdataDir();
const file = dir ? path.join(dir, 'mitre-atlas', 'ATLAS.yaml') : '';

describe('threat routes', () => {
  it('answers 400 problem+json to a file that is not ATLAS', async () => {
    const res = await t.call('POST', `/api/v1/orgs/${f.a.org.id}/imports/atlas`, {
      token: f.tokens.manager,
      body: 'hello: world\n',
      headers: { 'content-type': 'application/yaml' },
    });
    expect(res.status).toBe(400);
    expect(res.headers.get('content-type')).toContain('application/problem+json');
  });

  it.skipIf(!fs.existsSync(file))(
    'previews an ATLAS import without storing it, then imports it',
    async () => {
      const body = fs.readFileSync(file, 'utf8');
      const url = `/api/v1/orgs/${f.a.org.id}/imports/atlas`;
      const preview = await t.call('POST', `${url}?dryRun=true`, {
        token: f.tokens.manager,
        body,
        headers: { 'content-type': 'application/yaml' },
      });
      expect(preview.status).toBe(200);
      const previewed = await preview.json();
      expect(previewed).toMatchObject({ dryRun: true, source: expect.stringContaining('ATLAS') });
      expect(previewed.sample.length).toBeGreaterThan(0);
      expect(previewed.sample[0]).toMatchObject({
        externalId: expect.stringMatching(/^AML\.T/),
        name: expect.any(String),
      });
      expect(
        (await (await t.call('GET', `/api/v1/orgs/${f.a.org.id}/threats`, { token: f.tokens.viewer })).json())
          .items,
      ).toEqual([]);
      expect(
        (
          await t.call('POST', url, {
            token: f.tokens.manager,
            body,
            headers: { 'content-type': 'application/yaml' },
          })
        ).status,
      ).toBe(200);
      const list = await (
        await t.call('GET', `/api/v1/orgs/${f.a.org.id}/threats?q=poison`, { token: f.tokens.viewer })
      ).json();
      expect(list.items.length).toBeGreaterThan(0);
    },
  );
});
