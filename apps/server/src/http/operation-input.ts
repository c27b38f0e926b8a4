// What a declared operation reads besides its path: a JSON body or a query. The org-level operations
// (org-operations.ts) and the entity operations (resource.ts) document and read it the same way, so both take it
// from here and their OpenAPI entries cannot drift apart.
import type { RouteConfig, z } from '@hono/zod-openapi';
import { jsonBody } from './openapi-helpers.ts';
import { validInput } from './validated.ts';

/** A JSON body (an optional one reads as `{}` when absent), or a query. */
export type OperationInput<I extends z.ZodType> =
  | { body: I; optional?: boolean }
  | { query: I & z.ZodObject };

/** The plain description of each status an operation answers with. */
export const ANSWERED = { 200: 'OK', 201: 'Created', 202: 'Queued' } as const;

/** The OpenAPI `request` of an operation: its path parameters, then its query or body when it has one. */
export function requestOf<I extends z.ZodType>(
  params: z.ZodObject,
  input: OperationInput<I> | undefined,
): NonNullable<RouteConfig['request']> {
  const request: RouteConfig['request'] = { params };
  if (input && 'query' in input) request.query = input.query;
  if (input && 'body' in input)
    request.body = input.optional
      ? { required: false, content: { 'application/json': { schema: input.body } } }
      : jsonBody(input.body);
  return request;
}

/** The validated input of a request: its query, its body (`{}` for an absent optional one), or undefined. */
export function inputOf<I extends z.ZodType>(c: unknown, input: OperationInput<I> | undefined): z.output<I> {
  const given = !input
    ? undefined
    : 'query' in input
      ? validInput(c, 'query')
      : (validInput(c, 'json') ?? {});
  return given as z.output<I>;
}
