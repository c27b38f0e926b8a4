// First set-up, sign-in and sign-out, and who-am-I (DESIGN §4 auth).
import {
  AppError,
  type Locale,
  LocaleSchema,
  type LoginInput,
  type Me,
  type MyOrganization,
  newId,
  type SetupInput,
  type User,
} from '@openaims/core';
import { type Db, tables } from '@openaims/db';
import { count, eq, sql } from 'drizzle-orm';
import { insertOrganizationWithOwner, listMyOrganizations } from '../orgs/org.service.ts';
import { hashPassword, verifyPassword } from './password.ts';
import { countAttempt } from './rate-limit.ts';
import { createSession, type NewSession } from './session.service.ts';

const { users } = tables;

/** Whether the instance still needs its first set-up (no user exists). */
export async function needsSetup(db: Db): Promise<boolean> {
  const [row] = await db.select({ n: count() }).from(users);
  return (row?.n ?? 0) === 0;
}

/** Inserts a user; a taken email is a CONFLICT. */
export async function insertUser(
  tx: Db,
  input: { email: string; name: string; password?: string | null },
): Promise<User> {
  const [existing] = await tx.select({ id: users.id }).from(users).where(eq(users.email, input.email));
  if (existing) throw new AppError('CONFLICT', `A user with the email ${input.email} already exists.`);
  const at = new Date();
  const user = { id: newId('user'), email: input.email, name: input.name };
  await tx.insert(users).values({
    ...user,
    passwordHash: input.password ? await hashPassword(input.password) : null,
    createdAt: at,
    updatedAt: at,
  });
  return user;
}

/**
 * First set-up: creates the first organization and its owner. Refused (CONFLICT) once any user exists, so a
 * stranger cannot claim a running instance.
 */
export async function setup(db: Db, input: SetupInput): Promise<{ organizationId: string; userId: string }> {
  const passwordHash = await hashPassword(input.password);
  return db.transaction(async (tx) => {
    // Serialize concurrent set-ups so exactly one wins.
    await tx.execute(sql`select pg_advisory_xact_lock(42003)`);
    const [row] = await tx.select({ n: count() }).from(users);
    if ((row?.n ?? 0) > 0)
      throw new AppError('CONFLICT', 'This instance is already set up. Sign in instead.');
    const at = new Date();
    const userId = newId('user');
    await tx.insert(users).values({
      id: userId,
      email: input.email,
      name: input.name,
      passwordHash,
      createdAt: at,
      updatedAt: at,
    });
    const org = await insertOrganizationWithOwner(tx, { name: input.organizationName }, userId, {
      type: 'user',
      id: userId,
      userId,
    });
    return { organizationId: org.id, userId };
  });
}

/** Checks credentials with lock-out, and starts a session. Wrong email and wrong password answer alike. */
export async function login(
  db: Db,
  input: LoginInput,
  address?: string,
): Promise<{ user: User; session: NewSession }> {
  // Counted before the password is checked, so concurrent guesses cannot outrun the lock-out.
  const attempt = await countAttempt(db, input.email, address);
  const [row] = await db.select().from(users).where(eq(users.email, input.email));
  const ok = (await verifyPassword(row?.passwordHash, input.password)) && !!row && !row.disabledAt;
  await attempt.settle(ok);
  if (!ok || !row) throw new AppError('UNAUTHENTICATED', 'Wrong email or password.');
  const session = await createSession(db, row.id);
  return { user: { id: row.id, email: row.email, name: row.name }, session };
}

/** `GET /me` for a signed-in user: the user, their organizations and the session's CSRF token. */
export async function meForUser(db: Db, user: User, csrfToken: string): Promise<Me> {
  const page = await listMyOrganizations(db, user.id, { limit: 500 });
  const [row] = await db.select({ locale: users.locale }).from(users).where(eq(users.id, user.id));
  return { user, token: null, organizations: page.items, csrfToken, locale: asLocale(row?.locale) };
}

function asLocale(value: string | null | undefined): Locale | null {
  const parsed = LocaleSchema.safeParse(value);
  return parsed.success ? parsed.data : null;
}

/**
 * Stores the signed-in person's language choice (null forgets it). A personal setting of an instance-wide
 * user, not an organization record: no ledger entry, as for a password change.
 */
export async function updateMyLocale(db: Db, userId: string, locale: Locale | null): Promise<void> {
  await db.update(users).set({ locale, updatedAt: new Date() }).where(eq(users.id, userId));
}

/** `GET /me` for an API token: the token's organization and role only. */
export function meForToken(
  token: { id: string; role: string; organizationId: string },
  org: MyOrganization,
): Me {
  return {
    user: null,
    token: { id: token.id, organizationId: token.organizationId, role: token.role },
    organizations: [org],
    csrfToken: null,
    locale: null,
  };
}
