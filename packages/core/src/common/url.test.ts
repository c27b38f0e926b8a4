import { describe, expect, it } from 'vitest';
import { HttpUrlSchema } from './url.ts';

describe('stored URLs', () => {
  it('accepts http and https addresses', () => {
    expect(HttpUrlSchema.parse(' https://example.com/a?b=c ')).toBe('https://example.com/a?b=c');
    expect(HttpUrlSchema.safeParse('http://intranet.local:8080/').success).toBe(true);
  });

  it('refuses every other scheme', () => {
    for (const u of [
      'javascript:alert(1)',
      'JavaScript:alert(1)',
      'data:text/html,<script>alert(1)</script>',
      'vbscript:msgbox(1)',
      'file:///etc/passwd',
      'ftp://example.com/',
      '//example.com',
      'https://',
    ])
      expect(HttpUrlSchema.safeParse(u).success, u).toBe(false);
  });
});

describe('references that may be text or an address', () => {
  it('keeps plain text and http(s) addresses, refuses other schemes', async () => {
    const { textOrHttpUrl } = await import('./url.ts');
    const s = textOrHttpUrl(1000);
    for (const ok of ['', 'AI policy §2', 'Policy: section 2', 'https://intranet.example/policy'])
      expect(s.safeParse(ok).success, ok).toBe(true);
    for (const bad of ['javascript:alert(1)', 'data:text/html,x', 'file:///etc/passwd'])
      expect(s.safeParse(bad).success, bad).toBe(false);
  });
});
