// Import size limits and media types over HTTP (issue 13): big real files import with default settings, and a
// refusal for size names the setting to change.
import { beforeAll, describe, expect, it } from 'vitest';
import { appWithTwoOrgsForFile } from '../testing/suite.ts';

const { t, f } = appWithTwoOrgsForFile();
const { t: small, f: fs } = appWithTwoOrgsForFile({
  env: { AIMS_BODY_LIMIT_BYTES: '2048', AIMS_IMPORT_MAX_BYTES: '8192' },
});
let org: string;
let smallOrg: string;
beforeAll(async () => {
  org = `/api/v1/orgs/${f.a.org.id}`;
  smallOrg = `/api/v1/orgs/${fs.a.org.id}`;
});

/** An OSCAL catalog of about `bytes` bytes: two Annex A controls and as many filler controls as it takes. */
function bigCatalog(bytes: number): string {
  const prose =
    'The organization shall define, document and review this control at planned intervals. '.repeat(40);
  const control = (id: string, n: number) => ({
    id,
    title: `Control ${n}`,
    props: [{ name: 'label', value: id.toUpperCase() }],
    parts: [
      { id: `${id}_smt`, name: 'statement', prose },
      { id: `${id}_gdn`, name: 'guidance', prose, parts: [{ name: 'item', prose: `Item of ${id}` }] },
    ],
  });
  const filler: unknown[] = [];
  let size = 0;
  for (let n = 0; size < bytes; n++) {
    const c = control(`xx-${n}`, n);
    size += JSON.stringify(c).length + 1;
    filler.push(c);
  }
  return JSON.stringify({
    catalog: {
      uuid: '8a1ee1a6-55c2-4d5c-a4d1-0d5b0bd0c4a1',
      metadata: { title: 'Generated licensed catalog', version: '1', 'oscal-version': '1.1.2' },
      groups: [
        { id: 'a6', title: 'A.6', controls: [control('a.6.2.4', -1), control('a.6.2.6', -2)] },
        { id: 'xx', title: 'Filler', controls: filler },
      ],
    },
  });
}

describe('import size limits', () => {
  it('imports a 10 MB OSCAL catalog with default settings, sent as application/oscal+json', async () => {
    const body = bigCatalog(10 * 1024 * 1024);
    expect(body.length).toBeGreaterThan(10 * 1024 * 1024);
    const res = await t.call('POST', `${org}/imports/oscal-catalog?dryRun=true`, {
      token: f.tokens.owner,
      body,
      headers: { 'content-type': 'application/oscal+json' },
    });
    expect(res.status).toBe(200);
    const r = await res.json();
    expect(r.matched.map((m: { controlRef: string }) => m.controlRef)).toEqual(['A.6.2.4', 'A.6.2.6']);
    expect(r.controlsInFile).toBeGreaterThan(1000);
  }, 60_000);

  it('takes the catalog as text/plain too (any JSON-ish media type, like the other imports)', async () => {
    const res = await t.call('POST', `${org}/imports/oscal-catalog?dryRun=true`, {
      token: f.tokens.owner,
      body: bigCatalog(1000),
      headers: { 'content-type': 'text/plain' },
    });
    expect(res.status).toBe(200);
  });

  it('imports a model card whose model-index holds 1,000 results', async () => {
    const results = Array.from({ length: 1000 }, (_, i) => [
      '  - task: {type: text-generation}',
      `    dataset: {type: bench-${i}, name: Bench ${i}}`,
      `    metrics: [{type: accuracy, value: ${(i / 1000).toFixed(3)}}]`,
    ]).flat();
    const card = ['---', 'license: mit', 'model-index:', '- name: big-index', '  results:', ...results, '---']
      .join('\n')
      .concat('\n# big-index\n');
    expect(card.length).toBeGreaterThan(100_000);
    const res = await t.call('POST', `${org}/imports/model-card`, { token: f.tokens.owner, body: card });
    expect(res.status).toBe(200);
    const id = (await res.json()).items.find((i: { entity: string }) => i.entity === 'model').id;
    const model = await (await t.call('GET', `${org}/models/${id}`, { token: f.tokens.owner })).json();
    expect(model.metrics).toHaveLength(1000);
    expect(model.metrics[999]).toMatchObject({ name: 'accuracy', value: '0.999', dataset: 'Bench 999' });
  }, 60_000);

  it('refuses an import over AIMS_IMPORT_MAX_BYTES with 413 naming the variable', async () => {
    for (const path of ['imports/oscal-catalog', 'imports/cyclonedx', 'imports/atlas']) {
      const res = await small.call('POST', `${smallOrg}/${path}`, {
        token: fs.tokens.owner,
        body: 'x'.repeat(9000),
      });
      expect(res.status, path).toBe(413);
      expect((await res.json()).detail).toContain('AIMS_IMPORT_MAX_BYTES');
    }
  });

  it('lets an import exceed the general body limit, and names AIMS_BODY_LIMIT_BYTES when another body does', async () => {
    const ok = await small.call('POST', `${smallOrg}/imports/oscal-catalog?dryRun=true`, {
      token: fs.tokens.owner,
      body: JSON.stringify({
        catalog: {
          uuid: 'u',
          metadata: { title: 'Small' },
          controls: [{ id: 'a.6.2.4', title: 'x', parts: [{ name: 'statement', prose: 'p'.repeat(4000) }] }],
        },
      }),
    });
    expect(ok.status).toBe(200);
    const res = await small.call('POST', `${smallOrg}/models`, {
      token: fs.tokens.owner,
      json: { name: 'x', description: 'y'.repeat(4000) },
    });
    expect(res.status).toBe(413);
    expect((await res.json()).detail).toContain('AIMS_BODY_LIMIT_BYTES');
  });
});

describe('what an import says before it writes', () => {
  const bom = (libs: number, extra: object[] = []) =>
    JSON.stringify({
      bomFormat: 'CycloneDX',
      specVersion: '1.7',
      components: [
        ...Array.from({ length: libs }, (_, i) => ({
          type: 'library',
          name: `left-pad-${i}`,
          supplier: { name: `npm maintainer ${i}` },
        })),
        ...extra,
      ],
    });
  const model = {
    type: 'machine-learning-model',
    name: 'preview-clf',
    version: '1',
    supplier: { name: 'Preview Vendor' },
    modelCard: { considerations: { technicalLimitations: ['English only'] } },
  };

  it('a dry run gives no ids to records it would create, and says what it creates, skips and why', async () => {
    const token = f.tokens.owner;
    const res = await t.call('POST', `${org}/imports/cyclonedx?dryRun=true`, {
      token,
      body: bom(3, [model]),
    });
    expect(res.status).toBe(200);
    const r = await res.json();
    expect(r.format).toBe('CycloneDX 1.7');
    expect(r.items.map((i: { entity: string; id: unknown }) => [i.entity, i.id])).toEqual([
      ['supplier', null],
      ['model', null],
    ]);
    expect(r.items[0].reason).toContain('new');
    expect(r.skipped.map((s: { name: string }) => s.name)).toEqual([
      'left-pad-0',
      'left-pad-1',
      'left-pad-2',
    ]);
    expect(r.skipped[0].reason).toContain('library');
    const suppliers = await (await t.call('GET', `${org}/suppliers?q=maintainer`, { token })).json();
    expect(suppliers.items).toEqual([]);
  });

  it('a plain software BOM creates no suppliers', async () => {
    const r = await (
      await t.call('POST', `${org}/imports/cyclonedx`, { token: f.tokens.owner, body: bom(20) })
    ).json();
    expect(r.totals.suppliers).toEqual({ created: 0, updated: 0, unchanged: 0, skipped: 0 });
    expect(r.items).toEqual([]);
    expect(r.skipped).toHaveLength(20);
  });

  it('an update names the fields it changes, and the kept attributes show on the record', async () => {
    const token = f.tokens.owner;
    const first = await (
      await t.call('POST', `${org}/imports/cyclonedx`, { token, body: bom(0, [model]) })
    ).json();
    const id = first.items.find((i: { entity: string }) => i.entity === 'model').id;
    const got = await (await t.call('GET', `${org}/models/${id}`, { token })).json();
    expect(got.attributes).toMatchObject({ format: 'CycloneDX 1.7', limitations: ['English only'] });
    const changed = { ...model, description: 'now described' };
    const preview = await (
      await t.call('POST', `${org}/imports/cyclonedx?dryRun=true`, { token, body: bom(0, [changed]) })
    ).json();
    const item = preview.items.find((i: { entity: string }) => i.entity === 'model');
    expect(item).toMatchObject({ outcome: 'updated', id, changes: ['description'] });
  });

  it('names an OSCAL profile sent to the catalog import, its version and what to do', async () => {
    const profile = JSON.stringify({
      profile: {
        uuid: 'p',
        metadata: { title: 'Baseline', 'oscal-version': '1.1.2' },
        imports: [{ href: 'catalog.json', 'include-controls': [{ 'with-ids': ['ac-1'] }] }],
      },
    });
    const res = await t.call('POST', `${org}/imports/oscal-catalog?dryRun=true`, {
      token: f.tokens.owner,
      body: profile,
    });
    expect(res.status).toBe(400);
    const p = await res.json();
    expect(p.detail).toContain('This is an OSCAL profile');
    expect(p.detail).toContain('OSCAL 1.1.2');
    expect(p.errors[0]).toMatchObject({ path: '/profile', message: expect.stringContaining('resolve') });
    const notJson = await (
      await t.call('POST', `${org}/imports/oscal-catalog`, {
        token: f.tokens.owner,
        body: '{\n "catalog": ,\n}',
      })
    ).json();
    expect(notJson.errors[0].path).toMatch(/^line 2, column \d+$/);
    const odd = await t.call('POST', `${org}/imports/oscal-catalog`, {
      token: f.tokens.owner,
      body: '{"constructor":{"prototype":{}}}',
    });
    expect(odd.status).toBe(400);
  });
});
