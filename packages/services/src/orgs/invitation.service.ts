// Invitations: an admin invites an email with a role; the code (shown once) lets that person join.
import {
  type AcceptInvitationInput,
  AppError,
  assertCan,
  type CreateInvitationInput,
  canGrantRole,
  type Invitation,
  InvitationSchema,
  isInvitationOpen,
  newId,
  type Role,
  randomSecret,
  type User,
} from '@openaims/core';
import { type Db, tables } from '@openaims/db';
import { eq } from 'drizzle-orm';
import { insertUser } from '../auth/auth.service.ts';
import { sha256Hex } from '../common/hash.ts';
import { inOrg } from '../common/in-org.ts';
import { projection } from '../common/projection.ts';
import { recordEntity } from '../common/record-entity.ts';
import { revokeRow } from '../common/revocation.ts';
import { tenantListService } from '../common/tenant-list.ts';
import type { OrgContext } from '../context.ts';
import { appendLedger } from '../ledger/ledger.service.ts';
import { invitationEmail } from '../notifications/email.templates.ts';
import { queueEmail } from '../notifications/notification.service.ts';
import { insertMember } from './member-row.ts';
import { findMembershipRole } from './org.service.ts';

const { invitations, members, organizations, users } = tables;
type Row = typeof invitations.$inferSelect;

/** How long an invitation stays valid. */
export const INVITATION_TTL_DAYS = 14;

const toInvitation: (r: Row) => Invitation = projection(InvitationSchema);

/** Invites an email with a role. Returns the code and accept URL once; only the code's hash is stored. */
export async function createInvitation(
  ctx: OrgContext,
  input: CreateInvitationInput,
  baseUrl: string,
  opts: { email?: boolean } = {},
): Promise<Invitation & { code: string; acceptUrl: string; emailQueued: boolean }> {
  assertCan(ctx.role, 'invitation:manage');
  if (!canGrantRole(ctx.role, input.role))
    throw new AppError('FORBIDDEN', `A ${ctx.role} cannot invite someone as ${input.role}.`);
  return ctx.db.transaction(async (tx) => {
    const [already] = await tx
      .select({ id: members.id })
      .from(members)
      .innerJoin(users, eq(users.id, members.userId))
      .where(inOrg(members, ctx.orgId, eq(users.email, input.email)));
    if (already) throw new AppError('CONFLICT', `${input.email} is already a member.`);
    const code = randomSecret(24);
    const at = new Date();
    const row: Row = {
      id: newId('invitation'),
      organizationId: ctx.orgId,
      email: input.email,
      role: input.role,
      codeHash: sha256Hex(code),
      invitedBy: ctx.actor.userId ?? ctx.actor.id ?? 'system',
      createdAt: at,
      expiresAt: new Date(at.getTime() + INVITATION_TTL_DAYS * 86_400_000),
      acceptedAt: null,
      acceptedBy: null,
      revokedAt: null,
      accessEndsAt: input.accessEndsAt ? new Date(input.accessEndsAt) : null,
    };
    await tx.insert(invitations).values(row);
    const inv = await recordEntity(
      ctx,
      tx,
      { action: 'invitation.created', entityType: 'invitation' },
      toInvitation(row),
    );
    const acceptUrl = `${baseUrl.replace(/\/$/, '')}/invite/${code}`;
    if (opts.email) {
      // §7.4: the invitee hears of it directly; the link still shows once to the inviter as a fallback.
      const [org] = await tx
        .select({ name: organizations.name })
        .from(organizations)
        .where(eq(organizations.id, ctx.orgId));
      await queueEmail(
        tx,
        invitationEmail({
          to: input.email,
          organizationName: org?.name ?? ctx.orgId,
          role: input.role,
          acceptUrl,
          expiresAt: inv.expiresAt,
        }),
        { orgId: ctx.orgId, key: `invitation:${row.id}` },
      );
    }
    return { ...inv, code, acceptUrl, emailQueued: !!opts.email };
  });
}

/** Lists invitations, newest first. */
export const listInvitations = tenantListService('invitation:read', invitations, toInvitation, {
  sortable: { createdAt: invitations.createdAt, email: invitations.email },
  defaultSort: { field: 'createdAt', desc: true },
  searchColumns: [invitations.email],
});

/** Revokes an open invitation. */
export async function revokeInvitation(ctx: OrgContext, id: string): Promise<void> {
  await revokeRow(
    ctx,
    {
      permission: 'invitation:manage',
      table: invitations,
      label: 'Invitation',
      entityType: 'invitation',
      isSettled: (row) => !!(row.revokedAt || row.acceptedAt),
      data: (row) => ({ email: row.email }),
    },
    id,
  );
}

/**
 * Accepts an invitation. A signed-in user must be the invited email; someone without an account creates one
 * (name and password required). Returns the organization joined and the user.
 */
export async function acceptInvitation(
  db: Db,
  input: AcceptInvitationInput,
  signedIn: User | undefined,
): Promise<{ organizationId: string; user: User; createdUser: boolean }> {
  return db.transaction(async (tx) => {
    const [inv] = await tx
      .select()
      .from(invitations)
      .where(eq(invitations.codeHash, sha256Hex(input.code)))
      .for('update');
    if (!inv || !isInvitationOpen(inv)) {
      throw new AppError(
        'NOT_FOUND',
        'This invitation is unknown, used, revoked or expired. Ask for a new one.',
      );
    }
    let user = signedIn;
    let createdUser = false;
    if (user) {
      if (user.email !== inv.email)
        throw new AppError(
          'RULE_VIOLATION',
          `This invitation is for ${inv.email}; you are signed in as ${user.email}.`,
        );
    } else {
      const [existing] = await tx.select({ id: users.id }).from(users).where(eq(users.email, inv.email));
      if (existing)
        throw new AppError(
          'UNAUTHENTICATED',
          `Sign in as ${inv.email} first, then open the invitation again.`,
        );
      if (!input.name || !input.password) {
        const errors = [];
        if (!input.name) errors.push({ path: 'name', message: 'required to create your account' });
        if (!input.password) errors.push({ path: 'password', message: 'required to create your account' });
        throw new AppError('VALIDATION_FAILED', 'Choose your name and a password to create your account.', {
          errors,
        });
      }
      user = await insertUser(tx, { email: inv.email, name: input.name, password: input.password });
      createdUser = true;
    }
    if (!(await findMembershipRole(tx, inv.organizationId, user.id))) {
      const memberId = await insertMember(
        tx,
        {
          organizationId: inv.organizationId,
          userId: user.id,
          role: inv.role,
          accessEndsAt: inv.accessEndsAt ? new Date(inv.accessEndsAt) : null,
        },
        new Date(),
      );
      await appendLedger(
        tx,
        inv.organizationId,
        { type: 'user', id: user.id, userId: user.id },
        {
          action: 'member.added',
          entityType: 'member',
          entityId: memberId,
          data: { userId: user.id, role: inv.role, invitationId: inv.id },
        },
      );
    }
    await tx
      .update(invitations)
      .set({ acceptedAt: new Date(), acceptedBy: user.id })
      .where(eq(invitations.id, inv.id));
    return { organizationId: inv.organizationId, user, createdUser };
  });
}

/** What an invitation code offers, for the accept page (organization name, email, role). */
export async function previewInvitation(
  db: Db,
  code: string,
): Promise<{ organizationName: string; email: string; role: Role; expiresAt: string }> {
  const [row] = await db
    .select({ inv: invitations, orgName: organizations.name })
    .from(invitations)
    .innerJoin(organizations, eq(organizations.id, invitations.organizationId))
    .where(eq(invitations.codeHash, sha256Hex(code)));
  if (!row || !isInvitationOpen(row.inv)) {
    throw new AppError(
      'NOT_FOUND',
      'This invitation is unknown, used, revoked or expired. Ask for a new one.',
    );
  }
  return {
    organizationName: row.orgName,
    email: row.inv.email,
    role: row.inv.role as Role,
    expiresAt: row.inv.expiresAt.toISOString(),
  };
}
