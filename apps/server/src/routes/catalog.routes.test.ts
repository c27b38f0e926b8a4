import { pageSchema, RequirementSchema } from '@openaims/core';
import { describe, expect, it } from 'vitest';
import { appWithTwoOrgsForFile } from '../testing/suite.ts';

const { t, f } = appWithTwoOrgsForFile();

describe('catalogue routes', () => {
  it('lists exactly the 38 Annex A controls and every clause 4.1–10.2 of ISO/IEC 42001', async () => {
    const res = await t.call('GET', '/api/v1/catalog/frameworks/iso-iec-42001-2023/requirements?limit=500', {
      token: f.tokens.viewer,
    });
    expect(res.status).toBe(200);
    const page = pageSchema(RequirementSchema).parse(await res.json());
    const controls = page.items.filter((r) => r.kind === 'control');
    expect(controls).toHaveLength(38);
    expect(controls.map((c) => c.ref)).toEqual(
      expect.arrayContaining(['A.2.2', 'A.6.1.2', 'A.6.2.8', 'A.10.4']),
    );
    expect(controls.find((c) => c.ref === 'A.3.3')?.title).toBe('Reporting of concerns');
    const clauses = page.items.filter((r) => r.kind === 'clause').map((r) => r.ref);
    expect(clauses).toEqual(expect.arrayContaining(['4.1', '6.1.3', '7.5.2', '9.3.2', '10.2']));
    expect(page.nextCursor).toBeNull();
  });

  it('filters by kind and parent, pages with a cursor, and refuses unknown frameworks and bad kinds', async () => {
    const p1 = await (
      await t.call(
        'GET',
        '/api/v1/catalog/frameworks/iso-iec-42001-2023/requirements?kind=control&limit=30',
        { token: f.tokens.owner },
      )
    ).json();
    expect(p1.items).toHaveLength(30);
    const p2 = await (
      await t.call(
        'GET',
        `/api/v1/catalog/frameworks/iso-iec-42001-2023/requirements?kind=control&limit=30&cursor=${p1.nextCursor}`,
        { token: f.tokens.owner },
      )
    ).json();
    expect(p2.items.map((r: { ref: string }) => r.ref).at(-1)).toBe('A.10.4');
    expect(p2.items).toHaveLength(8);
    expect(
      (await t.call('GET', '/api/v1/catalog/frameworks/iso-9001/requirements', { token: f.tokens.owner }))
        .status,
    ).toBe(404);
    expect(
      (
        await t.call('GET', '/api/v1/catalog/frameworks/iso-iec-42001-2023/requirements?kind=rule', {
          token: f.tokens.owner,
        })
      ).status,
    ).toBe(400);
  });

  it('serves mappings in the asked direction and refuses unknown framework ids', async () => {
    const res = await t.call(
      'GET',
      '/api/v1/catalog/mappings?from=nist-ai-rmf-1.0&to=iso-iec-42001-2023&ref=GOVERN%206.1',
      { token: f.tokens.auditor },
    );
    const body = await res.json();
    expect(body.items.map((m: { toRef: string }) => m.toRef).sort()).toEqual(['A.10.2', 'A.10.3']);
    expect(
      (await t.call('GET', '/api/v1/catalog/mappings?from=iso-9001', { token: f.tokens.auditor })).status,
    ).toBe(400);
    expect((await t.call('GET', '/api/v1/catalog/frameworks')).status).toBe(401);
  });
});
