// Generic OpenID Connect sign-in. Registered only when AIMS_OIDC_* is configured. These routes answer with
// redirects, so they are plain Hono routes, documented in the OpenAPI registry by hand.
import { randomBytes } from 'node:crypto';
import { type OpenAPIHono, z } from '@hono/zod-openapi';
import { AppError } from '@openaims/core';
import {
  completeOidcLogin,
  createSession,
  needsSetup,
  type OidcConfiguration,
  oidcIssuer,
  openOidcPending,
  sealOidcPending,
  startOidcLogin,
  userForOidcClaims,
} from '@openaims/services';
import type { Context } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import { setSessionCookies } from '../http/cookies.ts';
import { errorResponses, errorsOf, unavailableResponse } from '../http/openapi-helpers.ts';
import type { RouteMeta } from '../http/route.ts';
import type { AppEnv } from '../http/types.ts';

/** A configured OIDC relying party (see services/auth/oidc.service.ts). */
export interface OidcClient {
  /** The discovered provider and this instance's client registration. */
  config: OidcConfiguration;
  /** Scopes to request, space-separated (AIMS_OIDC_SCOPES). */
  scopes: string;
  /** Server secret that seals the sign-in cookie; without it a per-process random one is used (single process only). */
  secret?: string;
}

export const OIDC_LOGIN_PATH = '/api/v1/auth/oidc/login';
export const OIDC_CALLBACK_PATH = '/api/v1/auth/oidc/callback';
/** Carries state, nonce and PKCE verifier from the login redirect to the callback. */
export const OIDC_COOKIE = 'aims_oidc';
const COOKIE_PATH = '/api/v1/auth/oidc';

const tags = ['auth'];
const redirect = (description: string) => ({
  description,
  headers: { Location: { description: 'Where the browser goes next', schema: { type: 'string' as const } } },
});

function secure(c: Context<AppEnv>): boolean {
  return c.get('deps').env.AIMS_COOKIE_SECURE ?? new URL(c.req.url).protocol === 'https:';
}

function redirectUri(c: Context<AppEnv>): string {
  return new URL(OIDC_CALLBACK_PATH, c.get('deps').env.AIMS_PUBLIC_URL ?? c.req.url).href;
}

/** Registers the OIDC sign-in routes when a client is configured. */
export function oidcRoutes(app: OpenAPIHono<AppEnv>, oidc: OidcClient | undefined, table: RouteMeta[]): void {
  if (!oidc) return;
  table.push({ method: 'GET', path: OIDC_LOGIN_PATH, access: { scope: 'public' } });
  table.push({ method: 'GET', path: OIDC_CALLBACK_PATH, access: { scope: 'public' } });
  const secret = oidc.secret ?? randomBytes(32).toString('base64url');

  app.openAPIRegistry.registerPath({
    method: 'get',
    path: OIDC_LOGIN_PATH,
    tags,
    summary: 'Start signing in with the OpenID provider (redirects there)',
    security: [],
    request: {
      query: z.object({
        returnTo: z
          .string()
          .max(500)
          .optional()
          .openapi({ description: 'Same-origin path to land on after sign-in' }),
      }),
    },
    responses: {
      302: redirect("To the provider's authorization endpoint; sets the short-lived `aims_oidc` cookie"),
      409: errorResponses[409],
    },
  });
  app.get(OIDC_LOGIN_PATH, async (c) => {
    // Before first set-up the first account must be the owner created by set-up, not whoever signs in first.
    if (await needsSetup(c.get('deps').database.db)) {
      throw new AppError(
        'CONFLICT',
        'This instance is not set up yet. Finish the first set-up, then sign in with single sign-on.',
      );
    }
    const { url, pending } = await startOidcLogin(oidc.config, {
      redirectUri: redirectUri(c),
      scopes: oidc.scopes,
      returnTo: c.req.query('returnTo'),
    });
    setCookie(c, OIDC_COOKIE, sealOidcPending(secret, pending), {
      path: COOKIE_PATH,
      httpOnly: true,
      sameSite: 'Lax',
      secure: secure(c),
      maxAge: Math.floor((pending.expiresAt - Date.now()) / 1000),
    });
    return c.redirect(url.href, 302);
  });

  app.openAPIRegistry.registerPath({
    method: 'get',
    path: OIDC_CALLBACK_PATH,
    tags,
    summary: 'Where the OpenID provider returns; signs in and redirects into the app',
    security: [],
    request: {
      query: z.object({
        code: z.string().optional(),
        state: z.string().optional(),
        iss: z.string().optional(),
        error: z.string().optional(),
      }),
    },
    responses: {
      302: redirect('Signed in (session cookies set); to the `returnTo` path or `/`'),
      ...errorsOf(400, 401, 409),
      503: unavailableResponse,
    },
  });
  app.get(OIDC_CALLBACK_PATH, async (c) => {
    const pending = openOidcPending(secret, getCookie(c, OIDC_COOKIE));
    if (!pending)
      throw new AppError(
        'VALIDATION_FAILED',
        'The sign-in cookie is missing, expired or invalid. Start the sign-in again.',
      );
    // The redirect URI sent to the token endpoint must be the one sent at login, whatever host the request used.
    const callbackUrl = new URL(redirectUri(c));
    callbackUrl.search = new URL(c.req.url).search;
    const claims = await completeOidcLogin(oidc.config, callbackUrl, pending);
    const db = c.get('deps').database.db;
    const user = await userForOidcClaims(db, oidcIssuer(oidc.config), claims);
    deleteCookie(c, OIDC_COOKIE, { path: COOKIE_PATH });
    setSessionCookies(c, await createSession(db, user.id));
    c.get('log').info({ userId: user.id }, 'signed in with OpenID Connect');
    return c.redirect(pending.returnTo, 302);
  });
}
