// Small builders that keep route declarations short and their OpenAPI documentation complete.

import { z } from '@hono/zod-openapi';
import { AppError, ListQuerySchema } from '@openaims/core';

/** problem+json body, as documented for every error response. */
export const ProblemSchema = z
  .object({
    type: z.string(),
    title: z.string(),
    status: z.number().int(),
    detail: z.string(),
    code: z.string(),
    instance: z.string().optional(),
    errors: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
  })
  .openapi('Problem');

const problem = (description: string) => ({
  description,
  content: { 'application/problem+json': { schema: ProblemSchema } },
});

/** The error responses every route can give, keyed by status. */
export const errorResponses = {
  400: problem('Invalid input'),
  401: problem('Not signed in'),
  403: problem('Not allowed for your role'),
  404: problem('Unknown, or belongs to another organization'),
  409: problem('Conflict'),
  412: problem('Stale version (If-Match)'),
  422: problem('A domain rule refused the change'),
  429: problem('Too many requests'),
} as const;

/** 503, for the readiness probe. */
export const unavailableResponse = problem('Service unavailable');

/** A JSON response documented with its schema. */
export function json<T extends z.ZodType>(schema: T, description = 'OK') {
  return { description, content: { 'application/json': { schema } } } as const;
}

/** A JSON request body. */
export function jsonBody<T extends z.ZodType>(schema: T) {
  return { required: true, content: { 'application/json': { schema } } } as const;
}

/** `{orgId}` path parameter. */
export const OrgParams = z.object({
  orgId: z
    .string()
    .max(64)
    .openapi({ param: { name: 'orgId', in: 'path' } }),
});
/** `{orgId}` and `{id}` path parameters. */
export const OrgIdParams = OrgParams.extend({
  id: z
    .string()
    .max(64)
    .openapi({ param: { name: 'id', in: 'path' } }),
});

/** The collection query (`limit`, `cursor`, `q`, `sort`). */
export const ListQuery = ListQuerySchema;

/** `If-Match` header, documented. */
export const IfMatchHeader = z.object({
  'if-match': z
    .string()
    .max(100)
    .optional()
    .openapi({ description: 'The ETag you edited; a stale one gets 412.' }),
});

/** An entity tag as RFC 9110 §8.8.3 writes it: optional weak prefix, then a quoted string of etagc. */
const ENTITY_TAG = /^(?:W\/)?"([\x21\x23-\x7e\x80-\xff]*)"$/;

/**
 * Parses `If-Match` to the version the client edited. Absent or `*` → undefined (any version). A well-formed
 * entity tag that is not one of ours (say `"abc"`) can never match, so it yields -1 and the service answers 412
 * (RFC 9110 §13.1.1); only a header that is not an entity-tag list is 400. In a list, the first of our tags counts.
 */
export function parseIfMatch(value: string | undefined): number | undefined {
  if (value === undefined || value.trim() === '*') return undefined;
  const tags = value.split(',').map((t) => ENTITY_TAG.exec(t.trim()));
  if (tags.some((t) => !t))
    throw new AppError('VALIDATION_FAILED', 'If-Match must be an ETag this server sent, such as "3".', {
      errors: [{ path: 'If-Match', message: 'not an entity tag' }],
    });
  const ours = tags.map((t) => t![1]!).find((v) => /^\d{1,9}$/.test(v));
  return ours === undefined ? -1 : Number(ours);
}

/** The ETag of a versioned entity. */
export function etag(version: number): string {
  return `"${version}"`;
}

/**
 * One path parameter beyond `{orgId}`/`{id}`: a bounded string, documented under its name in the path, with an
 * example or a description where the name alone does not say what goes there.
 */
export function pathParam(
  name: string,
  maxLength: number,
  doc: { example?: string; description?: string } = {},
) {
  return z
    .string()
    .max(maxLength)
    .openapi({ param: { name, in: 'path' }, ...doc });
}

/** Content of one media type sent or answered as raw bytes (a file), documented as a binary string. */
function binaryContent<M extends string>(mediaType: M) {
  return { [mediaType]: { schema: z.string().openapi({ format: 'binary' }) } } as Record<
    M,
    { schema: z.ZodString }
  >;
}

/** A required request body of raw bytes (an uploaded file), read by the handler as sent. */
export function fileBody() {
  return { required: true, content: binaryContent('application/octet-stream') } as const;
}

/** A response that is a file of the given media type. */
export function fileResponse(description: string, mediaType = 'application/octet-stream') {
  return { description, content: binaryContent(mediaType) };
}

/** Only the named error responses, for a route that meets fewer than all of them (sign-in, public pages). */
export function errorsOf<S extends keyof typeof errorResponses>(
  ...statuses: S[]
): Pick<typeof errorResponses, S> {
  return Object.fromEntries(statuses.map((s) => [s, errorResponses[s]])) as Pick<typeof errorResponses, S>;
}
