// PostgreSQL text cannot hold NUL characters: refuse them at the edge with a 400 instead of a database error.
import { AppError } from '@openaims/core';
import type { MiddlewareHandler } from 'hono';
import type { AppEnv } from './types.ts';

const refuse = (where: string) =>
  new AppError('VALIDATION_FAILED', `The ${where} contains a NUL character, which is not allowed.`, {
    errors: [{ path: where, message: 'NUL character' }],
  });

/** Rejects NUL in the path, the query and JSON bodies. */
export const nulGuard: MiddlewareHandler<AppEnv> = async (c, next) => {
  const url = c.req.url;
  if (/%00/.test(url))
    throw refuse(url.includes('?') && url.indexOf('%00') > url.indexOf('?') ? 'query' : 'path');
  if (c.req.method !== 'GET' && c.req.header('content-type')?.includes('json')) {
    const text = await c.req.text();
    // An escaped NUL is \u0000 after an even run of backslashes (an odd run would be a literal backslash).
    if (/(^|[^\\])(\\\\)*\\u0000/i.test(text)) throw refuse('body');
  }
  await next();
};
