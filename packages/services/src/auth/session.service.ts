// Database-backed sessions: any number of server processes share them (DESIGN §8).
import { randomSecret, type User } from '@openaims/core';
import { type Db, tables } from '@openaims/db';
import { and, eq, gt, lt } from 'drizzle-orm';
import { sha256Hex } from '../common/hash.ts';

const { sessions, users } = tables;

/** Absolute lifetime of a session. */
export const SESSION_TTL_MS = 7 * 24 * 3600 * 1000;
/** A session unused this long ends. */
export const SESSION_IDLE_MS = 24 * 3600 * 1000;

/** A created session: the cookie value (secret) and its CSRF token. */
export interface NewSession {
  secret: string;
  csrfToken: string;
  expiresAt: Date;
}

/** Starts a session for a user. The cookie carries the secret; the database stores only its hash. */
export async function createSession(db: Db, userId: string): Promise<NewSession> {
  const secret = randomSecret(32);
  const csrfToken = randomSecret(24);
  const at = new Date();
  const expiresAt = new Date(at.getTime() + SESSION_TTL_MS);
  await db
    .insert(sessions)
    .values({ id: sha256Hex(secret), userId, csrfToken, createdAt: at, expiresAt, lastSeenAt: at });
  // Housekeeping where it is cheap: the user's own expired sessions go when a new one starts.
  await db.delete(sessions).where(and(eq(sessions.userId, userId), lt(sessions.expiresAt, at)));
  return { secret, csrfToken, expiresAt };
}

/** The user and CSRF token behind a session cookie, or undefined when unknown, expired or idle. */
export async function resolveSession(
  db: Db,
  secret: string,
): Promise<{ user: User; csrfToken: string; sessionId: string } | undefined> {
  const id = sha256Hex(secret);
  const at = new Date();
  const [row] = await db
    .select({ s: sessions, u: users })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(and(eq(sessions.id, id), gt(sessions.expiresAt, at)));
  if (!row || row.u.disabledAt) return undefined;
  if (at.getTime() - row.s.lastSeenAt.getTime() > SESSION_IDLE_MS) {
    await db.delete(sessions).where(eq(sessions.id, id));
    return undefined;
  }
  if (at.getTime() - row.s.lastSeenAt.getTime() > 60_000) {
    await db.update(sessions).set({ lastSeenAt: at }).where(eq(sessions.id, id));
  }
  return {
    user: { id: row.u.id, email: row.u.email, name: row.u.name },
    csrfToken: row.s.csrfToken,
    sessionId: id,
  };
}

/** Ends a session. */
export async function deleteSession(db: Db, secret: string): Promise<void> {
  await db.delete(sessions).where(eq(sessions.id, sha256Hex(secret)));
}

/** Removes expired sessions (housekeeping). */
export async function purgeExpiredSessions(db: Db): Promise<void> {
  await db.delete(sessions).where(lt(sessions.expiresAt, new Date()));
}
