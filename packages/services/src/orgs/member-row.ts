// A membership row is written in two places, an organization's creation (its owner) and an accepted invitation;
// both write it the same way, and each records `member.added` itself where its ledger order needs it.
import { newId } from '@openaims/core';
import { type Db, tables } from '@openaims/db';

/** Inserts a member of the organization stamped `at`, and returns the new membership's id. */
export async function insertMember(
  tx: Db,
  m: { organizationId: string; userId: string; role: string; accessEndsAt?: Date | null },
  at: Date,
): Promise<string> {
  const id = newId('member');
  await tx.insert(tables.members).values({
    id,
    organizationId: m.organizationId,
    userId: m.userId,
    role: m.role,
    accessEndsAt: m.accessEndsAt ?? null,
    createdAt: at,
    updatedAt: at,
  });
  return id;
}
