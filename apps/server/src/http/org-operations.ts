// An organization's own operations that name no entity: `GET /api/v1/orgs/{orgId}/soa-state`,
// `POST …/soa/decide-remaining`. Each was the same dozen lines of route declaration around a one-line call into
// services; declaring them from a short spec keeps the OpenAPI entry and the handler from drifting apart.
import { createRoute, type RouteConfig, type z } from '@hono/zod-openapi';
import type { Permission } from '@openaims/core';
import type { OrgContext } from '@openaims/services';
import type { Context } from 'hono';
import { errorResponses, json, OrgParams } from './openapi-helpers.ts';
import { ANSWERED, inputOf, type OperationInput, requestOf } from './operation-input.ts';
import { sendKept } from './page-cache.ts';
import { type ResourceEntity, sendEntity } from './resource.ts';
import type { RouteFn } from './route.ts';
import type { AppEnv } from './types.ts';

/** One operation at `/api/v1/orgs/{orgId}/{path}`, answered as JSON with what `run` returns. */
export interface OrgOperation<R extends z.ZodType, I extends z.ZodType> {
  permission: Permission;
  method: 'get' | 'post' | 'put' | 'patch';
  /** After `/api/v1/orgs/{orgId}/`: `soa-state`, `soa/decide-remaining`. */
  path: string;
  summary: string;
  description?: string;
  response: R;
  /** 200 unless given. */
  status?: 201 | 202;
  /** The answer's description in the OpenAPI document when not the status's plain word. */
  answered?: string;
  /**
   * With 201: the collection the added entity is found in (`webhooks`), from the added entity. It is then answered
   * as an entity: with its `ETag` and its `Location` there.
   */
  createdIn?: (added: z.output<R>) => string;
  /** What it reads: a JSON body (an optional one reads as `{}` when absent), or a query. */
  input?: OperationInput<I>;
  run(ctx: OrgContext, input: z.output<I>): Promise<z.output<R>>;
  /** For a `get`: the revision of the content `run` answers from, to serve a kept answer (see page-cache.ts). */
  revision?(ctx: OrgContext): Promise<string>;
}

/** A registrar of one module's organization-level operations, all under the same OpenAPI tags. */
export function orgOperations(route: RouteFn, tags: string[]) {
  return <R extends z.ZodType, I extends z.ZodType>(op: OrgOperation<R, I>): void => {
    const { input, status = 200 } = op;
    const request = requestOf(OrgParams, input);
    const config: RouteConfig = createRoute({
      method: op.method,
      path: `/api/v1/orgs/{orgId}/${op.path}`,
      tags,
      summary: op.summary,
      // Left out rather than undefined when absent, so the document keeps its key order.
      ...(op.description === undefined ? {} : { description: op.description }),
      request,
      responses: { [status]: json(op.response, op.answered ?? ANSWERED[status]), ...errorResponses },
    });
    const revision = op.method === 'get' && status === 200 ? op.revision : undefined;
    route(
      { scope: 'org', permission: op.permission },
      config,
      async (c: Context<AppEnv>) => {
        const given = inputOf(c, input);
        const run = () => op.run(c.get('org'), given);
        if (revision) return sendKept(c, op.path, (given ?? {}) as Record<string, unknown>, revision, run);
        if (status === 201 && op.createdIn) {
          const added = await run();
          return sendEntity(c, added as ResourceEntity, 201, op.createdIn(added));
        }
        return c.json((await run()) as object, status);
      },
      { kept: Boolean(revision) },
    );
  };
}
