// API tokens: bound to one organization and one role, stored hashed, shown once, revocable.
import {
  type ApiToken,
  AppError,
  assertCan,
  type CreateApiTokenInput,
  canGrantRole,
  type ListQuery,
  newId,
  type Page,
  type Role,
  randomSecret,
} from '@openaims/core';
import { type Db, tables } from '@openaims/db';
import { and, eq } from 'drizzle-orm';
import { sha256Hex } from '../common/hash.ts';
import { planPage } from '../common/paginate.ts';
import { notFound } from '../common/versioning.ts';
import type { Actor, OrgContext } from '../context.ts';
import { appendLedger, record } from '../ledger/ledger.service.ts';

const { apiTokens } = tables;
type Row = typeof apiTokens.$inferSelect;

/** Every token starts with this, so secret scanners can recognise a leaked one. */
export const TOKEN_PREFIX = 'aims_';

function toToken(r: Row): ApiToken {
  return {
    id: r.id,
    name: r.name,
    role: r.role as Role,
    prefix: r.prefix,
    createdAt: r.createdAt.toISOString(),
    createdBy: r.createdBy,
    expiresAt: r.expiresAt?.toISOString() ?? null,
    lastUsedAt: r.lastUsedAt?.toISOString() ?? null,
    revokedAt: r.revokedAt?.toISOString() ?? null,
  };
}

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
    expiresAt: input.expiresInDays ? new Date(at.getTime() + input.expiresInDays * 86_400_000) : null,
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
export async function listTokens(ctx: OrgContext, query: ListQuery): Promise<Page<ApiToken>> {
  assertCan(ctx.role, 'token:read');
  const plan = planPage<'name' | 'createdAt', Row>({
    query,
    sortable: { name: apiTokens.name, createdAt: apiTokens.createdAt },
    defaultSort: { field: 'createdAt', desc: true },
    idColumn: apiTokens.id,
    searchColumns: [apiTokens.name, apiTokens.prefix],
    sortValue: (r, f) => r[f],
  });
  const rows = await ctx.db
    .select()
    .from(apiTokens)
    .where(and(eq(apiTokens.organizationId, ctx.orgId), plan.where))
    .orderBy(...plan.orderBy)
    .limit(plan.limit);
  const page = plan.toPage(rows);
  return { items: page.items.map(toToken), nextCursor: page.nextCursor };
}

/** Revokes a token; it stops working at once. Revoking twice is harmless. */
export async function revokeToken(ctx: OrgContext, tokenId: string): Promise<void> {
  assertCan(ctx.role, 'token:manage');
  await ctx.db.transaction(async (tx) => {
    const [row] = await tx
      .select()
      .from(apiTokens)
      .where(and(eq(apiTokens.organizationId, ctx.orgId), eq(apiTokens.id, tokenId)));
    if (!row) throw notFound('Token', tokenId);
    if (row.revokedAt) return;
    await tx.update(apiTokens).set({ revokedAt: new Date() }).where(eq(apiTokens.id, tokenId));
    await record(ctx, tx, {
      action: 'token.revoked',
      entityType: 'token',
      entityId: tokenId,
      data: { name: row.name },
    });
  });
}

/** The live token behind a bearer secret, or undefined. Records last use at most once a minute. */
export async function resolveToken(
  db: Db,
  secret: string,
): Promise<{ id: string; organizationId: string; role: Role; createdBy: string | null } | undefined> {
  if (!secret.startsWith(TOKEN_PREFIX) || secret.length > 200) return undefined;
  const [row] = await db
    .select()
    .from(apiTokens)
    .where(eq(apiTokens.tokenHash, sha256Hex(secret)));
  const at = new Date();
  if (!row || row.revokedAt || (row.expiresAt && row.expiresAt <= at)) return undefined;
  if (!row.lastUsedAt || at.getTime() - row.lastUsedAt.getTime() > 60_000) {
    await db.update(apiTokens).set({ lastUsedAt: at }).where(eq(apiTokens.id, row.id));
  }
  return { id: row.id, organizationId: row.organizationId, role: row.role as Role, createdBy: row.createdBy };
}
