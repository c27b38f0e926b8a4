// Rate limit of the public concern channel (A.3.3): submissions and reporter messages per client address, counted
// in the sign-in attempts table so every server process sees the same count (see auth/rate-limit.ts).
import { AppError, newId } from '@openaims/core';
import { type Db, tables } from '@openaims/db';
import { and, count, eq, gt } from 'drizzle-orm';
import { LOCKOUT_WINDOW_MS } from '../auth/rate-limit.ts';

const { loginAttempts } = tables;

/** Public concern writes (submissions and messages) per client address within the window. */
export const MAX_CONCERN_WRITES_PER_ADDRESS = 10;

/**
 * Counts one public write for the address, then refuses with TOO_MANY_REQUESTS when over the limit. The row is
 * stored as a failure so the sign-in clean-up removes it once it is old. In-process requests (no address) share
 * one key.
 */
export async function countConcernWrite(db: Db, address: string | undefined): Promise<void> {
  const at = new Date();
  const key = `concern:addr:${address ?? 'local'}`;
  await db.insert(loginAttempts).values({ id: newId('session'), key, at, ok: false });
  const [row] = await db
    .select({ n: count() })
    .from(loginAttempts)
    .where(
      and(
        eq(loginAttempts.key, key),
        eq(loginAttempts.ok, false),
        gt(loginAttempts.at, new Date(at.getTime() - LOCKOUT_WINDOW_MS)),
      ),
    );
  if ((row?.n ?? 0) > MAX_CONCERN_WRITES_PER_ADDRESS)
    throw new AppError('TOO_MANY_REQUESTS', 'Too many reports from your address. Try again in 15 minutes.', {
      headers: { 'Retry-After': String(LOCKOUT_WINDOW_MS / 1000) },
    });
}
