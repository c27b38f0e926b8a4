// Organizations (tenants) and membership lookup.
import {
  AppError,
  assertCan,
  type CreateOrganizationInput,
  type ListQuery,
  type MyOrganization,
  newId,
  type Organization,
  OrganizationSchema,
  type Page,
  type Role,
} from '@openaims/core';
import { type Db, tables } from '@openaims/db';
import { and, eq } from 'drizzle-orm';
import { inOrg } from '../common/in-org.ts';
import { planPage } from '../common/paginate.ts';
import { projection } from '../common/projection.ts';
import { assertVersion } from '../common/versioning.ts';
import type { Actor, OrgContext } from '../context.ts';
import { appendLedger, record } from '../ledger/ledger.service.ts';
import { seedRiskCriteria } from '../risks/risk-criteria.service.ts';
import { seedSoa } from '../soa/soa-seed.ts';
import { insertMember } from './member-row.ts';

const { organizations, members } = tables;
type OrgRow = typeof organizations.$inferSelect;

/** Maps a row to the API shape. */
export const toOrganization: (r: OrgRow) => Organization = projection(OrganizationSchema);

function slugify(name: string): string {
  const s = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40);
  return s || 'org';
}

/** Creates an organization with `ownerUserId` as owner, in the caller's transaction, with ledger entries. */
export async function insertOrganizationWithOwner(
  tx: Db,
  input: CreateOrganizationInput,
  ownerUserId: string,
  actor: Actor,
): Promise<Organization> {
  const at = new Date();
  const id = newId('organization');
  let slug = slugify(input.name);
  const [taken] = await tx
    .select({ id: organizations.id })
    .from(organizations)
    .where(eq(organizations.slug, slug));
  if (taken) slug = `${slug}-${id.slice(-6)}`;
  const row = {
    id,
    name: input.name,
    slug,
    soaSeparationOfDuties: false,
    documentFourEyes: false,
    createdAt: at,
    updatedAt: at,
    version: 1,
  };
  await tx.insert(organizations).values(row);
  const memberId = await insertMember(tx, { organizationId: id, userId: ownerUserId, role: 'owner' }, at);
  const org = toOrganization(row);
  await appendLedger(tx, id, actor, {
    action: 'organization.created',
    entityType: 'organization',
    entityId: id,
    data: org,
  });
  await appendLedger(tx, id, actor, {
    action: 'member.added',
    entityType: 'member',
    entityId: memberId,
    data: { userId: ownerUserId, role: 'owner' },
  });
  await seedSoa(tx, id, actor);
  await seedRiskCriteria(tx, id, actor);
  return org;
}

/** Creates another organization with the signed-in user as owner (`POST /orgs`). */
export function createOrganization(
  db: Db,
  input: CreateOrganizationInput,
  userId: string,
  actor: Actor,
): Promise<Organization> {
  return db.transaction((tx) => insertOrganizationWithOwner(tx, input, userId, actor));
}

/** The organizations a user belongs to, with their role, by name. */
export async function listMyOrganizations(
  db: Db,
  userId: string,
  query: Pick<ListQuery, 'limit'> & Partial<ListQuery>,
): Promise<Page<MyOrganization>> {
  const plan = planPage<'name' | 'createdAt', OrgRow & { role: string }>({
    query: { limit: query.limit, cursor: query.cursor, q: query.q, sort: query.sort },
    sortable: { name: organizations.name, createdAt: organizations.createdAt },
    defaultSort: { field: 'name', desc: false },
    idColumn: organizations.id,
    searchColumns: [organizations.name],
    sortValue: (r, f) => r[f],
  });
  const rows = await db
    .select({
      id: organizations.id,
      name: organizations.name,
      slug: organizations.slug,
      soaSeparationOfDuties: organizations.soaSeparationOfDuties,
      documentFourEyes: organizations.documentFourEyes,
      createdAt: organizations.createdAt,
      updatedAt: organizations.updatedAt,
      version: organizations.version,
      role: members.role,
    })
    .from(members)
    .innerJoin(organizations, eq(organizations.id, members.organizationId))
    .where(and(eq(members.userId, userId), plan.where))
    .orderBy(...plan.orderBy)
    .limit(plan.limit);
  const page = plan.toPage(rows);
  return {
    items: page.items.map((r) => ({ ...toOrganization(r), role: r.role as Role })),
    nextCursor: page.nextCursor,
  };
}

/**
 * The role a user holds in an organization, or undefined when not a member (the caller answers 404) or when
 * the membership's time-boxed access has ended.
 */
export async function findMembershipRole(db: Db, orgId: string, userId: string): Promise<Role | undefined> {
  const [row] = await db
    .select({ role: members.role, accessEndsAt: members.accessEndsAt })
    .from(members)
    .where(inOrg(members, orgId, eq(members.userId, userId)));
  if (!row || (row.accessEndsAt && row.accessEndsAt <= new Date())) return undefined;
  return row.role as Role;
}

/** Throws FORBIDDEN when the user was a member whose time-boxed access (an external auditor's) has ended. */
export async function assertAccessNotEnded(db: Db, orgId: string, userId: string): Promise<void> {
  const [row] = await db
    .select({ accessEndsAt: members.accessEndsAt })
    .from(members)
    .where(inOrg(members, orgId, eq(members.userId, userId)));
  if (row?.accessEndsAt && row.accessEndsAt <= new Date())
    throw new AppError(
      'FORBIDDEN',
      `Your access to this organization ended at ${row.accessEndsAt.toISOString()}.`,
    );
}

/** The organization of the context. */
export async function getOrganization(ctx: OrgContext): Promise<Organization> {
  assertCan(ctx.role, 'org:read');
  const [row] = await ctx.db.select().from(organizations).where(eq(organizations.id, ctx.orgId));
  if (!row) throw new AppError('NOT_FOUND', `Organization ${ctx.orgId} was not found.`);
  return toOrganization(row);
}

/** Renames the organization or changes its options (e.g. SoA separation of duties). */
export async function updateOrganization(
  ctx: OrgContext,
  input: { name?: string; soaSeparationOfDuties?: boolean; documentFourEyes?: boolean },
  expectedVersion?: number,
): Promise<Organization> {
  assertCan(ctx.role, 'org:update');
  return ctx.db.transaction(async (tx) => {
    const [cur] = await tx.select().from(organizations).where(eq(organizations.id, ctx.orgId)).for('update');
    if (!cur) throw new AppError('NOT_FOUND', `Organization ${ctx.orgId} was not found.`);
    assertVersion(expectedVersion, cur.version);
    const [row] = await tx
      .update(organizations)
      .set({
        name: input.name ?? cur.name,
        soaSeparationOfDuties: input.soaSeparationOfDuties ?? cur.soaSeparationOfDuties,
        documentFourEyes: input.documentFourEyes ?? cur.documentFourEyes,
        updatedAt: new Date(),
        version: cur.version + 1,
      })
      .where(eq(organizations.id, ctx.orgId))
      .returning();
    const org = toOrganization(row!);
    await record(ctx, tx, {
      action: 'organization.updated',
      entityType: 'organization',
      entityId: org.id,
      data: {
        name: org.name,
        soaSeparationOfDuties: org.soaSeparationOfDuties,
        documentFourEyes: org.documentFourEyes,
      },
    });
    return org;
  });
}
