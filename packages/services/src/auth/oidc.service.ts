// OpenID Connect sign-in as a relying party: discovery, the authorization request (PKCE S256, state, nonce),
// the code exchange, the sealed state carried between the two, and mapping the provider's claims to a user.
import { createCipheriv, createDecipheriv, createHash, randomBytes } from 'node:crypto';
import { AppError, EmailSchema, newId, type User } from '@openaims/core';
import { type Db, tables } from '@openaims/db';
import { and, eq } from 'drizzle-orm';
import type * as OpenIdClient from 'openid-client';
import { insertUser } from './auth.service.ts';

const { identities, users } = tables;

// Loaded on first use: an installation without OIDC never needs it, and loading it cost start-up time (issue 17).
const openidClient = () => import('openid-client');

/** A discovered OpenID provider together with this instance's client registration. */
export type OidcConfiguration = OpenIdClient.Configuration;

/** What the callback must check, carried sealed in a short-lived cookie between login and callback. */
export interface OidcPending {
  state: string;
  nonce: string;
  codeVerifier: string;
  /** Same-origin path to land on after sign-in. */
  returnTo: string;
  /** Epoch milliseconds after which the pending sign-in is refused. */
  expiresAt: number;
}

/** The identity claims a sign-in uses (ID token, completed from userinfo when needed). */
export interface OidcClaims {
  sub: string;
  email?: unknown;
  email_verified?: unknown;
  name?: unknown;
  given_name?: unknown;
  family_name?: unknown;
  preferred_username?: unknown;
}

/** How long a started sign-in may take before the callback refuses it. */
export const OIDC_LOGIN_TTL_MS = 10 * 60_000;

/** Discovers the provider from its issuer; `allowInsecure` permits a plain-HTTP issuer (loopback tests only). */
export async function discoverOidc(opts: {
  issuer: string;
  clientId: string;
  clientSecret: string;
  allowInsecure?: boolean;
  timeoutSeconds?: number;
}): Promise<OidcConfiguration> {
  const client = await openidClient();
  return client.discovery(new URL(opts.issuer), opts.clientId, opts.clientSecret, undefined, {
    execute: opts.allowInsecure ? [client.allowInsecureRequests] : [],
    timeout: opts.timeoutSeconds ?? 15,
  });
}

/** The issuer identifier the provider states in its metadata (what identities are keyed by). */
export function oidcIssuer(config: OidcConfiguration): string {
  return config.serverMetadata().issuer;
}

/** A same-origin path to return to after sign-in, or '/' for anything else (no open redirect). */
export function safeReturnTo(value: string | undefined | null): string {
  if (!value || value.length > 500) return '/';
  // One leading slash, no scheme-relative `//` or `/\`, no control characters.
  if (!/^\/(?![/\\])[^\s\\]*$/.test(value)) return '/';
  try {
    const url = new URL(value, 'http://same.invalid');
    return url.host === 'same.invalid' ? `${url.pathname}${url.search}${url.hash}` : '/';
  } catch {
    return '/';
  }
}

/** Starts a sign-in: the provider's authorization URL with PKCE S256, state and nonce, and what the callback checks. */
export async function startOidcLogin(
  config: OidcConfiguration,
  opts: { redirectUri: string; scopes: string; returnTo?: string | null; now?: number },
): Promise<{ url: URL; pending: OidcPending }> {
  const client = await openidClient();
  const codeVerifier = client.randomPKCECodeVerifier();
  const pending: OidcPending = {
    state: client.randomState(),
    nonce: client.randomNonce(),
    codeVerifier,
    returnTo: safeReturnTo(opts.returnTo),
    expiresAt: (opts.now ?? Date.now()) + OIDC_LOGIN_TTL_MS,
  };
  const url = client.buildAuthorizationUrl(config, {
    redirect_uri: opts.redirectUri,
    scope: opts.scopes,
    response_type: 'code',
    code_challenge: await client.calculatePKCECodeChallenge(codeVerifier),
    code_challenge_method: 'S256',
    state: pending.state,
    nonce: pending.nonce,
  });
  return { url, pending };
}

/**
 * Finishes a sign-in: checks state, exchanges the code (PKCE, nonce, ID token signature by openid-client) and
 * returns the claims, completed from userinfo when the ID token carries no email.
 */
export async function completeOidcLogin(
  config: OidcConfiguration,
  callbackUrl: URL,
  pending: OidcPending,
): Promise<OidcClaims> {
  const params = callbackUrl.searchParams;
  if (pending.expiresAt < Date.now())
    throw new AppError('VALIDATION_FAILED', 'This sign-in took too long. Start again.');
  if (params.get('state') !== pending.state)
    throw new AppError('VALIDATION_FAILED', 'The sign-in state does not match. Start again.');
  const refused = params.get('error');
  if (refused)
    throw new AppError(
      'UNAUTHENTICATED',
      `The identity provider refused the sign-in (${refused.slice(0, 100)}).`,
    );
  const client = await openidClient();
  let claims: OidcClaims;
  try {
    const tokens = await client.authorizationCodeGrant(config, callbackUrl, {
      pkceCodeVerifier: pending.codeVerifier,
      expectedState: pending.state,
      expectedNonce: pending.nonce,
      idTokenExpected: true,
    });
    const idClaims = tokens.claims();
    if (!idClaims) throw new AppError('UNAUTHENTICATED', 'The identity provider returned no ID token.');
    claims = { ...idClaims };
    if (typeof claims.email !== 'string') {
      const info = await client.fetchUserInfo(config, tokens.access_token, idClaims.sub);
      claims = { ...info, ...idClaims };
    }
  } catch (e) {
    throw exchangeError(e, client);
  }
  return claims;
}

// The provider's answer becomes an AppError the user can act on; an unreachable provider is a 503.
function exchangeError(e: unknown, client: typeof OpenIdClient): AppError {
  if (e instanceof AppError) return e;
  if (e instanceof client.AuthorizationResponseError || e instanceof client.ResponseBodyError) {
    return new AppError(
      'UNAUTHENTICATED',
      `The identity provider refused the sign-in (${e.error}). Start again.`,
    );
  }
  if (e instanceof client.ClientError && e.code === 'OAUTH_TIMEOUT') {
    return new AppError('UNAVAILABLE', 'The identity provider did not answer in time.');
  }
  // A failed fetch is a TypeError without a code; openid-client's own argument errors carry one.
  if (e instanceof TypeError && !('code' in e)) {
    return new AppError('UNAVAILABLE', 'The identity provider could not be reached.');
  }
  return new AppError(
    'UNAUTHENTICATED',
    `The identity provider's answer could not be verified: ${(e as Error).message}`,
  );
}

function displayName(claims: OidcClaims, email: string): string {
  const str = (v: unknown) => (typeof v === 'string' && v.trim() ? v.trim() : undefined);
  const given = [str(claims.given_name), str(claims.family_name)].filter(Boolean).join(' ');
  return (str(claims.name) ?? (given || undefined) ?? str(claims.preferred_username) ?? email).slice(0, 120);
}

/**
 * The user for a provider's claims, in one transaction: the linked identity (issuer, sub); else the user with the
 * same verified email, linking it; else a new user without a password. A disabled user is refused.
 */
export async function userForOidcClaims(db: Db, issuer: string, claims: OidcClaims): Promise<User> {
  const parsed = EmailSchema.safeParse(claims.email);
  if (!parsed.success) {
    throw new AppError(
      'UNAUTHENTICATED',
      'The identity provider shared no valid email address; ask its administrator to release the email claim.',
    );
  }
  const email = parsed.data;
  return db.transaction(async (tx) => {
    const [linked] = await tx
      .select({ u: users })
      .from(identities)
      .innerJoin(users, eq(users.id, identities.userId))
      .where(and(eq(identities.issuer, issuer), eq(identities.subject, claims.sub)));
    const row = linked?.u;
    if (!row) {
      const [sameEmail] = await tx.select().from(users).where(eq(users.email, email));
      if (sameEmail && claims.email_verified !== true) {
        throw new AppError(
          'CONFLICT',
          `An account for ${email} exists, but the identity provider has not verified this email. Sign in with your password.`,
        );
      }
      if (sameEmail?.disabledAt) throw new AppError('UNAUTHENTICATED', 'This account is disabled.');
      const user =
        sameEmail ?? (await insertUser(tx, { email, name: displayName(claims, email), password: null }));
      await tx.insert(identities).values({
        id: newId('identity'),
        userId: user.id,
        issuer,
        subject: claims.sub,
        createdAt: new Date(),
      });
      return { id: user.id, email: user.email, name: user.name };
    }
    if (row.disabledAt) throw new AppError('UNAUTHENTICATED', 'This account is disabled.');
    return { id: row.id, email: row.email, name: row.name };
  });
}

function cookieKey(secret: string): Buffer {
  return createHash('sha256').update(`openaims/oidc-state/${secret}`).digest();
}

/** Seals a pending sign-in for its cookie with AES-256-GCM under the server secret (confidential and tamper-evident). */
export function sealOidcPending(secret: string, pending: OidcPending): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', cookieKey(secret), iv);
  const body = Buffer.concat([cipher.update(JSON.stringify(pending), 'utf8'), cipher.final()]);
  return Buffer.concat([iv, cipher.getAuthTag(), body]).toString('base64url');
}

/** Opens a sealed pending sign-in; undefined when missing, tampered with, sealed under another secret or malformed. */
export function openOidcPending(secret: string, sealed: string | undefined): OidcPending | undefined {
  if (!sealed || sealed.length > 2000) return undefined;
  try {
    const raw = Buffer.from(sealed, 'base64url');
    if (raw.length < 29) return undefined;
    const decipher = createDecipheriv('aes-256-gcm', cookieKey(secret), raw.subarray(0, 12));
    decipher.setAuthTag(raw.subarray(12, 28));
    const text = Buffer.concat([decipher.update(raw.subarray(28)), decipher.final()]).toString('utf8');
    const v = JSON.parse(text) as Partial<OidcPending>;
    const strings = [v.state, v.nonce, v.codeVerifier, v.returnTo].every((s) => typeof s === 'string');
    if (!strings || typeof v.expiresAt !== 'number') return undefined;
    return v as OidcPending;
  } catch {
    return undefined;
  }
}
