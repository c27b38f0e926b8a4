// API tokens: bound to one organization and one role, stored hashed, shown once, revocable.
import {
  type ApiToken,
  ApiTokenSchema,
  AppError,
  assertCan,
  type CreateApiTokenInput,
  can,
  canGrantRole,
  newId,
  type Role,
  randomSecret,
} from '@openaims/core';
import { type Db, tables } from '@openaims/db';
import { and, eq, isNull } from 'drizzle-orm';
import { anyOf } from '../common/any-of.ts';
import { sha256Hex } from '../common/hash.ts';
import { inOrg } from '../common/in-org.ts';
import { projection } from '../common/projection.ts';
import { revokeRow } from '../common/revocation.ts';
import { tenantListService } from '../common/tenant-list.ts';
import type { Actor, OrgContext } from '../context.ts';
import { appendLedger, record } from '../ledger/ledger.service.ts';

const { apiTokens, members, users } = tables;
type Row = typeof apiTokens.$inferSelect;

/** Every token starts with this, so secret scanners can recognise a leaked one. */
export const TOKEN_PREFIX = 'aims_';

/** The token as listed: never its hash. */
const toToken: (r: Row) => ApiToken = projection(ApiTokenSchema);

/** Inserts a token (used by the API and by `aims token create`); returns the secret once. */
export async function insertToken(
  tx: Db,
  orgId: string,
  input: CreateApiTokenInput,
  actor: Actor,
): Promise<ApiToken & { token: string }> {
  const secret = `${TOKEN_PREFIX}${randomSecret(32)}`;
  const at = new Date();
  const row: Row = {
    id: newId('token'),
    organizationId: orgId,
    name: input.name,
    role: input.role,
    tokenHash: sha256Hex(secret),
    prefix: secret.slice(0, 12),
    createdBy: actor.userId ?? null,
    createdAt: at,
    expiresAt: input.expiresAt
      ? new Date(input.expiresAt)
      : input.expiresInDays
        ? new Date(at.getTime() + input.expiresInDays * 86_400_000)
        : null,
    lastUsedAt: null,
    revokedAt: null,
  };
  await tx.insert(apiTokens).values(row);
  const token = toToken(row);
  await appendLedger(tx, orgId, actor, {
    action: 'token.created',
    entityType: 'token',
    entityId: row.id,
    data: token,
  });
  return { ...token, token: secret };
}

/** Creates a token; nobody creates a token with a role above their own. */
export async function createToken(
  ctx: OrgContext,
  input: CreateApiTokenInput,
): Promise<ApiToken & { token: string }> {
  assertCan(ctx.role, 'token:manage');
  if (!canGrantRole(ctx.role, input.role))
    throw new AppError('FORBIDDEN', `A ${ctx.role} cannot create a token with the role ${input.role}.`);
  return ctx.db.transaction((tx) => insertToken(tx, ctx.orgId, input, ctx.actor));
}

/** Lists the organization's tokens (never their secrets). */
export const listTokens = tenantListService('token:read', apiTokens, toToken, {
  sortable: { name: apiTokens.name, createdAt: apiTokens.createdAt },
  defaultSort: { field: 'createdAt', desc: true },
  searchColumns: [apiTokens.name, apiTokens.prefix],
});

/**
 * Revokes a token; it stops working at once. Revoking twice is harmless. Like member management, nobody acts
 * above their rank: an admin cannot revoke an owner-role token (SECURITY.md), except one they made themselves.
 */
export async function revokeToken(ctx: OrgContext, tokenId: string): Promise<void> {
  await revokeRow(
    ctx,
    {
      permission: 'token:manage',
      table: apiTokens,
      label: 'Token',
      entityType: 'token',
      check(row) {
        const own = !!ctx.actor.userId && row.createdBy === ctx.actor.userId;
        if (!own && !canGrantRole(ctx.role, row.role as Role))
          throw new AppError('FORBIDDEN', `A ${ctx.role} cannot revoke a token with the role ${row.role}.`);
      },
      isSettled: (row) => !!row.revokedAt,
      data: (row) => ({ name: row.name }),
    },
    tokenId,
  );
  // After the commit: no request of this process trusts the token once this returns (issue 17).
  forgetResolvedTokens();
}

/** A resolved token: what a request's principal holds. */
export interface ResolvedToken {
  id: string;
  organizationId: string;
  role: Role;
  createdBy: string | null;
}

/**
 * Resolved tokens, by hash of the secret, trusted for a few seconds (issue 17: the lookup was one of the three
 * statements of every API request). Each entry remembers its database, so two databases in one process (tests)
 * never share one. Revocation, a role change and a removal made through this process's services forget every
 * entry at once; any other change (another server process, `aims` on the command line, SQL by hand) is seen
 * within the TTL. A token's own expiry and its creator's end of access are never outlived.
 */
const tokenCache = new Map<string, { db: Db; token: ResolvedToken; until: number }>();
let tokenCacheMs = 5_000;
const TOKEN_CACHE_MAX = 10_000;

/** Sets how long a resolved token is trusted without asking the database (0 turns the cache off). */
export function configureTokenCache(ms: number): void {
  tokenCacheMs = Math.max(0, ms);
  tokenCache.clear();
}

/** Forgets every resolved token: called on revocation, role change and removal (and by tests after raw SQL). */
export function forgetResolvedTokens(): void {
  tokenCache.clear();
}

/**
 * The live token behind a bearer secret, or undefined. Records last use at most once a minute. A live answer is
 * trusted for `configureTokenCache` milliseconds (5 s by default; see `tokenCache`).
 *
 * A token made by a person lives only as long as that person could still make it (SECURITY.md): its creator
 * must still be an enabled member of the token's organization whose current role may grant the token's role.
 * Removal and demotion also revoke such tokens at once (member.service.ts); this check is the backstop for any
 * other way a membership ends. Tokens made by the instance operator (`aims token create`, no creator) are
 * unaffected.
 */
export async function resolveToken(db: Db, secret: string): Promise<ResolvedToken | undefined> {
  if (!secret.startsWith(TOKEN_PREFIX) || secret.length > 200) return undefined;
  const hash = sha256Hex(secret);
  const now = Date.now();
  const cached = tokenCache.get(hash);
  if (cached && cached.db === db && cached.until > now) return cached.token;
  const [found] = await db
    .select({
      token: apiTokens,
      creatorRole: members.role,
      creatorAccessEndsAt: members.accessEndsAt,
      creatorDisabledAt: users.disabledAt,
    })
    .from(apiTokens)
    .leftJoin(
      members,
      and(eq(members.organizationId, apiTokens.organizationId), eq(members.userId, apiTokens.createdBy)),
    )
    .leftJoin(users, eq(users.id, apiTokens.createdBy))
    .where(eq(apiTokens.tokenHash, hash));
  const at = new Date();
  const row = found?.token;
  if (!found || !row || row.revokedAt || (row.expiresAt && row.expiresAt <= at)) return undefined;
  if (row.createdBy && !creatorStillGrants(found.creatorRole, found.creatorDisabledAt, row.role as Role))
    return undefined;
  // A creator whose time-boxed access has ended holds nothing, and neither do their tokens.
  if (row.createdBy && found.creatorAccessEndsAt && found.creatorAccessEndsAt <= at) return undefined;
  if (!row.lastUsedAt || at.getTime() - row.lastUsedAt.getTime() > 60_000) {
    await db.update(apiTokens).set({ lastUsedAt: at }).where(eq(apiTokens.id, row.id));
  }
  const token = {
    id: row.id,
    organizationId: row.organizationId,
    role: row.role as Role,
    createdBy: row.createdBy,
  };
  if (tokenCacheMs > 0) {
    const until = Math.min(
      now + tokenCacheMs,
      row.expiresAt?.getTime() ?? Number.POSITIVE_INFINITY,
      (row.createdBy && found.creatorAccessEndsAt?.getTime()) || Number.POSITIVE_INFINITY,
    );
    if (tokenCache.size >= TOKEN_CACHE_MAX) tokenCache.clear();
    tokenCache.set(hash, { db, token, until });
  }
  return token;
}

function creatorStillGrants(creatorRole: string | null, disabledAt: Date | null, tokenRole: Role): boolean {
  if (!creatorRole || disabledAt) return false;
  return can(creatorRole as Role, 'token:manage') && canGrantRole(creatorRole as Role, tokenRole);
}

/**
 * Revokes the tokens a member made in an organization that their new role (or none, on removal) could no
 * longer make, in the caller's transaction, with one ledger entry each. Returns how many were revoked.
 */
export async function revokeTokensBeyondRole(
  ctx: OrgContext,
  tx: Db,
  userId: string,
  newRole: Role | null,
): Promise<number> {
  const rows = await tx
    .select()
    .from(apiTokens)
    .where(inOrg(apiTokens, ctx.orgId, eq(apiTokens.createdBy, userId), isNull(apiTokens.revokedAt)));
  const doomed = rows.filter((r) => !newRole || !creatorStillGrants(newRole, null, r.role as Role));
  if (doomed.length === 0) return 0;
  const at = new Date();
  await tx
    .update(apiTokens)
    .set({ revokedAt: at })
    .where(
      inOrg(
        apiTokens,
        ctx.orgId,
        anyOf(
          apiTokens.id,
          doomed.map((r) => r.id),
        ),
      ),
    );
  for (const r of doomed) {
    await record(ctx, tx, {
      action: 'token.revoked',
      entityType: 'token',
      entityId: r.id,
      data: { name: r.name, reason: newRole ? 'creator_role_lowered' : 'creator_removed' },
    });
  }
  return doomed.length;
}
