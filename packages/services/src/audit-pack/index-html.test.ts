import { describe, expect, it } from 'vitest';
import { INDEX_EVIDENCE_PER_CONTROL, renderIndexHtml } from './index-html.ts';
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

function html(evidenceIds: string[], known: PackedEvidence[]): string {
  // Only what index.html reads of the pack's state.
  const entry = { controlRef: 'A.6.2.4', title: 'AI system verification and validation', applicable: true };
  const state = {
    evidence: new Map(known.map((e) => [e.id, e])),
    soa: { entries: [{ ...entry, justification: '', implementationStatus: 'implemented', evidenceIds }] },
  } as unknown as PackState;
  const meta = {
    organization: { id: 'org_1', name: 'Acme' },
    period: { from: null, to: '2026-12-31' },
    generatedAt: '2026-12-04T00:00:00Z',
    generator: { name: 'OpenAIMS', version: 'test' },
    keyFingerprint: 'ab',
  } as Parameters<typeof renderIndexHtml>[1];
  return renderIndexHtml(state, meta, []);
}

describe('index.html of an audit pack', () => {
  it("names a control's evidence, escaped, up to a bound, and counts the rest", () => {
    const all = Array.from({ length: INDEX_EVIDENCE_PER_CONTROL + 7 }, (_, i) => packed(i));
    const few = html(['ev_0000', 'ev_unknown'], all);
    expect(few).toContain('Record &lt;0&gt;');
    expect(few).not.toContain('more, listed in');
    const many = html(
      all.map((e) => e.id),
      all,
    );
    expect(many.match(/<li><a href="https:\/\/example\.test\//g)).toHaveLength(INDEX_EVIDENCE_PER_CONTROL);
    expect(many).toContain('… and 7 more, listed in <a href="evidence/index.json">evidence/index.json</a>');
  });
});
