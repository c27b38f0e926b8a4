// Resolves the caller from a Bearer token or the session cookie, and enforces CSRF on cookie writes.
import { AppError } from '@openaims/core';
import { resolveSession, resolveToken, safeEqual } from '@openaims/services';
import type { MiddlewareHandler } from 'hono';
import { getCookie } from 'hono/cookie';
import { CSRF_HEADER, SESSION_COOKIE } from './cookies.ts';
import type { AppEnv } from './types.ts';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** Sets `principal` (or leaves it undefined). A bad Bearer token is a 401 at once: a script should know. */
export const principalMiddleware: MiddlewareHandler<AppEnv> = async (c, next) => {
  const db = c.get('deps').database.db;
  const auth = c.req.header('authorization');
  if (auth) {
    const m = /^Bearer\s+(\S+)$/i.exec(auth);
    const token = m ? await resolveToken(db, m[1]!) : undefined;
    if (!token) throw new AppError('UNAUTHENTICATED', 'The API token is unknown, revoked or expired.');
    c.set('principal', { kind: 'token', token });
    return next();
  }
  const secret = getCookie(c, SESSION_COOKIE);
  if (secret && secret.length < 200) {
    const s = await resolveSession(db, secret);
    if (s) {
      c.set('principal', { kind: 'user', user: s.user, csrfToken: s.csrfToken, sessionSecret: secret });
      if (!SAFE_METHODS.has(c.req.method)) {
        const sent = c.req.header(CSRF_HEADER) ?? '';
        if (!safeEqual(sent, s.csrfToken)) {
          throw new AppError(
            'FORBIDDEN',
            'Missing or wrong X-CSRF-Token header for a cookie-authenticated write.',
          );
        }
      }
    }
  }
  if (!c.get('principal') && !SAFE_METHODS.has(c.req.method)) {
    // Unauthenticated writes (set-up, sign-in, accepting an invitation) must not come from another site.
    const origin = c.req.header('origin');
    // `Origin: null` (a sandboxed frame, a data: URL) is as foreign as any other site: login CSRF.
    if (origin !== undefined && new URL(c.req.url).host !== safeHost(origin)) {
      throw new AppError('FORBIDDEN', 'Cross-site request refused.');
    }
  }
  return next();
};

function safeHost(origin: string): string | undefined {
  try {
    return new URL(origin).host;
  } catch {
    return undefined;
  }
}
