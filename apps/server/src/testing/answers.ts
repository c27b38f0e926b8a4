// A route's JSON answer in one step. `answerOf` is for the requests whose status a test does not check (the set-up
// of a record it goes on to use, or a read-back); `createdOf` for a creation whose 201 it does check.
import type { z } from '@hono/zod-openapi';
import { expect } from 'vitest';
import type { TestApp } from './test-app.ts';

/** Sends a request as the token's holder (with `json` as its body, if any) and answers the parsed JSON. */
export async function answerOf(t: TestApp, method: string, path: string, token: string, json?: unknown) {
  return (await t.call(method, path, { token, json })).json();
}

/** POSTs `json` as the token's holder, checks the 201 and answers the created record parsed by its schema. */
export async function createdOf<S extends z.ZodType>(
  t: TestApp,
  schema: S,
  path: string,
  token: string,
  json: unknown,
): Promise<z.output<S>> {
  const res = await t.call('POST', path, { token, json });
  expect(res.status).toBe(201);
  return schema.parse(await res.json());
}
