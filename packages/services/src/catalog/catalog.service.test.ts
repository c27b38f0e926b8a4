import { describe, expect, it } from 'vitest';
import { listCatalogFrameworks, listMappings, listRequirements } from './catalog.service.ts';

describe('catalogue service', () => {
  it('pages through all 42001 requirements in document order without gaps or repeats', () => {
    const seen: string[] = [];
    let cursor: string | undefined;
    do {
      const page = listRequirements('iso-iec-42001-2023', { limit: 17, cursor });
      seen.push(...page.items.map((r) => r.ref));
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
    expect(new Set(seen).size).toBe(seen.length);
    expect(seen.length).toBe(
      listCatalogFrameworks().find((f) => f.id === 'iso-iec-42001-2023')!.requirementCount,
    );
    expect(seen.indexOf('9.3.3')).toBeLessThan(seen.indexOf('10.1'));
  });

  it('filters by kind, parent and text', () => {
    expect(listRequirements('iso-iec-42001-2023', { limit: 500, kind: 'control' }).items).toHaveLength(38);
    expect(
      listRequirements('iso-iec-42001-2023', { limit: 500, parentRef: 'A.6.2' }).items.map((r) => r.ref),
    ).toEqual(['A.6.2.2', 'A.6.2.3', 'A.6.2.4', 'A.6.2.5', 'A.6.2.6', 'A.6.2.7', 'A.6.2.8']);
    expect(
      listRequirements('iso-iec-42001-2023', { limit: 500, q: 'PROVENANCE' }).items.map((r) => r.ref),
    ).toContain('A.7.5');
    expect(
      listRequirements('iso-iec-42001-2023', { limit: 500, sort: '-title', kind: 'control' }).items[0]!.title,
    ).toBe('Tooling resources');
  });

  it('answers NOT_FOUND for an unknown framework and VALIDATION_FAILED for a forged cursor or sort', () => {
    expect(() => listRequirements('iso-9001', { limit: 5 })).toThrow(
      expect.objectContaining({ code: 'NOT_FOUND' }),
    );
    expect(() => listRequirements('nist-ai-rmf-1.0', { limit: 5, cursor: 'garbage' })).toThrow(
      expect.objectContaining({ code: 'VALIDATION_FAILED' }),
    );
    expect(() => listRequirements('nist-ai-rmf-1.0', { limit: 5, sort: 'summary' })).toThrow(
      expect.objectContaining({ code: 'VALIDATION_FAILED' }),
    );
  });

  it('lists mappings between two frameworks', () => {
    const m = listMappings({ from: 'eu-ai-act-2024', to: 'iso-iec-42001-2023', ref: 'Art. 4' }).items.map(
      (x) => x.toRef,
    );
    expect(m).toEqual(['7.2', '7.3', 'A.4.6']);
  });
});
