// Routes a signed-in person calls for themselves (create an organization, load a demo one): they answer only a
// person's session, never an API token, and document the errors such a request can meet.
import { AppError } from '@openaims/core';
import type { Context } from 'hono';
import { errorsOf } from './openapi-helpers.ts';
import type { AppEnv } from './types.ts';

/** The errors of a signed-in person's own request: bad input, no session, not allowed. */
export const signedInErrors = errorsOf(400, 401, 403);

/** The signed-in person making the request; UNAUTHENTICATED for anyone else (an API token included). */
export function signedInUser(c: Context<AppEnv>) {
  const p = c.get('principal');
  if (p?.kind !== 'user') throw new AppError('UNAUTHENTICATED', 'Sign in first.');
  return p.user;
}
