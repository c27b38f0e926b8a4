// Password reset by e-mail (DESIGN §4 auth). The request is answered alike
// whether or not the account exists, so it cannot be used to find accounts; the e-mailed token is random,
// stored only as its SHA-256, works once and for PASSWORD_RESET_TTL_MS. Users are instance-wide, not org
// records, so a reset writes a security log line rather than a ledger entry.
import { AppError, newId, type PasswordResetInput, randomSecret } from '@openaims/core';
import { type Db, tables } from '@openaims/db';
import { and, count, eq, gt, isNull } from 'drizzle-orm';
import { sha256Hex } from '../common/hash.ts';
import { passwordResetEmail, ssoOnlyResetEmail } from '../notifications/email.templates.ts';
import { queueEmail } from '../notifications/notification.service.ts';
import { hashPassword } from './password.ts';
import { LOCKOUT_WINDOW_MS } from './rate-limit.ts';

const { users, sessions, identities, passwordResets, loginAttempts } = tables;

/** How long an e-mailed reset link works. */
export const PASSWORD_RESET_TTL_MS = 60 * 60 * 1000;
/** Reset requests per email address within the window (a mailbox is not to be flooded). */
export const MAX_RESETS_PER_EMAIL = 3;
/** Reset requests per client address within the window. */
export const MAX_RESETS_PER_ADDRESS = 20;

/** The single answer to every accepted reset request. */
export const PASSWORD_RESET_ACCEPTED =
  'If an account with this email exists, a link to choose a new password is on its way. It works for 60 minutes.';

/** What a reset request did, for the security log only (never for the response). */
export interface ResetRequestOutcome {
  userId: string | null;
  outcome: 'queued' | 'sso-only' | 'no-account' | 'mail-off';
}

async function countRecent(db: Db, key: string, since: Date): Promise<number> {
  const [row] = await db
    .select({ n: count() })
    .from(loginAttempts)
    .where(and(eq(loginAttempts.key, key), gt(loginAttempts.at, since)));
  return row?.n ?? 0;
}

/**
 * Counts a reset request per email and per client address, like sign-in, and refuses over the limits
 * (TOO_MANY_REQUESTS). The count is the same whether or not the account exists.
 */
async function countResetRequest(db: Db, email: string, address: string | undefined): Promise<void> {
  const at = new Date();
  const since = new Date(at.getTime() - LOCKOUT_WINDOW_MS);
  const emailKey = `reset:email:${email.toLowerCase()}`;
  const addrKey = address ? `reset:addr:${address}` : undefined;
  const rows = [{ id: newId('session'), key: emailKey, at, ok: false }];
  if (addrKey) rows.push({ id: newId('session'), key: addrKey, at, ok: false });
  await db.insert(loginAttempts).values(rows);
  const headers = { 'Retry-After': String(LOCKOUT_WINDOW_MS / 1000) };
  if ((await countRecent(db, emailKey, since)) > MAX_RESETS_PER_EMAIL)
    throw new AppError(
      'TOO_MANY_REQUESTS',
      'Too many reset requests for this email. Try again in 15 minutes.',
      {
        headers,
      },
    );
  if (addrKey && (await countRecent(db, addrKey, since)) > MAX_RESETS_PER_ADDRESS)
    throw new AppError(
      'TOO_MANY_REQUESTS',
      'Too many reset requests from your address. Try again in 15 minutes.',
      {
        headers,
      },
    );
}

/**
 * Handles `POST /auth/password-reset`: when the account exists (and e-mail is configured) queues a message with
 * a one-time link `${publicUrl}/reset-password/{token}`. A single-sign-on-only account gets a message saying it
 * has no password here. The caller answers the same in every case.
 */
export async function requestPasswordReset(
  db: Db,
  email: string,
  opts: { address?: string; publicUrl: string; mail: boolean; now?: Date },
): Promise<ResetRequestOutcome> {
  await countResetRequest(db, email, opts.address);
  const [user] = await db.select().from(users).where(eq(users.email, email.toLowerCase()));
  if (!user || user.disabledAt) return { userId: null, outcome: 'no-account' };
  if (!opts.mail) return { userId: user.id, outcome: 'mail-off' };
  const [identity] = await db
    .select({ id: identities.id })
    .from(identities)
    .where(eq(identities.userId, user.id))
    .limit(1);
  const base = opts.publicUrl.replace(/\/$/, '');
  if (!user.passwordHash && identity) {
    await queueEmail(db, ssoOnlyResetEmail({ to: user.email, signInUrl: `${base}/sign-in` }));
    return { userId: user.id, outcome: 'sso-only' };
  }
  const token = randomSecret(32);
  const at = opts.now ?? new Date();
  const expiresAt = new Date(at.getTime() + PASSWORD_RESET_TTL_MS);
  await db.transaction(async (tx) => {
    await tx.insert(passwordResets).values({
      id: newId('passwordReset'),
      userId: user.id,
      tokenHash: sha256Hex(token),
      createdAt: at,
      expiresAt,
      usedAt: null,
    });
    await queueEmail(
      tx,
      passwordResetEmail({
        to: user.email,
        name: user.name,
        resetUrl: `${base}/reset-password/${token}`,
        expiresAt: expiresAt.toISOString(),
      }),
    );
  });
  return { userId: user.id, outcome: 'queued' };
}

const refused = () =>
  new AppError(
    'RULE_VIOLATION',
    'This password-reset link is unknown, already used or expired. Ask for a new one from the sign-in page.',
  );

/**
 * Handles `POST /auth/password-reset/{token}`: sets the new password, marks the token used and ends every
 * session of the user, in one transaction. Unknown, used and expired tokens are refused alike (422).
 */
export async function resetPassword(
  db: Db,
  token: string,
  input: PasswordResetInput,
  now: Date = new Date(),
): Promise<{ userId: string; email: string; sessionsEnded: number }> {
  const passwordHash = await hashPassword(input.password);
  return db.transaction(async (tx) => {
    // The conditional update claims the token atomically: of two concurrent uses, one wins.
    const [claimed] = await tx
      .update(passwordResets)
      .set({ usedAt: now })
      .where(
        and(
          eq(passwordResets.tokenHash, sha256Hex(token)),
          isNull(passwordResets.usedAt),
          gt(passwordResets.expiresAt, now),
        ),
      )
      .returning({ userId: passwordResets.userId });
    if (!claimed) throw refused();
    const [user] = await tx.select().from(users).where(eq(users.id, claimed.userId));
    if (!user || user.disabledAt) throw refused();
    await tx.update(users).set({ passwordHash, updatedAt: now }).where(eq(users.id, user.id));
    // Whoever knew the old password (or holds a stolen cookie) is signed out everywhere.
    const ended = await tx
      .delete(sessions)
      .where(eq(sessions.userId, user.id))
      .returning({ id: sessions.id });
    // Other open links for this user die with this one.
    await tx
      .update(passwordResets)
      .set({ usedAt: now })
      .where(and(eq(passwordResets.userId, user.id), isNull(passwordResets.usedAt)));
    return { userId: user.id, email: user.email, sessionsEnded: ended.length };
  });
}
