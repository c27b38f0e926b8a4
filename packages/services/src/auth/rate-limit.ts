// Sign-in rate limiting and lock-out, stored in the database so every server process sees the same count.
//
// An attempt is counted BEFORE its password is checked: the attempt's row is committed first, then the
// failures in the window (its own included) are counted. The k-th attempt to commit sees at least k rows, so
// however many requests race, at most MAX_FAILURES_PER_ACCOUNT of them reach the password hash (SECURITY.md).
import { AppError, newId } from '@openaims/core';
import { type Db, tables } from '@openaims/db';
import { and, count, eq, gt, lt, or } from 'drizzle-orm';
import { anyOf } from '../common/any-of.ts';

const { loginAttempts } = tables;

/** Failed sign-ins per account within the window before the account is locked for the rest of it. */
export const MAX_FAILURES_PER_ACCOUNT = 5;
/** Failed sign-ins per client address within the window before new accounts are refused from it. */
export const MAX_FAILURES_PER_ADDRESS = 30;
/** The window, in milliseconds. */
export const LOCKOUT_WINDOW_MS = 15 * 60 * 1000;
/** How long a successful sign-in makes an (address, account) pair known, exempting it from the address limit. */
export const KNOWN_PAIR_MS = 30 * 86_400_000;

const emailKey = (email: string) => `email:${email.toLowerCase()}`;
const addressKey = (address: string) => `addr:${address}`;
const knownKey = (address: string, email: string) => `known:${address}|${email.toLowerCase()}`;

async function countRows(db: Db, key: string, ok: boolean, since: Date): Promise<number> {
  const [row] = await db
    .select({ n: count() })
    .from(loginAttempts)
    .where(and(eq(loginAttempts.key, key), eq(loginAttempts.ok, ok), gt(loginAttempts.at, since)));
  return row?.n ?? 0;
}

function tooMany(message: string): AppError {
  return new AppError('TOO_MANY_REQUESTS', message, {
    headers: { 'Retry-After': String(LOCKOUT_WINDOW_MS / 1000) },
  });
}

/** A counted sign-in attempt, to be settled once the password has been checked. */
export interface CountedAttempt {
  /** Settles the attempt: a success clears the account's failures and remembers the (address, account) pair. */
  settle(ok: boolean): Promise<void>;
}

/**
 * Counts a sign-in attempt as a failure up front, then throws TOO_MANY_REQUESTS when it is over a limit.
 *
 * The address limit (30 in the window) stops one client from spending many accounts' guesses, but it must not
 * let anyone lock everyone behind one address out: an account that has signed in successfully from this
 * address in the last 30 days is not subject to it (its own limit of 5 still holds). Unknown pairs are refused
 * without a password check.
 */
export async function countAttempt(
  db: Db,
  email: string,
  address: string | undefined,
): Promise<CountedAttempt> {
  const at = new Date();
  const since = new Date(at.getTime() - LOCKOUT_WINDOW_MS);
  const rows = [{ id: newId('session'), key: emailKey(email), at, ok: false }];
  if (address) rows.push({ id: newId('session'), key: addressKey(address), at, ok: false });
  await db.insert(loginAttempts).values(rows);
  const ids = rows.map((r) => r.id);
  // A refused attempt stays counted: releasing it would let a burst that is refused as a whole leave no trace.
  if ((await countRows(db, emailKey(email), false, since)) > MAX_FAILURES_PER_ACCOUNT) {
    throw tooMany('Too many failed sign-ins for this account. Try again in 15 minutes.');
  }
  if (
    address &&
    (await countRows(db, addressKey(address), false, since)) > MAX_FAILURES_PER_ADDRESS &&
    (await countRows(db, knownKey(address, email), true, new Date(at.getTime() - KNOWN_PAIR_MS))) === 0
  ) {
    throw tooMany('Too many failed sign-ins from your address. Try again in 15 minutes.');
  }
  return {
    async settle(ok) {
      if (ok) await forgetFailures();
      await db
        .delete(loginAttempts)
        .where(
          or(
            and(
              eq(loginAttempts.ok, false),
              lt(loginAttempts.at, new Date(at.getTime() - LOCKOUT_WINDOW_MS * 4)),
            ),
            lt(loginAttempts.at, new Date(at.getTime() - KNOWN_PAIR_MS)),
          ),
        );
    },
  };

  async function forgetFailures() {
    await db
      .delete(loginAttempts)
      .where(or(eq(loginAttempts.key, emailKey(email)), anyOf(loginAttempts.id, ids)));
    if (address) {
      await db.delete(loginAttempts).where(eq(loginAttempts.key, knownKey(address, email)));
      await db
        .insert(loginAttempts)
        .values({ id: newId('session'), key: knownKey(address, email), at: new Date(), ok: true });
    }
  }
}
