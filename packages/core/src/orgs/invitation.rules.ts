// Pure invitation rule: where an invitation stands. The service refuses any but an open one; the web shows it.

/** Where an invitation stands. */
export type InvitationStatus = 'pending' | 'accepted' | 'revoked' | 'expired';

/** The dates that decide an invitation's status (ISO strings from the API or Dates from the database). */
export interface InvitationDates {
  acceptedAt: Date | string | null;
  revokedAt: Date | string | null;
  expiresAt: Date | string;
}

/** An invitation's status at `now`: accepted, else revoked, else expired from its expiry instant on, else pending. */
export function invitationStatus(i: InvitationDates, now: Date = new Date()): InvitationStatus {
  if (i.acceptedAt) return 'accepted';
  if (i.revokedAt) return 'revoked';
  if (new Date(i.expiresAt).getTime() <= now.getTime()) return 'expired';
  return 'pending';
}

/** Whether the invitation can still be accepted or revoked. */
export function isInvitationOpen(i: InvitationDates, now: Date = new Date()): boolean {
  return invitationStatus(i, now) === 'pending';
}
