import { describe, expect, it } from 'vitest';
import { SEARCH_TYPES, searchUrl } from './search.schema.ts';

describe('searchUrl', () => {
  it.each([
    ['ai_system', '/orgs/o%2F1/ai-systems/r%201'],
    ['model', '/orgs/o%2F1/models/r%201'],
    ['dataset', '/orgs/o%2F1/datasets/r%201'],
    ['supplier', '/orgs/o%2F1/suppliers/r%201'],
    ['risk', '/orgs/o%2F1/risks/r%201'],
    ['impact_assessment', '/orgs/o%2F1/impacts'],
    ['control', '/orgs/o%2F1/soa'],
    ['document', '/orgs/o%2F1/documents/r%201'],
    ['evidence', '/orgs/o%2F1/evidence/r%201'],
    ['objective', '/orgs/o%2F1/objectives/r%201'],
    ['metric', '/orgs/o%2F1/monitoring/metrics/r%201'],
    ['nonconformity', '/orgs/o%2F1/nonconformities/r%201'],
    ['incident', '/orgs/o%2F1/improvement'],
    ['audit', '/orgs/o%2F1/audits/r%201'],
    ['management_review', '/orgs/o%2F1/management-reviews/r%201'],
  ] as const)('opens a %s at %s', (type, url) => {
    expect(searchUrl('o/1', type, 'r 1')).toBe(url);
  });

  it('knows a page for every kind', () => {
    for (const type of SEARCH_TYPES) expect(searchUrl('o', type, 'x')).toMatch(/^\/orgs\/o\/[a-z]/);
  });
});
