// The token that names a collection's current content for one organization (issue 17), kept by triggers in the
// writing transaction (migration 0032, `collection_revisions`). Equal tokens mean equal content, in every process
// on the same database, so an answer serialized under one token may be served again while the token holds.
import { type Db, tables } from '@openaims/db';
import { and, eq } from 'drizzle-orm';

const { collectionRevisions } = tables;

/** Collections whose content triggers keep a revision of (the ones whose list answers may be cached). */
export type RevisedCollection = 'risks';

/**
 * Content written before the triggers existed, never changed since, has no row: one more name for that one
 * content (the first write after it gives the collection a random revision).
 */
export const UNTOUCHED_REVISION = 'untouched';

/** The collection's current revision: one primary-key read, outside any transaction the caller holds. */
export async function collectionRevision(
  db: Db,
  orgId: string,
  collection: RevisedCollection,
): Promise<string> {
  const [row] = await db
    .select({ revision: collectionRevisions.revision })
    .from(collectionRevisions)
    .where(
      and(eq(collectionRevisions.organizationId, orgId), eq(collectionRevisions.collection, collection)),
    );
  return row?.revision ?? UNTOUCHED_REVISION;
}
