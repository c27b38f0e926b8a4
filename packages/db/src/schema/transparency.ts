// Transparency records per AI system (A.6.2.7, A.8.2, A.8.5) and the concern channel (A.3.3, A.8.3).
import { boolean, index, jsonb, pgTable, text, uniqueIndex } from 'drizzle-orm/pg-core';
import { entityColumns, sortIndexes, tenantKeyColumns, tstz } from './columns.ts';

/** One transparency record per AI system; `published` opens its public page. */
export const transparencyRecords = pgTable(
  'transparency_records',
  {
    ...entityColumns(),
    aiSystemId: text('ai_system_id').notNull(),
    purpose: text('purpose').notNull().default(''),
    capabilities: text('capabilities').notNull().default(''),
    limitations: text('limitations').notNull().default(''),
    humanOversight: text('human_oversight').notNull().default(''),
    contest: text('contest').notNull().default(''),
    aiDisclosure: text('ai_disclosure').notNull().default(''),
    userNotes: text('user_notes').notNull().default(''),
    operatorNotes: text('operator_notes').notNull().default(''),
    authorityNotes: text('authority_notes').notNull().default(''),
    reportingDuties: text('reporting_duties').notNull().default(''),
    published: boolean('published').notNull().default(false),
    publicFields: jsonb('public_fields').$type<string[]>().notNull().default([]),
    publishedAt: tstz('published_at'),
  },
  (t) => [uniqueIndex('transparency_records_org_system_uq').on(t.organizationId, t.aiSystemId)],
);

/**
 * Concerns and adverse-impact reports from outside. The follow-up code is stored only as its SHA-256; the
 * reporter's name and email are optional and shown to leads only.
 */
export const concerns = pgTable(
  'concerns',
  {
    ...entityColumns(),
    kind: text('kind').notNull(),
    aiSystemId: text('ai_system_id'),
    title: text('title').notNull(),
    description: text('description').notNull(),
    status: text('status').notNull().default('received'),
    triageNote: text('triage_note').notNull().default(''),
    reporterName: text('reporter_name'),
    reporterEmail: text('reporter_email'),
    followUpHash: text('follow_up_hash').notNull(),
    incidentId: text('incident_id'),
    nonconformityId: text('nonconformity_id'),
  },
  (t) => [
    uniqueIndex('concerns_follow_up_hash_uq').on(t.followUpHash),
    uniqueIndex('concerns_org_id_uq').on(t.organizationId, t.id),
    ...sortIndexes('concerns', t, { created: t.createdAt }),
  ],
);

/** Messages on a concern: the reporter's additions (through the code) and the organization's answers. */
export const concernMessages = pgTable(
  'concern_messages',
  {
    ...tenantKeyColumns(),
    concernId: text('concern_id').notNull(),
    from: text('from').notNull(),
    body: text('body').notNull(),
    authorId: text('author_id'),
    createdAt: tstz('created_at').notNull(),
  },
  (t) => [index('concern_messages_org_concern_idx').on(t.organizationId, t.concernId, t.createdAt)],
);
