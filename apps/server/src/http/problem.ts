// The one place where errors become HTTP: RFC 9457 problem+json, never a stack trace or SQL text.
import { AppError, ERROR_TITLE, type FieldError, HTTP_STATUS, isAppError } from '@openaims/core';
import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { AppEnv } from './types.ts';

/** Body of an RFC 9457 problem response. */
export interface Problem {
  type: string;
  title: string;
  status: number;
  detail: string;
  code: string;
  instance?: string;
  errors?: FieldError[];
}

function fromHttpException(e: HTTPException): AppError {
  switch (e.status) {
    case 400:
      return new AppError('VALIDATION_FAILED', e.message || 'Malformed request.');
    case 401:
      return new AppError('UNAUTHENTICATED', 'Sign in or send an API token.');
    case 404:
      return new AppError('NOT_FOUND', 'Not found.');
    case 413:
      return new AppError('PAYLOAD_TOO_LARGE', 'The request body is too large.');
    case 415:
      return new AppError(
        'UNSUPPORTED_MEDIA_TYPE',
        'This operation does not take that media type: most take application/json, evidence uploads multipart/form-data.',
      );
    default:
      return e.status < 500
        ? new AppError('VALIDATION_FAILED', e.message || 'Bad request.')
        : new AppError('INTERNAL', 'Something went wrong.');
  }
}

/**
 * Whether a database error is in SQLSTATE class 22 (data exception: a NUL byte in text, an impossible date, a
 * number out of range, text where a number belongs). Such an error means the request carried a bad value, so it
 * is the client's 400, never a 500 (issue 12). Drivers wrap it, so the cause chain is searched.
 */
export function isDataException(err: unknown): boolean {
  let cur: unknown = err;
  for (let i = 0; i < 5 && cur && typeof cur === 'object'; i++) {
    const code = (cur as { code?: unknown }).code;
    if (typeof code === 'string' && /^22[0-9A-Z]{3}$/.test(code)) return true;
    cur = (cur as { cause?: unknown }).cause;
  }
  return false;
}

/** Writes any error as problem+json; unknown errors are logged with the request id and answered generically. */
export function problemResponse(err: unknown, c: Context<AppEnv>): Response {
  let e: AppError;
  if (isAppError(err)) e = err;
  else if (err instanceof HTTPException) e = fromHttpException(err);
  else if (isDataException(err)) {
    // Backstop for input the edge checks missed: the transaction rolled back, nothing was stored.
    e = new AppError(
      'VALIDATION_FAILED',
      'A value in the request cannot be stored (a NUL character, an impossible date or a number out of range).',
    );
  } else {
    c.get('log')?.error({ err, requestId: c.get('requestId') }, 'unhandled error');
    e = new AppError(
      'INTERNAL',
      `Something went wrong. Quote request id ${c.get('requestId') ?? 'unknown'} when reporting it.`,
    );
  }
  const body: Problem = {
    type: `https://openaims.dev/problems/${e.code.toLowerCase().replace(/_/g, '-')}`,
    title: ERROR_TITLE[e.code],
    status: HTTP_STATUS[e.code],
    detail: e.message,
    code: e.code,
    instance: c.req.path,
  };
  if (e.errors?.length) body.errors = e.errors;
  const headers: Record<string, string> = {
    'content-type': 'application/problem+json',
    ...(e.headers ?? {}),
  };
  // A 413 may be answered before the body is read; its unread rest is still on the socket, so the connection
  // must close, or the next request on a kept-alive socket would be parsed from the middle of this body.
  if (body.status === 413) headers.connection = 'close';
  const requestId = c.get('requestId');
  if (requestId) headers['x-request-id'] = requestId;
  return new Response(JSON.stringify(body), { status: body.status, headers });
}
