import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { verifyPackFile } from '@openaims/services';
import { afterAll, describe, expect, it } from 'vitest';
import { appWithTwoOrgsForFile } from '../testing/suite.ts';

const { t, f } = appWithTwoOrgsForFile();
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'aims-pack-route-'));

afterAll(async () => {
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('GET …/exports/audit-pack.zip and GET /api/v1/instance-key (issue 11)', () => {
  it('streams a pack an auditor can verify against the published instance key', async () => {
    const key = await t.call('GET', '/api/v1/instance-key');
    expect(key.status).toBe(200);
    const { fingerprint, publicKey } = (await key.json()) as { fingerprint: string; publicKey: string };
    expect(publicKey).toContain('BEGIN PUBLIC KEY');

    const res = await t.call('GET', `/api/v1/orgs/${f.a.org.id}/exports/audit-pack.zip?to=2099-12-31`, {
      token: f.tokens.auditor,
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/zip');
    expect(res.headers.get('content-disposition')).toContain(
      `filename="org-a_audit-pack-until-2099-12-31_${new Date().toISOString().slice(0, 10)}.zip"`,
    );
    const file = path.join(dir, 'pack.zip');
    fs.writeFileSync(file, Buffer.from(await res.arrayBuffer()));
    const r = await verifyPackFile(file, { expectedFingerprint: fingerprint });
    expect(r.problems).toEqual([]);
    expect(r.manifest?.organization.id).toBe(f.a.org.id);
    expect(r.manifest?.period).toEqual({ from: null, to: '2099-12-31' });
  });

  it('refuses a viewer (403), another organization (404) and a bad period (400)', async () => {
    const url = (org: string, q = '') => `/api/v1/orgs/${org}/exports/audit-pack.zip${q}`;
    expect((await t.call('GET', url(f.a.org.id), { token: f.tokens.viewer })).status).toBe(403);
    expect((await t.call('GET', url(f.b.org.id), { token: f.tokens.owner })).status).toBe(404);
    expect(
      (await t.call('GET', url(f.a.org.id, '?from=2026-02-01&to=2026-01-01'), { token: f.tokens.owner }))
        .status,
    ).toBe(400);
  });
});
