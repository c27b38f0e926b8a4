// Session and CSRF cookies. The session cookie is HttpOnly; the CSRF cookie is readable by the web app,
// which echoes it in X-CSRF-Token on writes (double submit, checked against the session on the server).
import type { Context } from 'hono';
import { deleteCookie, setCookie } from 'hono/cookie';
import type { AppEnv } from './types.ts';

export const SESSION_COOKIE = 'aims_session';
export const CSRF_COOKIE = 'aims_csrf';
export const CSRF_HEADER = 'x-csrf-token';

function secure(c: Context<AppEnv>): boolean {
  const forced = c.get('deps').env.AIMS_COOKIE_SECURE;
  if (forced !== undefined) return forced;
  return new URL(c.req.url).protocol === 'https:';
}

/** Sets the session cookies after sign-in. */
export function setSessionCookies(
  c: Context<AppEnv>,
  session: { secret: string; csrfToken: string; expiresAt: Date },
): void {
  const common = { path: '/', secure: secure(c), expires: session.expiresAt };
  setCookie(c, SESSION_COOKIE, session.secret, { ...common, httpOnly: true, sameSite: 'Lax' });
  setCookie(c, CSRF_COOKIE, session.csrfToken, { ...common, httpOnly: false, sameSite: 'Strict' });
}

/** Clears the session cookies on sign-out. */
export function clearSessionCookies(c: Context<AppEnv>): void {
  deleteCookie(c, SESSION_COOKIE, { path: '/' });
  deleteCookie(c, CSRF_COOKIE, { path: '/' });
}
