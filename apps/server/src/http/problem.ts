// The one place where errors become HTTP: RFC 9457 problem+json, never a stack trace or SQL text.
import { AppError, ERROR_TITLE, type FieldError, HTTP_STATUS, isAppError } from '@openaims/core';
import { isDataException, isForeignKeyViolation } from '@openaims/services';
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

/** Writes any error as problem+json; unknown errors are logged with the request id and answered generically. */
export function problemResponse(err: unknown, c: Context<AppEnv>): Response {
  let e: AppError;
  if (isAppError(err)) e = err;
  else if (err instanceof HTTPException) e = fromHttpException(err);
  // The database's own refusals are the caller's mistake, not a crash: a link to a record of another organization
  // or none (composite foreign keys), or a value the column type cannot hold (an impossible date).
  else if (isForeignKeyViolation(err))
    e = new AppError('RULE_VIOLATION', 'A reference names a record that is not part of this organization.');
  else if (isDataException(err))
    e = new AppError(
      'VALIDATION_FAILED',
      'A value is not valid for its field (for example a date that does not exist).',
    );
  else {
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
  const requestId = c.get('requestId');
  if (requestId) headers['x-request-id'] = requestId;
  return new Response(JSON.stringify(body), { status: body.status, headers });
}
