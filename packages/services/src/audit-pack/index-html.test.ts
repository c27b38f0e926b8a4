import { describe, expect, it } from 'vitest';
import { EvidenceIndex, INDEX_EVIDENCE_PER_CONTROL } from './evidence-index.ts';
import { renderIndexHtml } from './index-html.ts';
import type { PackedEvidence, PackState } from './sections.ts';

const packed = (i: number): PackedEvidence => ({
  id: `ev_${String(i).padStart(4, '0')}`,
  title: `Record <${i}>`,
  kind: 'link',
  evidenceDate: '2026-01-01',
  validUntil: null,
  fileName: null,
  mediaType: null,
  sha256: null,
  path: null,
  url: `https://example.test/${i}`,
  links: [],
});

const meta = {
  organization: { id: 'org_1', name: 'Acme' },
  period: { from: null, to: '2026-12-31' },
  generatedAt: '2026-12-04T00:00:00Z',
  generator: { name: 'OpenAIMS', version: 'test' },
  keyFingerprint: 'ab',
} as Parameters<typeof renderIndexHtml>[1];

/** index.html of a pack whose SoA lists `controls` (evidence ids each) and which packed `offered`, in that order. */
function html(controls: string[][], offered: PackedEvidence[]): string {
  // Only what index.html reads of the pack's state.
  const entries = controls.map((evidenceIds, i) => ({
    controlRef: `A.6.2.${i + 1}`,
    title: `Control ${i + 1}`,
    applicable: true,
    justification: '',
    implementationStatus: 'implemented',
    evidenceIds,
  }));
  const evidence = new EvidenceIndex(entries);
  for (const e of offered) evidence.offer(e);
  evidence.seal();
  const state = { evidence, soa: { entries } } as unknown as PackState;
  return renderIndexHtml(state, meta, []);
}

/** The evidence cell of each control, as the record numbers it names, and its "… and N more". */
function cells(page: string) {
  return [...page.matchAll(/<tr><td>A\.6\.2\.\d+<\/td>[\s\S]*?<\/tr>/g)].map(([row]) => ({
    named: [...row.matchAll(/Record &lt;(\d+)&gt;/g)].map((m) => Number(m[1])),
    more: Number(/… and (\d+) more/.exec(row)?.[1] ?? 0),
  }));
}

describe('index.html of an audit pack', () => {
  it("names a control's evidence, escaped, up to a bound, and counts the rest", () => {
    const all = Array.from({ length: INDEX_EVIDENCE_PER_CONTROL + 7 }, (_, i) => packed(i));
    const few = html([['ev_0000', 'ev_unknown']], all);
    expect(few).toContain('Record &lt;0&gt;');
    expect(few).not.toContain('more, listed in');
    const many = html([all.map((e) => e.id)], all);
    expect(many.match(/<li><a href="https:\/\/example\.test\//g)).toHaveLength(INDEX_EVIDENCE_PER_CONTROL);
    expect(many).toContain('… and 7 more, listed in <a href="evidence/index.json">evidence/index.json</a>');
  });

  it("names the first packed records in the SoA's order, whatever order the pack reads them in", () => {
    const n = INDEX_EVIDENCE_PER_CONTROL * 3;
    const all = Array.from({ length: n }, (_, i) => packed(i));
    // Control 1 lists the records backwards, control 2 every third one from the middle, and both list records the
    // pack does not hold (not linked, archived, after the period); control 3 lists none of the packed ones.
    const first = [...all].reverse().map((e) => e.id);
    const second = all.filter((_, i) => i % 3 === 0).map((e) => e.id);
    second.push(...second.splice(0, second.length / 2));
    const notPacked = (i: number) => `ev_gone_${i}`;
    first.splice(10, 0, notPacked(1), notPacked(2));
    second.unshift(notPacked(3));
    const shuffled = [...all].sort(
      (a, b) =>
        ((a.title.length * 7919 + Number(a.id.slice(3))) % 97) -
        ((b.title.length * 7919 + Number(b.id.slice(3))) % 97),
    );
    const page = html([first, second, [notPacked(4)]], shuffled);
    const [c1, c2, c3] = cells(page);
    // What the rule says, computed the slow way: the control's ids in order, packed only, the first N.
    const packedIds = new Set(all.map((e) => e.id));
    const expected = (ids: string[]) => {
      const found = ids.filter((id) => packedIds.has(id)).map((id) => Number(id.slice(3)));
      return {
        named: found.slice(0, INDEX_EVIDENCE_PER_CONTROL),
        more: Math.max(found.length - INDEX_EVIDENCE_PER_CONTROL, 0),
      };
    };
    expect(c1).toEqual(expected(first));
    expect(c2).toEqual(expected(second));
    expect(c1!.named[0]).toBe(n - 1);
    expect(c3).toEqual({ named: [], more: 0 });
    expect(page).toContain('<td><em>none</em></td>');
  });

  it('counts a record listed by several controls in each of them', () => {
    const all = Array.from({ length: 3 }, (_, i) => packed(i));
    const [a, b] = cells(html([['ev_0001', 'ev_0000'], ['ev_0000']], all));
    expect(a).toEqual({ named: [1, 0], more: 0 });
    expect(b).toEqual({ named: [0], more: 0 });
  });

  it('names no evidence when the pack holds no evidence section', () => {
    const entries = [
      {
        controlRef: 'A.2.2',
        title: 'AI policy',
        applicable: true,
        justification: '',
        implementationStatus: 'planned',
        evidenceIds: ['ev_0000'],
      },
    ];
    const page = renderIndexHtml({ soa: { entries } } as unknown as PackState, meta, []);
    expect(page).toContain('<td><em>none</em></td>');
  });
});
