// Users, sessions, OIDC identities and sign-in attempts: instance-wide, not tenant data.
import { boolean, index, pgTable, text, uniqueIndex } from 'drizzle-orm/pg-core';
import { tstz } from './columns.ts';

export const users = pgTable(
  'users',
  {
    id: text('id').primaryKey(),
    email: text('email').notNull(),
    name: text('name').notNull(),
    passwordHash: text('password_hash'),
    createdAt: tstz('created_at').notNull(),
    updatedAt: tstz('updated_at').notNull(),
    disabledAt: tstz('disabled_at'),
    /** The web app's language chosen by the person ('en' | 'de' | 'fr'); null: the browser's language. */
    locale: text('locale'),
  },
  (t) => [uniqueIndex('users_email_uq').on(t.email)],
);

/** A row's user (`user_id`, required); the row goes with the user. */
export const userIdColumn = () =>
  text('user_id')
    .notNull()
    .references(() => users.id, { onDelete: 'cascade' });

/** Sessions live in the database so any number of server processes share them. `id` is the SHA-256 of the cookie. */
export const sessions = pgTable(
  'sessions',
  {
    id: text('id').primaryKey(),
    userId: userIdColumn(),
    csrfToken: text('csrf_token').notNull(),
    createdAt: tstz('created_at').notNull(),
    expiresAt: tstz('expires_at').notNull(),
    lastSeenAt: tstz('last_seen_at').notNull(),
  },
  (t) => [index('sessions_user_idx').on(t.userId)],
);

/** Links a user to an OpenID Connect subject. */
export const identities = pgTable(
  'identities',
  {
    id: text('id').primaryKey(),
    userId: userIdColumn(),
    issuer: text('issuer').notNull(),
    subject: text('subject').notNull(),
    createdAt: tstz('created_at').notNull(),
  },
  (t) => [uniqueIndex('identities_issuer_subject_uq').on(t.issuer, t.subject)],
);

/** Sign-in attempts per key (email or address), for rate limiting and lock-out across processes. */
export const loginAttempts = pgTable(
  'login_attempts',
  {
    id: text('id').primaryKey(),
    key: text('key').notNull(),
    at: tstz('at').notNull(),
    ok: boolean('ok').notNull(),
  },
  (t) => [index('login_attempts_key_at_idx').on(t.key, t.at)],
);

/** Password-reset tokens: only the SHA-256 of the e-mailed token is kept; single use, short-lived. */
export const passwordResets = pgTable(
  'password_resets',
  {
    id: text('id').primaryKey(),
    userId: userIdColumn(),
    tokenHash: text('token_hash').notNull(),
    createdAt: tstz('created_at').notNull(),
    expiresAt: tstz('expires_at').notNull(),
    usedAt: tstz('used_at'),
  },
  (t) => [
    uniqueIndex('password_resets_token_uq').on(t.tokenHash),
    index('password_resets_user_idx').on(t.userId),
  ],
);
