// Tenants and who may act in them. Every tenant table leads with organization_id (the Citus distribution key).
import { boolean, index, integer, pgTable, text, uniqueIndex } from 'drizzle-orm/pg-core';
import { byAtColumns, entityColumns, tstz } from './columns.ts';
import { userIdColumn } from './identity.ts';

export const organizations = pgTable(
  'organizations',
  {
    id: text('id').primaryKey(),
    name: text('name').notNull(),
    slug: text('slug').notNull(),
    // Organization option (§5.3, A.3.2): an SoA version may not be approved by the person who submitted it.
    soaSeparationOfDuties: boolean('soa_separation_of_duties').notNull().default(false),
    // Organization option (§7.5.2, A.3.2): four-eyes approval — a document version's author may not approve it.
    documentFourEyes: boolean('document_four_eyes').notNull().default(false),
    createdAt: tstz('created_at').notNull(),
    updatedAt: tstz('updated_at').notNull(),
    version: integer('version').notNull().default(1),
  },
  (t) => [uniqueIndex('organizations_slug_uq').on(t.slug)],
);

/** A row's organization (`organization_id`, required); the row goes with the organization. */
export const organizationIdColumn = () =>
  text('organization_id')
    .notNull()
    .references(() => organizations.id, { onDelete: 'cascade' });

export const members = pgTable(
  'members',
  {
    ...entityColumns(),
    userId: userIdColumn(),
    role: text('role').notNull(),
    // Time-boxed access (an external auditor): after this instant the membership grants nothing.
    accessEndsAt: tstz('access_ends_at'),
  },
  (t) => [
    uniqueIndex('members_org_user_uq').on(t.organizationId, t.userId),
    index('members_user_idx').on(t.userId),
  ],
);

export const apiTokens = pgTable(
  'api_tokens',
  {
    id: text('id').primaryKey(),
    organizationId: organizationIdColumn(),
    name: text('name').notNull(),
    role: text('role').notNull(),
    tokenHash: text('token_hash').notNull(),
    prefix: text('prefix').notNull(),
    createdBy: text('created_by'),
    createdAt: tstz('created_at').notNull(),
    expiresAt: tstz('expires_at'),
    lastUsedAt: tstz('last_used_at'),
    revokedAt: tstz('revoked_at'),
  },
  (t) => [
    uniqueIndex('api_tokens_hash_uq').on(t.tokenHash),
    index('api_tokens_org_idx').on(t.organizationId, t.createdAt),
  ],
);

export const invitations = pgTable(
  'invitations',
  {
    id: text('id').primaryKey(),
    organizationId: organizationIdColumn(),
    email: text('email').notNull(),
    role: text('role').notNull(),
    codeHash: text('code_hash').notNull(),
    invitedBy: text('invited_by').notNull(),
    createdAt: tstz('created_at').notNull(),
    expiresAt: tstz('expires_at').notNull(),
    ...byAtColumns('accepted'),
    revokedAt: tstz('revoked_at'),
    // Copied to the membership on acceptance.
    accessEndsAt: tstz('access_ends_at'),
  },
  (t) => [
    uniqueIndex('invitations_code_uq').on(t.codeHash),
    index('invitations_org_idx').on(t.organizationId, t.createdAt),
  ],
);

/** Head of each organization's ledger chain; locked FOR UPDATE while appending so the chain never forks. */
export const ledgerHeads = pgTable('ledger_heads', {
  organizationId: text('organization_id').primaryKey(),
  seq: integer('seq').notNull(),
  hash: text('hash').notNull(),
});
