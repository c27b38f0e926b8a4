// The HTTP client: fetches, parses with a core zod schema, and turns failures into ApiError. No UI here.
import type { z } from 'zod';
import { type Problem, ProblemSchema } from './problem.ts';

const BASE = '/api/v1';
const CSRF_COOKIE = 'aims_csrf';

/** A failed API call, carrying the server's RFC 9457 problem document (or one we made up for it). */
export class ApiError extends Error {
  readonly status: number;
  readonly problem: Problem;

  constructor(problem: Problem) {
    super(problem.detail || problem.title);
    this.name = 'ApiError';
    this.status = problem.status;
    this.problem = problem;
  }

  get code(): string {
    return this.problem.code;
  }
}

/** Whether an error is an ApiError with the given HTTP status. */
export function isApiError(e: unknown, status?: number): e is ApiError {
  return e instanceof ApiError && (status === undefined || e.status === status);
}

type Query = Record<string, string | number | boolean | undefined | null>;

interface RequestOptions {
  query?: Query;
  body?: unknown;
  /** A file sent as it is (imports), instead of a JSON body. */
  raw?: { text: string; contentType: string };
  /** A multipart form (evidence uploads); the browser sets its content type and boundary. */
  form?: FormData;
  headers?: Record<string, string>;
}

function readCookie(name: string): string | undefined {
  for (const part of document.cookie.split(';')) {
    const [k, ...v] = part.trim().split('=');
    if (k === name) return decodeURIComponent(v.join('='));
  }
  return undefined;
}

function buildUrl(path: string, query?: Query): string {
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(query ?? {})) {
    if (v !== undefined && v !== null && v !== '') params.set(k, String(v));
  }
  const qs = params.toString();
  return `${BASE}${path}${qs ? `?${qs}` : ''}`;
}

async function toApiError(res: Response): Promise<ApiError> {
  let body: unknown;
  try {
    body = await res.json();
  } catch {
    body = undefined;
  }
  const parsed = ProblemSchema.safeParse(body);
  if (parsed.success) return new ApiError({ ...parsed.data, status: parsed.data.status || res.status });
  return new ApiError({
    type: 'about:blank',
    title: res.statusText || 'Request failed',
    status: res.status,
    detail: `The server answered ${res.status} ${res.statusText}`.trim(),
    code: 'HTTP_ERROR',
  });
}

async function request<S extends z.ZodType>(
  method: string,
  path: string,
  schema: S | null,
  opts: RequestOptions = {},
) {
  const headers: Record<string, string> = { Accept: 'application/json', ...opts.headers };
  if (opts.body !== undefined) headers['Content-Type'] = 'application/json';
  if (opts.raw) headers['Content-Type'] = opts.raw.contentType;
  if (method !== 'GET' && method !== 'HEAD') {
    const csrf = readCookie(CSRF_COOKIE);
    if (csrf) headers['X-CSRF-Token'] = csrf;
  }
  let res: Response;
  try {
    res = await fetch(buildUrl(path, opts.query), {
      method,
      headers,
      credentials: 'same-origin',
      body: opts.form
        ? opts.form
        : opts.raw
          ? opts.raw.text
          : opts.body === undefined
            ? undefined
            : JSON.stringify(opts.body),
    });
  } catch {
    throw new ApiError({
      type: 'about:blank',
      title: 'Network error',
      status: 0,
      detail: 'Could not reach the server. Check your connection and try again.',
      code: 'NETWORK',
    });
  }
  if (!res.ok) throw await toApiError(res);
  if (!schema || res.status === 204) return undefined as z.output<S>;
  const parsed = schema.safeParse(await res.json());
  if (!parsed.success) {
    throw new ApiError({
      type: 'about:blank',
      title: 'Unexpected response',
      status: res.status,
      detail: `The server's answer to ${method} ${path} did not have the expected shape.`,
      code: 'BAD_RESPONSE',
    });
  }
  return parsed.data as z.output<S>;
}

/** Typed helpers; every path is relative to /api/v1. */
export const api = {
  get: <S extends z.ZodType>(path: string, schema: S, query?: Query) =>
    request('GET', path, schema, { query }),
  post: <S extends z.ZodType>(path: string, body: unknown, schema: S) =>
    request('POST', path, schema, { body }),
  patch: <S extends z.ZodType>(path: string, body: unknown, schema: S, headers?: Record<string, string>) =>
    request('PATCH', path, schema, { body, headers }),
  /** Replaces a singleton resource (e.g. the risk criteria). */
  put: <S extends z.ZodType>(path: string, body: unknown, schema: S, headers?: Record<string, string>) =>
    request('PUT', path, schema, { body, headers }),
  /** Sends a file's text as the body (imports). */
  upload: <S extends z.ZodType>(path: string, text: string, contentType: string, schema: S, query?: Query) =>
    request('POST', path, schema, { raw: { text, contentType }, query }),
  /** Sends a multipart form (a file and its fields). */
  postForm: <S extends z.ZodType>(path: string, form: FormData, schema: S) =>
    request('POST', path, schema, { form }),
  /** A DELETE with a JSON body that answers with the changed entity. */
  delete: <S extends z.ZodType>(path: string, body: unknown, schema: S) =>
    request('DELETE', path, schema, { body }),
  /** A write that answers 204 No Content. */
  send: (method: 'POST' | 'DELETE', path: string, body?: unknown) => request(method, path, null, { body }),
};
