// Membership checks shared by every module that names a person (owners, assignees, trainees).
import { AppError } from '@openaims/core';
import { type Db, tables } from '@openaims/db';
import { and, eq } from 'drizzle-orm';

/** Throws RULE_VIOLATION unless `userId` is a member of the organization. */
export async function assertMember(
  db: Db,
  orgId: string,
  userId: string | null | undefined,
  path = 'ownerId',
): Promise<void> {
  if (!userId) return;
  const { members } = tables;
  const [m] = await db
    .select({ id: members.id })
    .from(members)
    .where(and(eq(members.organizationId, orgId), eq(members.userId, userId)));
  if (!m)
    throw new AppError('RULE_VIOLATION', 'The owner must be a member of this organization.', {
      errors: [{ path, message: 'not a member of this organization' }],
    });
}
