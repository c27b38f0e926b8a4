// Membership checks shared by every module that names a person (owners, assignees, trainees).
import { AppError } from '@openaims/core';
import { type Db, tables } from '@openaims/db';
import { eq } from 'drizzle-orm';
import { inOrg } from './in-org.ts';

/** Whether `userId` is a member of the organization: the one membership query every module's checks share. */
export async function isMember(db: Db, orgId: string, userId: string): Promise<boolean> {
  const { members } = tables;
  const [m] = await db
    .select({ id: members.id })
    .from(members)
    .where(inOrg(members, orgId, eq(members.userId, userId)));
  return m !== undefined;
}

/** Throws RULE_VIOLATION unless `userId` is a member of the organization. */
export async function assertMember(
  db: Db,
  orgId: string,
  userId: string | null | undefined,
  path = 'ownerId',
): Promise<void> {
  if (!userId) return;
  if (!(await isMember(db, orgId, userId)))
    throw new AppError('RULE_VIOLATION', 'The owner must be a member of this organization.', {
      errors: [{ path, message: 'not a member of this organization' }],
    });
}
