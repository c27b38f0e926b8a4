// Instance-wide secrets that are not tenant data: the Ed25519 key that signs audit packs (issue 11, §7.5.3). One row
// per purpose, generated once; kept in the database so every server process on one PostgreSQL signs with the same
// key, and inside the data directory for PGlite.
import { pgTable, text } from 'drizzle-orm/pg-core';
import { tstz } from './columns.ts';

export const instanceKeys = pgTable('instance_keys', {
  purpose: text('purpose').primaryKey(),
  algorithm: text('algorithm').notNull(),
  publicKey: text('public_key').notNull(),
  privateKey: text('private_key').notNull(),
  createdAt: tstz('created_at').notNull(),
});
