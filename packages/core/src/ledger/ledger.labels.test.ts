import { describe, expect, it } from 'vitest';
import { entityTypeLabel, ledgerActionLabel } from './ledger.labels.ts';

describe('ledger labels', () => {
  it('turns stored names into words', () => {
    expect(ledgerActionLabel('ai_system.created')).toBe('AI system created');
    expect(ledgerActionLabel('soa_version.approved')).toBe('SoA version approved');
    expect(entityTypeLabel('management_review')).toBe('Management review');
    expect(entityTypeLabel('soa_entry')).toBe('SoA entry');
    expect(entityTypeLabel('api_token')).toBe('API token');
  });
});
