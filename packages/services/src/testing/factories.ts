// Test factories on a real database: build what a test needs, with overrides. No mocks.
import { newId, type Role } from '@openaims/core';
import { type Db, tables } from '@openaims/db';
import { and, eq, sql } from 'drizzle-orm';
import type { OrgContext } from '../context.ts';
import { insertOrganizationWithOwner } from '../orgs/org.service.ts';
import { insertToken } from '../orgs/token.service.ts';
import { ensureSoaSeeded } from '../soa/soa-seed.ts';

let counter = 0;
const unique = () => `${Date.now().toString(36)}${(counter++).toString(36)}`;

/** A user (no password unless given). */
export async function buildUser(
  db: Db,
  overrides: { email?: string; name?: string; passwordHash?: string | null } = {},
) {
  const at = new Date();
  const u = unique();
  const row = {
    id: newId('user'),
    email: overrides.email ?? `user-${u}@example.test`,
    name: overrides.name ?? `User ${u}`,
    passwordHash: overrides.passwordHash ?? null,
    createdAt: at,
    updatedAt: at,
  };
  await db.insert(tables.users).values(row);
  return { id: row.id, email: row.email, name: row.name };
}

/** An organization with an owner user. */
export async function buildOrg(db: Db, overrides: { name?: string } = {}) {
  const owner = await buildUser(db);
  const org = await insertOrganizationWithOwner(db, { name: overrides.name ?? `Org ${unique()}` }, owner.id, {
    type: 'user',
    id: owner.id,
    userId: owner.id,
  });
  return { org, owner };
}

/** Adds a user with a role to an organization. */
export async function addMember(db: Db, orgId: string, role: Role, user?: { id: string }) {
  const u = user ?? (await buildUser(db));
  const at = new Date();
  const id = newId('member');
  await db
    .insert(tables.members)
    .values({ id, organizationId: orgId, userId: u.id, role, createdAt: at, updatedAt: at });
  return { memberId: id, userId: u.id };
}

/** A service context acting as a fresh member with the given role (an organization is created when none is given). */
export async function buildContext(db: Db, opts: { role?: Role; orgId?: string } = {}): Promise<OrgContext> {
  const role = opts.role ?? 'owner';
  const orgId = opts.orgId ?? (await buildOrg(db)).org.id;
  const { userId } = await addMember(db, orgId, role);
  return { db, orgId, role, actor: { type: 'user', id: userId, userId } };
}

/** An API token secret for an organization and role. */
export async function buildToken(db: Db, orgId: string, role: Role): Promise<string> {
  const t = await insertToken(db, orgId, { name: `token ${unique()}`, role }, { type: 'system', id: null });
  return t.token;
}

/**
 * Gives every still-undecided Annex A control of the organization a decision (applicable, planned), as a person
 * would before approving the SoA (§6.1.3: approval refuses undecided controls).
 */
export async function decideRemainingSoa(db: Db, orgId: string): Promise<void> {
  await ensureSoaSeeded(db, orgId);
  const { soaEntries } = tables;
  await db
    .update(soaEntries)
    .set({ implementationStatus: 'planned' })
    .where(
      and(
        eq(soaEntries.organizationId, orgId),
        eq(soaEntries.applicable, true),
        eq(soaEntries.implementationStatus, 'not_started'),
        sql`trim(${soaEntries.justification}) = ''`,
      ),
    );
}
