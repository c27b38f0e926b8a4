import { describe, expect, it } from 'vitest';
import { invitationStatus, isInvitationOpen } from './invitation.rules.ts';

const now = new Date('2026-12-02T12:00:00Z');
const open = { acceptedAt: null, revokedAt: null, expiresAt: '2026-12-09T12:00:00Z' };

describe('invitation status', () => {
  it('is pending until its expiry instant, then expired', () => {
    expect(invitationStatus(open, now)).toBe('pending');
    expect(isInvitationOpen(open, now)).toBe(true);
    expect(invitationStatus({ ...open, expiresAt: now }, now)).toBe('expired');
    expect(invitationStatus({ ...open, expiresAt: '2026-12-01T00:00:00Z' }, now)).toBe('expired');
  });
  it('accepted wins over revoked and expired; revoked over expired', () => {
    expect(
      invitationStatus({ ...open, acceptedAt: now, revokedAt: now, expiresAt: '2020-01-01T00:00:00Z' }, now),
    ).toBe('accepted');
    expect(invitationStatus({ ...open, revokedAt: now, expiresAt: '2020-01-01T00:00:00Z' }, now)).toBe(
      'revoked',
    );
  });
});
