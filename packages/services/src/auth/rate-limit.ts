// Sign-in rate limiting and lock-out, stored in the database so every server process sees the same count.
import { AppError, newId } from '@openaims/core';
import { type Db, tables } from '@openaims/db';
import { and, count, eq, gt, lt } from 'drizzle-orm';

const { loginAttempts } = tables;

/** Failed sign-ins per account within the window before the account is locked for the rest of it. */
export const MAX_FAILURES_PER_ACCOUNT = 5;
/** Failed sign-ins per client address within the window. */
export const MAX_FAILURES_PER_ADDRESS = 30;
/** The window, in milliseconds. */
export const LOCKOUT_WINDOW_MS = 15 * 60 * 1000;

async function failures(db: Db, key: string, since: Date): Promise<number> {
  const [row] = await db
    .select({ n: count() })
    .from(loginAttempts)
    .where(and(eq(loginAttempts.key, key), eq(loginAttempts.ok, false), gt(loginAttempts.at, since)));
  return row?.n ?? 0;
}

/** Throws TOO_MANY_REQUESTS when the account or the address has failed too often recently. */
export async function assertNotLockedOut(db: Db, email: string, address: string | undefined): Promise<void> {
  const since = new Date(Date.now() - LOCKOUT_WINDOW_MS);
  const retry = { headers: { 'Retry-After': String(LOCKOUT_WINDOW_MS / 1000) } };
  if ((await failures(db, `email:${email}`, since)) >= MAX_FAILURES_PER_ACCOUNT) {
    throw new AppError(
      'TOO_MANY_REQUESTS',
      'Too many failed sign-ins for this account. Try again in 15 minutes.',
      retry,
    );
  }
  if (address && (await failures(db, `addr:${address}`, since)) >= MAX_FAILURES_PER_ADDRESS) {
    throw new AppError(
      'TOO_MANY_REQUESTS',
      'Too many failed sign-ins from your address. Try again in 15 minutes.',
      retry,
    );
  }
}

/** Records a sign-in attempt; a success clears the account's failures. */
export async function recordAttempt(
  db: Db,
  email: string,
  address: string | undefined,
  ok: boolean,
): Promise<void> {
  const at = new Date();
  if (ok) {
    await db.delete(loginAttempts).where(eq(loginAttempts.key, `email:${email}`));
    return;
  }
  const rows = [{ id: newId('session'), key: `email:${email}`, at, ok }];
  if (address) rows.push({ id: newId('session'), key: `addr:${address}`, at, ok });
  await db.insert(loginAttempts).values(rows);
  await db.delete(loginAttempts).where(lt(loginAttempts.at, new Date(at.getTime() - LOCKOUT_WINDOW_MS * 4)));
}
