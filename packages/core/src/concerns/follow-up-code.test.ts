import { describe, expect, it } from 'vitest';
import { can } from '../orgs/permissions.ts';
import { canSeeReporter } from './concern.rules.ts';
import { base32, FOLLOW_UP_CODE_BYTES, followUpCodeFrom, normalizeFollowUpCode } from './follow-up-code.ts';

describe('follow-up code (A.3.3)', () => {
  it('encodes RFC 4648 base32', () => {
    expect(base32(new TextEncoder().encode('foobar'))).toBe('MZXW6YTBOI');
  });

  it('carries 160 bits as 32 characters in groups of four', () => {
    const code = followUpCodeFrom(new Uint8Array(FOLLOW_UP_CODE_BYTES).fill(255));
    expect(code).toMatch(/^([A-Z2-7]{4}-){7}[A-Z2-7]{4}$/);
    expect(normalizeFollowUpCode(code)).toHaveLength(32);
  });

  it('forgives case, spaces and hyphens and refuses what cannot be a code', () => {
    const code = followUpCodeFrom(new Uint8Array(FOLLOW_UP_CODE_BYTES).fill(7));
    expect(normalizeFollowUpCode(code.toLowerCase().replace(/-/g, ' '))).toBe(code.replace(/-/g, ''));
    expect(normalizeFollowUpCode('ABCD')).toBeUndefined();
    expect(normalizeFollowUpCode('1'.repeat(32))).toBeUndefined();
  });

  it('shows who reported to leads only', () => {
    expect(['owner', 'admin', 'manager'].every((r) => canSeeReporter(r as 'owner'))).toBe(true);
    expect(['contributor', 'auditor', 'viewer'].some((r) => canSeeReporter(r as 'viewer'))).toBe(false);
    expect(can('viewer', 'concern:read')).toBe(true);
  });
});
