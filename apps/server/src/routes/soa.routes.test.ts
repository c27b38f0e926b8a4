import { pageSchema, SoaEntrySchema } from '@openaims/core';
import { buildOrg, buildToken, decideRemainingSoa } from '@openaims/services/testing/factories';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { FIXTURES } from '../testing/fixtures.ts';
import { appWithTwoOrgsForFile } from '../testing/suite.ts';

const { t, f } = appWithTwoOrgsForFile();

const soa = (orgId: string, rest = '') => `/api/v1/orgs/${orgId}/soa${rest}`;

describe('SoA routes', () => {
  it('lists 38 entries for a new organization, created through POST /orgs', async () => {
    const setup = await t.call('GET', soa(f.a.org.id), { token: f.tokens.viewer });
    const page = pageSchema(SoaEntrySchema).parse(await setup.json());
    expect(page.items).toHaveLength(38);
    expect(page.nextCursor).toBeNull();
    const filtered = await (
      await t.call('GET', `${soa(f.a.org.id)}?area=A.10&applicable=true`, { token: f.tokens.viewer })
    ).json();
    expect(filtered.items.map((e: { controlRef: string }) => e.controlRef)).toEqual([
      'A.10.2',
      'A.10.3',
      'A.10.4',
    ]);
    expect((await t.call('GET', `${soa(f.a.org.id)}?status=done`, { token: f.tokens.viewer })).status).toBe(
      400,
    );
  });

  it('refuses an exclusion without justification with 422 and changes nothing; honours If-Match', async () => {
    const path = soa(f.a.org.id, '/A.5.5');
    const before = await t.call('GET', path, { token: f.tokens.manager });
    const etag = before.headers.get('etag')!;
    const refused = await t.call('PATCH', path, { token: f.tokens.manager, json: { applicable: false } });
    expect(refused.status).toBe(422);
    expect(refused.headers.get('content-type')).toContain('application/problem+json');
    expect((await refused.json()).code).toBe('RULE_VIOLATION');
    expect((await t.call('GET', path, { token: f.tokens.manager })).headers.get('etag')).toBe(etag);
    const ok = await t.call('PATCH', path, {
      token: f.tokens.manager,
      json: { applicable: false, justification: 'No societal reach' },
      headers: { 'if-match': etag },
    });
    expect(ok.status).toBe(200);
    expect(ok.headers.get('etag')).toBe('"2"');
    const stale = await t.call('PATCH', path, {
      token: f.tokens.manager,
      json: { justification: 'x' },
      headers: { 'if-match': etag },
    });
    expect(stale.status).toBe(412);
    expect(
      (await t.call('PATCH', path, { token: f.tokens.manager, json: { riskIds: ['not an id'] } })).status,
    ).toBe(400);
    expect((await t.call('GET', soa(f.a.org.id, '/A.1.1'), { token: f.tokens.manager })).status).toBe(404);
  });

  it('refuses approval with undecided controls and, as an organization option, by the submitter', async () => {
    const fresh = (await buildOrg(t.database.db)).org.id;
    const token = await buildToken(t.database.db, fresh, 'owner');
    const org = `/api/v1/orgs/${fresh}`;
    const first = await (await t.call('POST', `${org}/soa-versions`, { token, json: {} })).json();
    const undecided = await t.call('POST', `${org}/soa-versions/${first.id}/approve`, { token });
    expect(undecided.status).toBe(422);
    const problem = await undecided.json();
    expect(problem.detail).toMatch(/38 controls have no decision/);
    expect(problem.errors[0].path).toBe('controls');

    // The first pass: every control without a decision becomes applicable, planned; then approval may pass.
    const bulk = await t.call('POST', `${org}/soa/decide-remaining`, { token });
    expect(bulk.status).toBe(200);
    expect((await bulk.json()).decided).toHaveLength(38);
    const again = await t.call('POST', `${org}/soa/decide-remaining`, { token });
    expect((await again.json()).decided).toEqual([]);
    const opt = await t.call('PATCH', org, { token, json: { soaSeparationOfDuties: true } });
    expect(opt.status).toBe(200);
    expect((await opt.json()).soaSeparationOfDuties).toBe(true);
    const v = await (await t.call('POST', `${org}/soa-versions`, { token, json: {} })).json();
    const own = await t.call('POST', `${org}/soa-versions/${v.id}/approve`, { token });
    expect(own.status).toBe(422);
    expect((await own.json()).errors.map((e: { path: string }) => e.path)).toEqual(['approvedBy']);
  });

  it('submits, approves (leads only), serves the frozen bytes and diffs against the draft', async () => {
    await decideRemainingSoa(t.database.db, f.a.org.id);
    const sub = await t.call('POST', `/api/v1/orgs/${f.a.org.id}/soa-versions`, {
      token: f.tokens.contributor,
      json: { note: 'for review' },
    });
    expect(sub.status).toBe(201);
    const v = await sub.json();
    expect(sub.headers.get('location')).toBe(`/api/v1/orgs/${f.a.org.id}/soa-versions/${v.id}`);
    expect(
      (
        await t.call('POST', `/api/v1/orgs/${f.a.org.id}/soa-versions/${v.id}/approve`, {
          token: f.tokens.contributor,
        })
      ).status,
    ).toBe(403);
    const ok = await t.call('POST', `/api/v1/orgs/${f.a.org.id}/soa-versions/${v.id}/approve`, {
      token: f.tokens.admin,
    });
    expect((await ok.json()).status).toBe('approved');
    const content = await (
      await t.call('GET', `/api/v1/orgs/${f.a.org.id}/soa-versions/${v.id}/content`, {
        token: f.tokens.auditor,
      })
    ).text();
    await t.call('PATCH', soa(f.a.org.id, '/A.2.2'), {
      token: f.tokens.owner,
      json: { implementationStatus: 'implemented' },
    });
    expect(
      await (
        await t.call('GET', `/api/v1/orgs/${f.a.org.id}/soa-versions/${v.id}/content`, {
          token: f.tokens.auditor,
        })
      ).text(),
    ).toBe(content);
    const diff = await (
      await t.call('GET', `/api/v1/orgs/${f.a.org.id}/soa-diff?from=${v.number}&to=draft`, {
        token: f.tokens.viewer,
      })
    ).json();
    expect(diff.changes).toEqual([
      { controlRef: 'A.2.2', field: 'implementationStatus', from: 'planned', to: 'implemented' },
    ]);
    const state = await (
      await t.call('GET', `/api/v1/orgs/${f.a.org.id}/soa-state`, { token: f.tokens.viewer })
    ).json();
    expect(state).toMatchObject({ hasUnsubmittedChanges: true, approvedVersion: { id: v.id } });
  });

  it('tracks clauses and shows links from the other side', async () => {
    const res = await t.call('PATCH', `/api/v1/orgs/${f.a.org.id}/clauses/9.2.2`, {
      token: f.tokens.manager,
      json: { status: 'planned', notes: 'Programme for 2027' },
    });
    expect(res.status).toBe(200);
    expect(
      (await (await t.call('GET', `/api/v1/orgs/${f.a.org.id}/clauses`, { token: f.tokens.viewer })).json())
        .items,
    ).toHaveLength(32);
    const risk = await FIXTURES.risk!(t.database, f.a.org.id);
    await t.call('PATCH', soa(f.a.org.id, '/A.6.2.6'), {
      token: f.tokens.manager,
      json: { riskIds: [risk] },
    });
    const links = await (
      await t.call('GET', `/api/v1/orgs/${f.a.org.id}/links?entityType=risk&entityId=${risk}`, {
        token: f.tokens.viewer,
      })
    ).json();
    expect(links.items).toEqual([expect.objectContaining({ entityType: 'control', entityId: 'A.6.2.6' })]);
  });
});

describe('export routes', () => {
  it('downloads the SoA as XLSX and CSV as attachments, and 404s an unknown name', async () => {
    const xlsx = await t.call('GET', `/api/v1/orgs/${f.a.org.id}/exports/soa.xlsx`, {
      token: f.tokens.auditor,
    });
    expect(xlsx.status).toBe(200);
    expect(xlsx.headers.get('content-type')).toContain('spreadsheetml');
    const name = `org-a_statement-of-applicability_${new Date().toISOString().slice(0, 10)}.xlsx`;
    expect(xlsx.headers.get('content-disposition')).toBe(
      `attachment; filename="${name}"; filename*=UTF-8''${name}`,
    );
    const bytes = await xlsx.arrayBuffer();
    expect(new Uint8Array(bytes).subarray(0, 2)).toEqual(new Uint8Array([0x50, 0x4b]));
    // Written row by row, it reads back as the document it was: title block, frozen header, 38 controls.
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(bytes);
    const ws = wb.getWorksheet('Statement of Applicability')!;
    expect(ws.getCell('A1').value).toBe('Statement of Applicability — Org A');
    expect(ws.getCell('A1').font?.bold).toBe(true);
    expect([ws.getCell('A5').value, ws.getCell('J5').value, ws.getCell('A5').font?.bold]).toEqual([
      'Control',
      'Documents',
      true,
    ]);
    expect(ws.getCell('A6').value).toBe('A.2.2');
    expect(ws.rowCount).toBe(5 + 38);
    expect(ws.getColumn(2).width).toBe(48);
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 5 });
    expect(ws.autoFilter).toBeTruthy();
    const csv = await (
      await t.call('GET', `/api/v1/orgs/${f.a.org.id}/exports/soa.csv`, { token: f.tokens.viewer })
    ).text();
    expect(csv.trimEnd().split('\r\n')).toHaveLength(39);
    expect(
      (await t.call('GET', `/api/v1/orgs/${f.a.org.id}/exports/passwords.csv`, { token: f.tokens.viewer }))
        .status,
    ).toBe(404);
    expect(
      (await t.call('GET', `/api/v1/orgs/${f.b.org.id}/exports/soa.csv`, { token: f.tokens.owner })).status,
    ).toBe(404);
  });
});

describe('OSCAL catalog import route', () => {
  it('previews with dryRun, imports for leads only, and refuses a non-catalog with 400', async () => {
    const catalog = JSON.stringify({
      catalog: {
        uuid: 'c1',
        metadata: { title: 'Licensed 42001' },
        groups: [
          {
            id: 'g',
            controls: [
              {
                id: 'a.8.4',
                title: 'Communication of incidents',
                parts: [{ name: 'statement', prose: 'Licensed text here.' }],
              },
            ],
          },
        ],
      },
    });
    const url = `/api/v1/orgs/${f.a.org.id}/imports/oscal-catalog`;
    const importCatalog = (token: string, query = '') =>
      t.call('POST', `${url}${query}`, {
        token,
        body: catalog,
        headers: { 'content-type': 'application/json' },
      });
    const preview = await importCatalog(f.tokens.manager, '?dryRun=true');
    expect(await preview.json()).toMatchObject({ dryRun: true, matched: [{ controlRef: 'A.8.4' }] });
    expect(
      (
        await (
          await t.call('GET', `${soa(f.a.org.id, '/A.8.4/full-text')}`, { token: f.tokens.viewer })
        ).json()
      ).text,
    ).toBeNull();
    expect((await importCatalog(f.tokens.contributor)).status).toBe(403);
    expect((await importCatalog(f.tokens.manager)).status).toBe(200);
    const text = await (
      await t.call('GET', `${soa(f.a.org.id, '/A.8.4/full-text')}`, { token: f.tokens.viewer })
    ).json();
    expect(text).toMatchObject({ text: 'Statement:\nLicensed text here.', source: 'Licensed 42001' });
    expect(
      (await t.call('POST', url, { token: f.tokens.manager, json: { catalog: { uuid: 1 } } })).status,
    ).toBe(400);
  });
  it("pages a control's links and gives counts in the list (issue 17); another organization gets 404", async () => {
    const risk = await FIXTURES.risk!(t.database, f.a.org.id);
    await t.call('PATCH', soa(f.a.org.id, '/A.6.2.5'), {
      token: f.tokens.manager,
      json: { riskIds: [risk] },
    });
    const list = await (await t.call('GET', soa(f.a.org.id), { token: f.tokens.viewer })).json();
    expect(list.items.find((e: { controlRef: string }) => e.controlRef === 'A.6.2.5')).toMatchObject({
      riskCount: 1,
      riskIds: [risk],
    });
    const res = await t.call('GET', soa(f.a.org.id, '/A.6.2.5/links?limit=1'), { token: f.tokens.viewer });
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ items: [{ type: 'risk', id: risk }], nextCursor: null });
    expect(
      (await t.call('GET', soa(f.a.org.id, '/A.6.2.5/links?type=x'), { token: f.tokens.viewer })).status,
    ).toBe(400);
    expect((await t.call('GET', soa(f.b.org.id, '/A.6.2.5/links'), { token: f.tokens.viewer })).status).toBe(
      404,
    );
  });
});
