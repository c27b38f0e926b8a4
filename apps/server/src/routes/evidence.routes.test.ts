// Evidence over HTTP: multipart upload, the exact bytes back, size and type refusals, tenancy and roles.
import crypto from 'node:crypto';
import { EvidenceSchema, SoaEntrySchema } from '@openaims/core';
import { samplePdf, samplePng } from '@openaims/services/testing/evidence-samples';
import { describe, expect, it } from 'vitest';
import { appWithTwoOrgsForFile } from '../testing/suite.ts';

const MAX = 64 * 1024;
const { t, f } = appWithTwoOrgsForFile({ env: { AIMS_EVIDENCE_MAX_BYTES: String(MAX) } });

const base = () => `/api/v1/orgs/${f.a.org.id}/evidence`;

function form(
  bytes: Uint8Array<ArrayBuffer>,
  name: string,
  type: string,
  fields: Record<string, string | string[]> = {},
): FormData {
  const fd = new FormData();
  fd.set('file', new File([bytes], name, { type }));
  fd.set('evidenceDate', '2026-03-31');
  for (const [k, v] of Object.entries(fields)) {
    fd.delete(k);
    for (const x of [v].flat()) fd.append(k, x);
  }
  return fd;
}

async function upload(fd: FormData, token = f.tokens.contributor) {
  return t.call('POST', base(), { token, body: fd });
}

describe('POST …/evidence (multipart)', () => {
  it('stores a PDF, links it to A.6.2.4, and gives the exact bytes back as a safe download', async () => {
    const bytes = samplePdf('Verification and validation report');
    const res = await upload(
      form(bytes, 'V&V report (Q1).pdf', 'application/pdf', {
        link: 'control:A.6.2.4',
        validUntil: '2099-12-31',
        title: 'V&V report Q1',
      }),
    );
    expect(res.status).toBe(201);
    const ev = EvidenceSchema.parse(await res.json());
    expect(ev).toMatchObject({
      kind: 'file',
      title: 'V&V report Q1',
      size: bytes.byteLength,
      mediaType: 'application/pdf',
      validUntil: '2099-12-31',
      links: [{ targetType: 'control', targetId: 'A.6.2.4' }],
    });
    expect(ev.sha256).toBe(crypto.createHash('sha256').update(bytes).digest('hex'));
    expect(res.headers.get('location')).toBe(`${base()}/${ev.id}`);
    expect(res.headers.get('etag')).toBe('"1"');

    const dl = await t.call('GET', `${base()}/${ev.id}/content`, { token: f.tokens.viewer });
    expect(dl.status).toBe(200);
    expect(Buffer.compare(Buffer.from(await dl.arrayBuffer()), bytes)).toBe(0);
    expect(dl.headers.get('content-type')).toBe('application/pdf');
    expect(dl.headers.get('content-length')).toBe(String(bytes.byteLength));
    expect(dl.headers.get('content-disposition')).toBe(
      // RFC 8187: parentheses are not attr-chars, so filename* encodes them too.
      `attachment; filename="V&V report (Q1).pdf"; filename*=UTF-8''V%26V%20report%20%28Q1%29.pdf`,
    );
    expect(dl.headers.get('x-content-type-options')).toBe('nosniff');
    expect(dl.headers.get('content-security-policy')).toMatch(/^sandbox;/);
    expect(dl.headers.get('etag')).toBe(`"${ev.sha256}"`);
    const cached = await t.call('GET', `${base()}/${ev.id}/content`, {
      token: f.tokens.viewer,
      headers: { 'if-none-match': `"${ev.sha256}"` },
    });
    expect(cached.status).toBe(304);

    const soa = SoaEntrySchema.parse(
      await (
        await t.call('GET', `/api/v1/orgs/${f.a.org.id}/soa/A.6.2.4`, { token: f.tokens.viewer })
      ).json(),
    );
    expect(soa.evidenceIds).toContain(ev.id);
    const listed = await (
      await t.call('GET', `${base()}?targetType=control&targetId=A.6.2.4`, { token: f.tokens.auditor })
    ).json();
    expect(listed.items.map((e: { id: string }) => e.id)).toEqual([ev.id]);
  });

  it('round-trips a PNG byte for byte, with a non-ASCII file name', async () => {
    const bytes = samplePng(8);
    const res = await upload(form(bytes, 'Fairness chart – größe.png', 'image/png'));
    expect(res.status).toBe(201);
    const ev = EvidenceSchema.parse(await res.json());
    expect(ev.fileName).toBe('Fairness chart – größe.png');
    const dl = await t.call('GET', `${base()}/${ev.id}/content`, { token: f.tokens.owner });
    expect(new Uint8Array(await dl.arrayBuffer())).toEqual(bytes);
    expect(dl.headers.get('content-disposition')).toContain(
      `filename*=UTF-8''${encodeURIComponent('Fairness chart – größe.png')}`,
    );
  });

  it('answers 415 when the content is not the declared type, or the type is not accepted, and stores nothing', async () => {
    const before = (
      await (await t.call('GET', `${base()}?archived=all&limit=500`, { token: f.tokens.owner })).json()
    ).items.length;
    const mismatch = await upload(form(samplePng(), 'chart.pdf', 'application/pdf'));
    expect(mismatch.status).toBe(415);
    expect(mismatch.headers.get('content-type')).toContain('application/problem+json');
    expect((await mismatch.json()).errors[0].path).toBe('file');
    expect(
      (await upload(form(new TextEncoder().encode('<script>alert(1)</script>'), 'x.html', 'text/html')))
        .status,
    ).toBe(415);
    expect((await upload(form(samplePdf(), 'notes.txt', 'text/plain'))).status).toBe(415);
    expect(
      (
        await t.call('POST', base(), {
          token: f.tokens.owner,
          body: 'file',
          headers: { 'content-type': 'text/plain' },
        })
      ).status,
    ).toBe(415);
    const after = (
      await (await t.call('GET', `${base()}?archived=all&limit=500`, { token: f.tokens.owner })).json()
    ).items.length;
    expect(after).toBe(before);
  });

  it('answers 413 to a file over AIMS_EVIDENCE_MAX_BYTES and to a body far over it', async () => {
    const over = new Uint8Array(MAX + 1);
    over.set(samplePdf());
    const res = await upload(form(over, 'big.pdf', 'application/pdf'));
    expect(res.status).toBe(413);
    expect((await res.json()).code).toBe('PAYLOAD_TOO_LARGE');
    const huge = new Uint8Array(MAX + 512 * 1024);
    huge.set(samplePdf());
    expect((await upload(form(huge, 'huge.pdf', 'application/pdf'))).status).toBe(413);
    // The larger limit is the upload's alone: JSON bodies keep the API limit.
    const json = await t.call('POST', base(), {
      token: f.tokens.owner,
      body: JSON.stringify({ title: 'x'.repeat(1_100_000) }),
      headers: { 'content-type': 'application/json' },
    });
    expect(json.status).toBe(413);
  });

  it('refuses a viewer (403), a form without a file or with a bad link (400), and a link to an unknown risk (422)', async () => {
    expect((await upload(form(samplePdf(), 'a.pdf', 'application/pdf'), f.tokens.viewer)).status).toBe(403);
    expect((await upload(form(samplePdf(), 'a.pdf', 'application/pdf'), f.tokens.auditor)).status).toBe(403);
    const noFile = new FormData();
    noFile.set('evidenceDate', '2026-01-01');
    expect((await upload(noFile)).status).toBe(400);
    expect((await upload(form(samplePdf(), 'a.pdf', 'application/pdf', { link: 'A.6.2.4' }))).status).toBe(
      400,
    );
    expect(
      (await upload(form(samplePdf(), 'a.pdf', 'application/pdf', { evidenceDate: '31/03/2026' }))).status,
    ).toBe(400);
    const garbled = await t.call('POST', base(), {
      token: f.tokens.owner,
      body: '--x\r\nnot a part',
      headers: { 'content-type': 'multipart/form-data; boundary=x' },
    });
    expect(garbled.status).toBe(400);
    const twoFiles = form(samplePdf(), 'a.pdf', 'application/pdf');
    twoFiles.append('file', new File([samplePdf()], 'b.pdf', { type: 'application/pdf' }));
    expect((await upload(twoFiles)).status).toBe(400);
    const unknown = await upload(
      form(samplePdf(), 'a.pdf', 'application/pdf', { link: 'risk:risk_0000000000000000000000000a' }),
    );
    expect(unknown.status).toBe(422);
  });
});

describe('evidence records over HTTP', () => {
  it("answers 404 for another organization's evidence, its content included", async () => {
    const res = await upload(form(samplePdf(), 'private.pdf', 'application/pdf'));
    const { id } = await res.json();
    const b = `/api/v1/orgs/${f.b.org.id}/evidence/${id}`;
    for (const path of [b, `${b}/content`])
      expect((await t.call('GET', path, { token: f.ownerB })).status).toBe(404);
    expect((await t.call('PATCH', b, { token: f.ownerB, json: { title: 'stolen' } })).status).toBe(404);
    expect(
      (
        await t.call('POST', `${b}/links`, {
          token: f.ownerB,
          json: { links: [{ targetType: 'clause', targetId: '9.1' }] },
        })
      ).status,
    ).toBe(404);
    expect((await t.call('GET', `${base()}/${id}/content`, { token: f.ownerB })).status).toBe(404);
  });

  it('records a link as JSON, edits it with If-Match, links and unlinks, archives (leads only)', async () => {
    const res = await t.call('POST', base(), {
      token: f.tokens.contributor,
      json: {
        url: 'https://grafana.example.com/d/drift',
        title: 'Drift dashboard',
        evidenceDate: '2026-04-01',
      },
    });
    expect(res.status).toBe(201);
    const ev = EvidenceSchema.parse(await res.json());
    expect(ev).toMatchObject({ kind: 'link', url: 'https://grafana.example.com/d/drift', sha256: null });
    expect((await t.call('GET', `${base()}/${ev.id}/content`, { token: f.tokens.owner })).status).toBe(409);
    expect(
      (
        await t.call('POST', base(), {
          token: f.tokens.contributor,
          json: { url: 'javascript:alert(1)', title: 'x', evidenceDate: '2026-04-01' },
        })
      ).status,
    ).toBe(400);

    const stale = await t.call('PATCH', `${base()}/${ev.id}`, {
      token: f.tokens.contributor,
      json: { title: 'Drift' },
      headers: { 'if-match': '"9"' },
    });
    expect(stale.status).toBe(412);
    const ok = await t.call('PATCH', `${base()}/${ev.id}`, {
      token: f.tokens.contributor,
      json: { validUntil: '2026-03-01' },
      headers: { 'if-match': '"1"' },
    });
    expect(ok.status).toBe(422);
    const patched = await t.call('PATCH', `${base()}/${ev.id}`, {
      token: f.tokens.contributor,
      json: { validUntil: '2099-03-01' },
      headers: { 'if-match': '"1"' },
    });
    expect(patched.status).toBe(200);
    expect(patched.headers.get('etag')).toBe('"2"');

    const linked = await t.call('POST', `${base()}/${ev.id}/links`, {
      token: f.tokens.contributor,
      json: {
        links: [
          { targetType: 'control', targetId: 'A.6.2.6' },
          { targetType: 'clause', targetId: '9.1' },
        ],
      },
    });
    expect(linked.status).toBe(200);
    expect((await linked.json()).links).toEqual([
      { targetType: 'control', targetId: 'A.6.2.6' },
      { targetType: 'clause', targetId: '9.1' },
    ]);
    const unlinked = await t.call('DELETE', `${base()}/${ev.id}/links`, {
      token: f.tokens.contributor,
      json: { links: [{ targetType: 'control', targetId: 'A.6.2.6' }] },
    });
    expect((await unlinked.json()).links).toEqual([{ targetType: 'clause', targetId: '9.1' }]);

    expect((await t.call('POST', `${base()}/${ev.id}/archive`, { token: f.tokens.contributor })).status).toBe(
      403,
    );
    const archived = await t.call('POST', `${base()}/${ev.id}/archive`, { token: f.tokens.manager });
    expect(archived.status).toBe(200);
    expect((await archived.json()).archivedAt).not.toBeNull();
    const active = await (await t.call('GET', `${base()}?kind=link`, { token: f.tokens.owner })).json();
    expect(active.items.map((e: { id: string }) => e.id)).not.toContain(ev.id);
  });

  it('refuses unknown sorts and filters with 400', async () => {
    expect((await t.call('GET', `${base()}?sort=size`, { token: f.tokens.owner })).status).toBe(400);
    expect((await t.call('GET', `${base()}?validity=soon`, { token: f.tokens.owner })).status).toBe(400);
    expect(
      (await t.call('GET', `${base()}?sort=-evidenceDate&validity=valid`, { token: f.tokens.owner })).status,
    ).toBe(200);
  });
});
