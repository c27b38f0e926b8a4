// Issue 17: a token per organization and collection that names the collection's current content, so a process
// may keep a serialized answer (the risk register's pages) and know, with one indexed read, whether it still is
// the answer. Triggers (migration 0032) set a new random `revision` in every transaction that writes a row the
// answer is built from, whichever code path wrote it (service, import, restore, bulk SQL). Random rather than a
// counter: a restored backup brings back the revision its data had, so a token can never name two contents.
import { pgTable, primaryKey, text } from 'drizzle-orm/pg-core';
import { tstz } from './columns.ts';

export const collectionRevisions = pgTable(
  'collection_revisions',
  {
    organizationId: text('organization_id').notNull(),
    /** The collection's API path segment, e.g. `risks`. */
    collection: text('collection').notNull(),
    revision: text('revision').notNull(),
    updatedAt: tstz('updated_at').notNull(),
  },
  (t) => [primaryKey({ columns: [t.organizationId, t.collection] })],
);
