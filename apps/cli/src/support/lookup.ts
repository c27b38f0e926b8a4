// Lookups the operator commands need before calling a service: the organization and the user by email, and the
// context the services see the operator in.
import { AppError } from '@openaims/core';
import { type Db, tables } from '@openaims/db';
import { type OrgContext, SYSTEM_ACTOR } from '@openaims/services';
import { eq } from 'drizzle-orm';

/** How the services see an operator command in an organization: the system, acting with owner authority. */
export function operatorContext(db: Db, orgId: string): OrgContext {
  return { db, orgId, role: 'owner', actor: SYSTEM_ACTOR };
}

/** The operator's context in an organization that must exist (NOT_FOUND otherwise). */
export async function existingOrgContext(db: Db, orgId: string): Promise<OrgContext> {
  await assertOrganizationExists(db, orgId);
  return operatorContext(db, orgId);
}

/** Throws NOT_FOUND unless the organization exists. */
export async function assertOrganizationExists(db: Db, orgId: string): Promise<void> {
  const [row] = await db
    .select({ id: tables.organizations.id })
    .from(tables.organizations)
    .where(eq(tables.organizations.id, orgId));
  if (!row) throw new AppError('NOT_FOUND', `Organization ${orgId} was not found.`);
}

/** The id of the user with this (normalized) email; NOT_FOUND otherwise. */
export async function getUserIdByEmail(db: Db, email: string): Promise<string> {
  const [row] = await db
    .select({ id: tables.users.id })
    .from(tables.users)
    .where(eq(tables.users.email, email));
  if (!row)
    throw new AppError(
      'NOT_FOUND',
      `No user has the email ${email}. Create the user first (aims init, or an invitation).`,
    );
  return row.id;
}
