import { describe, expect, it } from 'vitest';
import { documentFilename, slugify } from './filenames.ts';

describe('document file names (§7.5.2 a)', () => {
  const day = new Date('2026-12-02T10:00:00Z');

  it('joins organization, document and day', () => {
    expect(documentFilename('ACME GmbH', 'Statement of Applicability', day, 'pdf')).toBe(
      'acme-gmbh_statement-of-applicability_2026-12-02.pdf',
    );
  });

  it('keeps letters of any script for filename*, and nothing that could leave the name', () => {
    expect(slugify('Müller & Söhne GmbH')).toBe('müller-söhne-gmbh');
    expect(slugify('../../etc/passwd "x"\u202e')).toBe('etc-passwd-x');
    expect(slugify('  --  ')).toBe('');
    expect(documentFilename('  --  ', '', day, 'csv')).toBe('organization_export_2026-12-02.csv');
    expect(slugify('a'.repeat(100))).toHaveLength(48);
  });
});
