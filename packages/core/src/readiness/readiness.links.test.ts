import { describe, expect, it } from 'vitest';
import { MANDATORY_ITEMS } from './mandatory.ts';
import { readinessBlockerPath, readinessItemPath, readinessSourcePath } from './readiness.links.ts';

describe('readiness links', () => {
  it('sends a document or evidence source to the record, others to their module', () => {
    expect(readinessSourcePath({ type: 'document', id: 'doc_1', label: 'AI policy' })).toBe(
      '/documents/doc_1',
    );
    expect(readinessSourcePath({ type: 'evidence', id: 'evi_1', label: 'Log' })).toBe('/evidence/evi_1');
    expect(readinessSourcePath({ type: 'soa', label: 'SoA' })).toBe('/soa');
    expect(readinessSourcePath({ type: 'competence', label: 'Training' })).toBe('/people');
  });

  it('gives every mandatory item a page, even before it has a source', () => {
    for (const m of MANDATORY_ITEMS) {
      const path = readinessItemPath({ key: m.key as never, sources: [] });
      expect(path, m.key).toMatch(/^\/[a-z-]+$/);
    }
    expect(readinessItemPath({ key: 'ai_policy', sources: [] })).toBe('/documents');
    expect(readinessItemPath({ key: 'statement_of_applicability', sources: [] })).toBe('/soa');
  });

  it('links every blocker the rules raise to where it is cleared', () => {
    for (const key of [
      'soa_undecided',
      'soa_unjustified',
      'risks_reassess',
      'reviews_overdue',
      'major_nc_open',
    ])
      expect(readinessBlockerPath({ key }), key).not.toBe('/readiness');
  });
});
