import { pageSchema, RiskSchema } from '@openaims/core';
import { THREE_LEVEL_CRITERIA } from '@openaims/core/risks/risk-criteria.fixtures';
import { pdfText } from '@openaims/services/testing/pdf-text';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { appWithTwoOrgsForFile } from '../testing/suite.ts';

const { t, f } = appWithTwoOrgsForFile();

const risks = (orgId: string, rest = '') => `/api/v1/orgs/${orgId}/risks${rest}`;

/** Registers a risk in org A as the token's holder and reads it back as the API answered it. */
const createRisk = async (token: string, json: Record<string, unknown>) =>
  RiskSchema.parse(await (await t.call('POST', risks(f.a.org.id), { token, json })).json());

/** The ledger actions recorded about one entity of org A, oldest page first. */
const ledgerActions = async (entityId: string) => {
  const ledger = await (
    await t.call('GET', `/api/v1/orgs/${f.a.org.id}/ledger?entityId=${entityId}&limit=50`, {
      token: f.tokens.admin,
    })
  ).json();
  return (ledger.items as { action: string }[]).map((e) => e.action);
};

describe('risk routes', () => {
  it('answers 201 with the server-computed score whatever score the client sent', async () => {
    const res = await t.call('POST', risks(f.a.org.id), {
      token: f.tokens.contributor,
      json: {
        title: 'Model inversion',
        likelihood: 3,
        consequence: 5,
        controlRefs: ['A.6.2.4'],
        inherentScore: 1,
        inherentLevel: 'low',
      },
    });
    expect(res.status).toBe(201);
    const r = RiskSchema.parse(await res.json());
    expect(r).toMatchObject({ inherentScore: 15, inherentLevel: 'high', criteriaVersion: 1 });
    expect(res.headers.get('location')).toBe(risks(f.a.org.id, `/${r.id}`));
    const soa = await (
      await t.call('GET', `/api/v1/orgs/${f.a.org.id}/soa/A.6.2.4`, { token: f.tokens.viewer })
    ).json();
    expect(soa.riskIds).toContain(r.id);
  });

  it('re-assesses only when a rating changes: a title edit that re-sends the ratings writes no risk.reassessed', async () => {
    const created = await createRisk(f.tokens.manager, {
      title: 'Prompt injection',
      likelihood: 2,
      consequence: 4,
    });
    const edit = await t.call('PATCH', risks(f.a.org.id, `/${created.id}`), {
      token: f.tokens.manager,
      headers: { 'if-match': `"${created.version}"` },
      json: { title: 'Prompt injection via retrieved pages', likelihood: 2, consequence: 4 },
    });
    expect(edit.status).toBe(200);
    const after = RiskSchema.parse(await edit.json());
    expect(after).toMatchObject({
      title: 'Prompt injection via retrieved pages',
      inherentScore: created.inherentScore,
      needsReassessment: created.needsReassessment,
      version: created.version + 1,
    });
    const actions = await ledgerActions(created.id);
    expect(actions).toContain('risk.updated');
    expect(actions).not.toContain('risk.reassessed');

    const rerated = await t.call('PATCH', risks(f.a.org.id, `/${created.id}`), {
      token: f.tokens.manager,
      json: { likelihood: 4 },
    });
    expect(RiskSchema.parse(await rerated.json()).inherentScore).not.toBe(created.inherentScore);
    expect(await ledgerActions(created.id)).toContain('risk.reassessed');
  });

  it('answers 412 to a well-formed entity tag that is not the current one, 400 only to a malformed If-Match', async () => {
    const created = await createRisk(f.tokens.manager, {
      title: 'Stale edit',
      likelihood: 1,
      consequence: 1,
    });
    for (const [ifMatch, status] of [
      ['"abc"', 412],
      ['W/"zz-9"', 412],
      [`"${created.version + 5}"`, 412],
      ['"99", "98"', 412],
      ['abc', 400],
      ['"unterminated', 400],
    ] as const) {
      const res = await t.call('PATCH', risks(f.a.org.id, `/${created.id}`), {
        token: f.tokens.manager,
        headers: { 'if-match': ifMatch },
        json: { title: 'Changed' },
      });
      expect(res.status, ifMatch).toBe(status);
    }
    const after = await (
      await t.call('GET', risks(f.a.org.id, `/${created.id}`), { token: f.tokens.viewer })
    ).json();
    expect(after.title).toBe('Stale edit');
  });

  it('refuses malformed input with 400 and changes nothing', async () => {
    const before = pageSchema(RiskSchema).parse(
      await (await t.call('GET', risks(f.a.org.id), { token: f.tokens.viewer })).json(),
    ).items.length;
    for (const json of [
      { title: 'x', likelihood: 0, consequence: 2 },
      { title: 'x', likelihood: 2, consequence: 2, controlRefs: ['A.99'] },
      { title: 'x', likelihood: 2, consequence: 2, extra: 1 },
    ]) {
      const res = await t.call('POST', risks(f.a.org.id), { token: f.tokens.manager, json });
      expect(res.status, JSON.stringify(json)).toBe(400);
      expect(res.headers.get('content-type')).toContain('application/problem+json');
    }
    const after = pageSchema(RiskSchema).parse(
      await (await t.call('GET', risks(f.a.org.id), { token: f.tokens.viewer })).json(),
    ).items.length;
    expect(after).toBe(before);
  });

  it('approves the treatment plan only for leads, and accepts the residual risk only after it', async () => {
    const created = await createRisk(f.tokens.contributor, {
      title: 'Leak',
      likelihood: 2,
      consequence: 2,
      treatmentOption: 'accept',
    });
    const approve = risks(f.a.org.id, `/${created.id}/treatment/approve`);
    expect((await t.call('POST', approve, { token: f.tokens.contributor, json: {} })).status).toBe(403);
    const early = await t.call('POST', risks(f.a.org.id, `/${created.id}/accept`), {
      token: f.tokens.manager,
      json: {},
    });
    expect(early.status).toBe(422);
    expect((await early.json()).errors).toEqual([
      { path: 'treatmentApprovedAt', message: expect.any(String) },
    ]);
    expect((await t.call('POST', approve, { token: f.tokens.manager, json: { extra: 1 } })).status).toBe(400);
    expect(
      (
        await t.call('POST', risks(f.b.org.id, `/${created.id}/treatment/approve`), {
          token: f.ownerB,
          json: {},
        })
      ).status,
    ).toBe(404);
    const approved = await t.call('POST', approve, { token: f.tokens.manager, json: { note: 'ok' } });
    expect(approved.status).toBe(200);
    expect(RiskSchema.parse(await approved.json()).treatmentApprovedAt).not.toBeNull();
    expect((await t.call('POST', approve, { token: f.tokens.manager, json: {} })).status).toBe(409);
    const denied = await t.call('POST', risks(f.a.org.id, `/${created.id}/accept`), {
      token: f.tokens.contributor,
      json: {},
    });
    expect(denied.status).toBe(403);
    const ok = await t.call('POST', risks(f.a.org.id, `/${created.id}/accept`), {
      token: f.tokens.manager,
      json: { note: 'Within appetite' },
    });
    expect(ok.status).toBe(200);
    expect(await ok.json()).toMatchObject({
      status: 'accepted',
      acceptanceNote: 'Within appetite',
      acceptedAt: expect.any(String),
    });
  });

  it('versions the criteria through PUT and refuses ratings off the new scale with 422', async () => {
    const body = THREE_LEVEL_CRITERIA;
    expect(
      (
        await t.call('PUT', `/api/v1/orgs/${f.b.org.id}/risk-criteria`, {
          token: f.ownerB,
          json: { ...body, appetite: 40 },
        })
      ).status,
    ).toBe(400);
    const res = await t.call('PUT', `/api/v1/orgs/${f.b.org.id}/risk-criteria`, {
      token: f.ownerB,
      json: body,
    });
    expect(res.status).toBe(200);
    expect((await res.json()).number).toBe(2);
    const refused = await t.call('POST', risks(f.b.org.id), {
      token: f.ownerB,
      json: { title: 'Too likely', likelihood: 5, consequence: 1 },
    });
    expect(refused.status).toBe(422);
  });

  it('exports the register as XLSX, with treatment tasks on their own sheet', async () => {
    const list = pageSchema(RiskSchema).parse(
      await (await t.call('GET', risks(f.a.org.id, '?q=Leak'), { token: f.tokens.viewer })).json(),
    );
    const leak = list.items[0]!;
    await t.call('POST', `/api/v1/orgs/${f.a.org.id}/tasks`, {
      token: f.tokens.contributor,
      json: {
        title: 'Rotate leaked keys',
        kind: 'treatment',
        source: { entityType: 'risk', entityId: leak.id },
      },
    });
    const res = await t.call('GET', `/api/v1/orgs/${f.a.org.id}/exports/risks.xlsx`, {
      token: f.tokens.auditor,
    });
    expect(res.status).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(await res.arrayBuffer());
    const ws = wb.getWorksheet('Risk register')!;
    const titles = ws.getColumn(2).values.slice(5);
    expect(titles).toEqual(expect.arrayContaining(['Model inversion', 'Leak']));
    const actions = wb.getWorksheet('Treatment actions')!;
    expect(actions.getRow(2).values).toEqual(expect.arrayContaining([leak.id, 'Rotate leaked keys', 'open']));
  });

  it('exports the register as a printable PDF', async () => {
    const res = await t.call('GET', `/api/v1/orgs/${f.a.org.id}/exports/risks.pdf`, {
      token: f.tokens.viewer,
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/pdf');
    expect(res.headers.get('content-disposition')).toContain(
      `filename="org-a_ai-risk-register_${new Date().toISOString().slice(0, 10)}.pdf"`,
    );
    const bytes = Buffer.from(await res.arrayBuffer());
    expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const text = pdfText(bytes);
    expect(text).toContain('AI risk register');
    expect(text).toContain('Org A · AI risk register');
    expect(text).toContain('Page 1 of ');
    expect(
      (await t.call('GET', `/api/v1/orgs/${f.b.org.id}/exports/risks.pdf`, { token: f.tokens.viewer }))
        .status,
    ).toBe(404);
  });
});
