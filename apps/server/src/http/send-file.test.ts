import { describe, expect, it } from 'vitest';
import { attachment, sendFile } from './send-file.ts';

describe('download names (RFC 6266, RFC 8187)', () => {
  it('gives an ASCII quoted name with accents dropped and the UTF-8 name as filename*', () => {
    expect(attachment('müller-söhne-gmbh_statement-of-applicability_2026-12-02.pdf')).toBe(
      `attachment; filename="muller-sohne-gmbh_statement-of-applicability_2026-12-02.pdf"; filename*=UTF-8''m%C3%BCller-s%C3%B6hne-gmbh_statement-of-applicability_2026-12-02.pdf`,
    );
  });

  it('cannot break out of the quoted form or the header', () => {
    const value = attachment('a"b\\c\r\nSet-Cookie: x=1 (it\'s).pdf');
    expect(value).not.toMatch(/[\r\n]/);
    expect(value).toContain('filename="a_b_c__Set-Cookie: x=1 (it\'s).pdf"');
    expect(value).toContain("filename*=UTF-8''a%22b%5Cc%0D%0ASet-Cookie%3A%20x%3D1%20%28it%27s%29.pdf");
  });

  it('sets the header on a file answer', () => {
    const res = sendFile({ body: 'x', contentType: 'text/csv', filename: 'acme_access-log_2026-12-02.csv' });
    expect(res.headers.get('content-disposition')).toContain('filename="acme_access-log_2026-12-02.csv"');
  });
});
