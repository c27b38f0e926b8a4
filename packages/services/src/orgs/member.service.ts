// Members of an organization and their roles (§5.3 roles, responsibilities and authorities).
import {
  AppError,
  assertCan,
  canGrantRole,
  type ListQuery,
  type Member,
  type Page,
  ROLES,
  type Role,
} from '@openaims/core';
import { type Db, tables } from '@openaims/db';
import { count, eq } from 'drizzle-orm';
import { inOrg } from '../common/in-org.ts';
import { planPage } from '../common/paginate.ts';
import { iso } from '../common/time.ts';
import { assertVersion, notFound } from '../common/versioning.ts';
import type { OrgContext } from '../context.ts';
import { record } from '../ledger/ledger.service.ts';
import { forgetResolvedTokens, revokeTokensBeyondRole } from './token.service.ts';

const { members, organizations, users } = tables;

const memberColumns = {
  id: members.id,
  createdAt: members.createdAt,
  updatedAt: members.updatedAt,
  version: members.version,
  userId: members.userId,
  role: members.role,
  accessEndsAt: members.accessEndsAt,
  email: users.email,
  name: users.name,
};
type MemberRow = {
  id: string;
  createdAt: Date;
  updatedAt: Date;
  version: number;
  userId: string;
  role: string;
  accessEndsAt: Date | null;
  email: string;
  name: string;
};

function toMember(r: MemberRow): Member {
  return {
    ...r,
    role: r.role as Role,
    accessEndsAt: iso(r.accessEndsAt),
    createdAt: r.createdAt.toISOString(),
    updatedAt: r.updatedAt.toISOString(),
  };
}

/** Lists the organization's members, searchable by name and email. */
export async function listMembers(ctx: OrgContext, query: ListQuery): Promise<Page<Member>> {
  assertCan(ctx.role, 'member:read');
  const plan = planPage<'name' | 'email' | 'createdAt', MemberRow>({
    query,
    sortable: { name: users.name, email: users.email, createdAt: members.createdAt },
    defaultSort: { field: 'name', desc: false },
    idColumn: members.id,
    searchColumns: [users.name, users.email],
    sortValue: (r, f) => r[f],
  });
  const rows = await ctx.db
    .select(memberColumns)
    .from(members)
    .innerJoin(users, eq(users.id, members.userId))
    .where(inOrg(members, ctx.orgId, plan.where))
    .orderBy(...plan.orderBy)
    .limit(plan.limit);
  const page = plan.toPage(rows);
  return { items: page.items.map(toMember), nextCursor: page.nextCursor };
}

/** One member of the organization. */
export async function getMember(ctx: OrgContext, memberId: string): Promise<Member> {
  assertCan(ctx.role, 'member:read');
  const [row] = await ctx.db
    .select(memberColumns)
    .from(members)
    .innerJoin(users, eq(users.id, members.userId))
    .where(inOrg(members, ctx.orgId, eq(members.id, memberId)));
  if (!row) throw notFound('Member', memberId);
  return toMember(row);
}

/**
 * Serializes membership changes within one organization: two concurrent demotions or removals of the last two
 * owners would each count two owners and both succeed. Locking the organization row first makes the second
 * wait and then count one (the last-owner rule holds under concurrency, on PostgreSQL and PGlite alike).
 */
async function lockOrganization(tx: Db, orgId: string): Promise<void> {
  await tx
    .select({ id: organizations.id })
    .from(organizations)
    .where(eq(organizations.id, orgId))
    .for('update');
}

async function ownerCount(ctx: OrgContext): Promise<number> {
  const [row] = await ctx.db
    .select({ n: count() })
    .from(members)
    .where(inOrg(members, ctx.orgId, eq(members.role, 'owner')));
  return row?.n ?? 0;
}

function assertMayManage(ctx: OrgContext, target: Role, newRole?: Role): void {
  assertCan(ctx.role, 'member:manage');
  // Nobody changes someone above their own rank, nor grants a role above their own.
  if (ROLES.indexOf(target) < ROLES.indexOf(ctx.role)) {
    throw new AppError('FORBIDDEN', `A ${ctx.role} cannot change a member who is ${target}.`);
  }
  if (newRole && !canGrantRole(ctx.role, newRole))
    throw new AppError('FORBIDDEN', `A ${ctx.role} cannot grant the role ${newRole}.`);
}

/** Changes a member's role (and, when given, when their access ends); the last owner cannot be demoted. */
export async function updateMemberRole(
  ctx: OrgContext,
  memberId: string,
  role: Role,
  expectedVersion?: number,
  accessEndsAt?: string | null,
): Promise<Member> {
  assertCan(ctx.role, 'member:manage');
  const updated = await ctx.db.transaction(async (tx) => {
    const txc = { ...ctx, db: tx };
    await lockOrganization(tx, ctx.orgId);
    const cur = await getMember(txc, memberId);
    assertMayManage(ctx, cur.role, role);
    assertVersion(expectedVersion, cur.version);
    if (cur.role === 'owner' && role !== 'owner' && (await ownerCount(txc)) <= 1) {
      throw new AppError(
        'RULE_VIOLATION',
        'An organization needs at least one owner. Make someone else owner first.',
      );
    }
    await tx
      .update(members)
      .set({
        role,
        ...(accessEndsAt !== undefined ? { accessEndsAt: accessEndsAt ? new Date(accessEndsAt) : null } : {}),
        updatedAt: new Date(),
        version: cur.version + 1,
      })
      .where(inOrg(members, ctx.orgId, eq(members.id, memberId)));
    // The member's tokens their new role could not make are revoked with the change (SECURITY.md).
    const tokensRevoked = await revokeTokensBeyondRole(ctx, tx, cur.userId, role);
    await record(ctx, tx, {
      action: 'member.role_changed',
      entityType: 'member',
      entityId: memberId,
      data: {
        from: cur.role,
        to: role,
        tokensRevoked,
        ...(accessEndsAt !== undefined ? { accessEndsAt } : {}),
      },
    });
    return getMember(txc, memberId);
  });
  // Their tokens' creator rights changed: no cached token of this process outlives the commit (issue 17).
  forgetResolvedTokens();
  return updated;
}

/** Removes a member; the last owner cannot be removed. */
export async function removeMember(ctx: OrgContext, memberId: string): Promise<void> {
  assertCan(ctx.role, 'member:manage');
  await ctx.db.transaction(async (tx) => {
    const txc = { ...ctx, db: tx };
    await lockOrganization(tx, ctx.orgId);
    const cur = await getMember(txc, memberId);
    assertMayManage(ctx, cur.role);
    if (cur.role === 'owner' && (await ownerCount(txc)) <= 1) {
      throw new AppError('RULE_VIOLATION', 'The last owner cannot be removed.');
    }
    await tx.delete(members).where(inOrg(members, ctx.orgId, eq(members.id, memberId)));
    // A removed member's tokens die with the membership (SECURITY.md).
    const tokensRevoked = await revokeTokensBeyondRole(ctx, tx, cur.userId, null);
    await record(ctx, tx, {
      action: 'member.removed',
      entityType: 'member',
      entityId: memberId,
      data: { userId: cur.userId, role: cur.role, tokensRevoked },
    });
  });
  forgetResolvedTokens();
}
