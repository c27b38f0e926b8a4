// The routes of a collection — list, create, get, patch, archive — declared once from its core schemas.
// Every module's plain CRUD goes through here; domain verbs (submit, approve, close …) are written by hand beside
// it with the same `route` registrar and answer through `sendEntity`.
import { createRoute, type RouteConfig, type z } from '@hono/zod-openapi';
import { type Page, type Permission, pageSchema } from '@openaims/core';
import type { OrgContext } from '@openaims/services';
import type { Context } from 'hono';
import {
  errorResponses,
  etag,
  IfMatchHeader,
  json,
  jsonBody,
  OrgIdParams,
  OrgParams,
  parseIfMatch,
} from './openapi-helpers.ts';
import { ANSWERED, inputOf, type OperationInput, requestOf } from './operation-input.ts';
import { sendKept } from './page-cache.ts';
import type { RouteFn } from './route.ts';
import type { AppEnv } from './types.ts';
import { validInput } from './validated.ts';

/** What a collection's entity carries for ETag and Location. */
export interface ResourceEntity {
  id?: string;
  version?: number;
}

/**
 * Answers with an entity: `ETag` from its version (when it has one) and, for 201, `Location` at
 * `/api/v1/orgs/{orgId}/{collection}/{id}`. The one place an entity response is written.
 */
export function sendEntity<T extends ResourceEntity, S extends 200 | 201>(
  c: Context<AppEnv>,
  entity: T,
  status: S,
  collection?: string,
) {
  if (entity.version !== undefined) c.header('ETag', etag(entity.version));
  if (status === 201 && collection && entity.id) {
    c.header('Location', `/api/v1/orgs/${c.get('org').orgId}/${collection}/${entity.id}`);
  }
  return c.json(entity, status);
}

interface Operation {
  permission: Permission;
  /** One line for the OpenAPI document; a sensible default is written from the label. */
  summary?: string;
  description?: string;
}

/** A collection's routes: each operation present is registered; absent ones are not. */
export interface ResourceSpec<
  E extends z.ZodType,
  Q extends z.ZodObject,
  C extends z.ZodType,
  U extends z.ZodType,
> {
  /** Path segment under `/api/v1/orgs/{orgId}/`, e.g. `nonconformities`. */
  path: string;
  /** Entity name in the route table (matches a fixture in `testing/fixtures.ts`), e.g. `nonconformity`. */
  resource: string;
  /** Human name, singular, lower case, for summaries: `nonconformity`. */
  label: string;
  tags: string[];
  entity: E;
  list?: Operation & {
    query: Q;
    run(ctx: OrgContext, query: z.output<Q>): Promise<Page<z.output<E>>>;
    /**
     * The revision of the content `run` answers from (see `page-cache.ts`): with it, a page is serialized once
     * per revision and query, and served again while the revision holds.
     */
    revision?(ctx: OrgContext): Promise<string>;
  };
  create?: Operation & { body: C; run(ctx: OrgContext, input: z.output<C>): Promise<z.output<E>> };
  get?: Operation & { run(ctx: OrgContext, id: string): Promise<z.output<E>> };
  update?: Operation & {
    body: U;
    run(ctx: OrgContext, id: string, input: z.output<U>, expectedVersion?: number): Promise<z.output<E>>;
  };
  /**
   * Archive (kept on record, out of the list). `delete` answers 204 on `DELETE …/{id}`; `post` answers the
   * archived entity on `POST …/{id}/archive`.
   */
  archive?: Operation & { method?: 'delete' | 'post'; run(ctx: OrgContext, id: string): Promise<unknown> };
}

const idOf = (c: unknown) => validInput<{ id: string }>(c, 'param').id;

/**
 * Registers the collection's routes on the registrar, in the order list, create, get, patch, archive, and answers
 * the registrar of its entities' own operations (`entityRoutes`).
 */
export function resourceRoutes<
  E extends z.ZodType,
  Q extends z.ZodObject,
  C extends z.ZodType,
  U extends z.ZodType,
>(route: RouteFn, spec: ResourceSpec<E, Q, C, U>) {
  const base = `/api/v1/orgs/{orgId}/${spec.path}`;
  const { tags, label } = spec;
  const entityOf = (x: unknown) => x as z.output<E> & ResourceEntity;
  const register = (
    op: Operation,
    config: RouteConfig,
    handler: (c: Context<AppEnv>) => Promise<Response>,
    withId: boolean,
    kept = false,
  ) =>
    route(
      { scope: 'org', permission: op.permission },
      createRoute({ ...config, tags, summary: op.summary ?? config.summary, description: op.description }),
      handler,
      withId ? { resource: spec.resource } : { kept },
    );

  if (spec.list) {
    const list = spec.list;
    register(
      list,
      {
        method: 'get',
        path: base,
        summary: `List ${spec.path.replace(/-/g, ' ')}`,
        request: { params: OrgParams, query: list.query },
        responses: { 200: json(pageSchema(spec.entity)), ...errorResponses },
      },
      async (c) => {
        const query = validInput<Record<string, unknown>>(c, 'query');
        return sendKept(c, spec.path, query, list.revision, () =>
          list.run(c.get('org'), query as z.output<Q>),
        );
      },
      false,
      Boolean(list.revision),
    );
  }
  if (spec.create) {
    const create = spec.create;
    register(
      create,
      {
        method: 'post',
        path: base,
        summary: `Create a ${label}`,
        request: { params: OrgParams, body: jsonBody(create.body) },
        responses: { 201: json(spec.entity, 'Created'), ...errorResponses },
      },
      async (c) =>
        sendEntity(c, entityOf(await create.run(c.get('org'), validInput(c, 'json'))), 201, spec.path),
      false,
    );
  }
  if (spec.get) {
    const get = spec.get;
    register(
      get,
      {
        method: 'get',
        path: `${base}/{id}`,
        summary: `One ${label}`,
        request: { params: OrgIdParams },
        responses: { 200: json(spec.entity), ...errorResponses },
      },
      async (c) => sendEntity(c, entityOf(await get.run(c.get('org'), idOf(c))), 200),
      true,
    );
  }
  if (spec.update) {
    const update = spec.update;
    register(
      update,
      {
        method: 'patch',
        path: `${base}/{id}`,
        summary: `Change a ${label} (send If-Match to guard against lost updates)`,
        request: { params: OrgIdParams, headers: IfMatchHeader, body: jsonBody(update.body) },
        responses: { 200: json(spec.entity), ...errorResponses },
      },
      async (c) => {
        const expected = parseIfMatch(c.req.header('if-match'));
        return sendEntity(
          c,
          entityOf(await update.run(c.get('org'), idOf(c), validInput(c, 'json'), expected)),
          200,
        );
      },
      true,
    );
  }
  if (spec.archive) {
    const archive = spec.archive;
    if ((archive.method ?? 'delete') === 'delete') {
      register(
        archive,
        {
          method: 'delete',
          path: `${base}/{id}`,
          summary: `Archive a ${label} (kept on record)`,
          request: { params: OrgIdParams },
          responses: { 204: { description: 'Archived' }, ...errorResponses },
        },
        async (c) => {
          await archive.run(c.get('org'), idOf(c));
          return c.body(null, 204);
        },
        true,
      );
    } else {
      register(
        archive,
        {
          method: 'post',
          path: `${base}/{id}/archive`,
          summary: `Archive a ${label} (kept on record, out of the list)`,
          request: { params: OrgIdParams },
          responses: { 200: json(spec.entity), ...errorResponses },
        },
        async (c) => sendEntity(c, entityOf(await archive.run(c.get('org'), idOf(c))), 200),
        true,
      );
    }
  }
  return entityRoutes(route, spec);
}

/**
 * A record read and changed in place at one path: `GET` answers it with its `ETag`, `PATCH` takes `If-Match`.
 * `A` is what names it beyond the organization: nothing for a singleton (`/setup`), or one path key
 * (`/clauses/{clauseRef}`), passed to both operations before their own arguments.
 */
interface RecordSpec<E extends z.ZodType, U extends z.ZodType, A extends unknown[]> {
  tags: string[];
  entity: E;
  get: Operation & { summary: string; run(ctx: OrgContext, ...at: A): Promise<z.output<E>> };
  update: Operation & {
    summary: string;
    body: U;
    run(ctx: OrgContext, ...args: [...A, z.output<U>, number | undefined]): Promise<z.output<E>>;
  };
}

function recordRoutes<E extends z.ZodType, U extends z.ZodType, A extends unknown[]>(
  route: RouteFn,
  spec: RecordSpec<E, U, A>,
  at: { path: string; params: z.ZodObject; of(c: unknown): A; resource?: string },
): void {
  const { get, update } = spec;
  const config = (op: Operation, method: 'get' | 'patch', request: RouteConfig['request']): RouteConfig =>
    createRoute({
      method,
      path: `/api/v1/orgs/{orgId}${at.path}`,
      tags: spec.tags,
      summary: op.summary,
      description: op.description,
      request,
      responses: { 200: json(spec.entity), ...errorResponses },
    });
  const opts = at.resource ? { resource: at.resource } : {};
  const send = async (c: Context<AppEnv>, entity: unknown): Promise<Response> =>
    sendEntity(c, entity as z.output<E> & ResourceEntity, 200);
  route(
    { scope: 'org', permission: get.permission },
    config(get, 'get', { params: at.params }),
    async (c: Context<AppEnv>) => send(c, await get.run(c.get('org'), ...at.of(c))),
    opts,
  );
  route(
    { scope: 'org', permission: update.permission },
    config(update, 'patch', { params: at.params, headers: IfMatchHeader, body: jsonBody(update.body) }),
    async (c: Context<AppEnv>) => {
      const expected = parseIfMatch(c.req.header('if-match'));
      return send(c, await update.run(c.get('org'), ...at.of(c), validInput(c, 'json'), expected));
    },
    opts,
  );
}

/** The organization's one record of a kind (its set-up, its AI roles profile): `GET` and `PATCH` at `path`. */
export function singletonRoutes<E extends z.ZodType, U extends z.ZodType>(
  route: RouteFn,
  spec: RecordSpec<E, U, []> & {
    /** After `/api/v1/orgs/{orgId}`: `/setup`, or '' for the organization. */ path: string;
  },
): void {
  recordRoutes(route, spec, { path: spec.path, params: OrgParams, of: () => [] });
}

/**
 * A record named by one path key (`{clauseRef}`, `{controlRef}`, `{memberId}`), read and changed in place.
 * `params` declares the key; `resource` names the entity in the route table when the key is an id.
 */
export function keyedRecordRoutes<E extends z.ZodType, U extends z.ZodType>(
  route: RouteFn,
  spec: RecordSpec<E, U, [string]> & { path: string; key: string; params: z.ZodObject; resource?: string },
): void {
  recordRoutes(route, spec, {
    path: spec.path,
    params: spec.params,
    of: (c) => [validInput<Record<string, string>>(c, 'param')[spec.key] ?? ''],
    resource: spec.resource,
  });
}

/** Where one entity's own operations hang: `/api/v1/orgs/{orgId}/{path}/{id}/…`. */
export interface EntityAt<E extends z.ZodType> {
  path: string;
  /** The entity the `{id}` names, in the route table. */
  resource: string;
  tags: string[];
  /** Answers of this schema are the entity itself, sent with its `ETag`. */
  entity: E;
}

/** A domain verb or a view of one entity: `POST …/{id}/approve`, `GET …/{id}/history`. */
export interface EntityOperation<R extends z.ZodType, I extends z.ZodType> extends Operation {
  method: 'get' | 'post';
  /** After `{id}/`: `approve`, `treatment/approve`. */
  verb: string;
  summary: string;
  response: R;
  /** 200 unless given: 201 for something it adds, 202 for work it queues. */
  status?: 201 | 202;
  /**
   * With 201: the collection the added entity is found in (`risks`, `documents/{id}/versions`), from the added
   * entity. It is then answered as an entity: with its `ETag` and its `Location` there.
   */
  createdIn?: (added: z.output<R>) => string;
  /** What it reads besides the id: a JSON body (an optional one reads as `{}` when absent), or a query. */
  input?: OperationInput<I>;
  /** Guarded against lost updates: `If-Match` is documented and the version it names is passed to `run`. */
  ifMatch?: boolean;
  run(ctx: OrgContext, id: string, input: z.output<I>, expectedVersion?: number): Promise<z.output<R>>;
}

/** A registrar of one collection's entity operations. */
export function entityRoutes<E extends z.ZodType>(route: RouteFn, at: EntityAt<E>) {
  return <R extends z.ZodType, I extends z.ZodType>(op: EntityOperation<R, I>): void => {
    const { input, status = 200 } = op;
    const request = { ...requestOf(OrgIdParams, input), ...(op.ifMatch ? { headers: IfMatchHeader } : {}) };
    const config: RouteConfig = createRoute({
      method: op.method,
      path: `/api/v1/orgs/{orgId}/${at.path}/{id}/${op.verb}`,
      tags: at.tags,
      summary: op.summary,
      description: op.description,
      request,
      responses: { [status]: json(op.response, ANSWERED[status]), ...errorResponses },
    });
    route(
      { scope: 'org', permission: op.permission },
      config,
      async (c: Context<AppEnv>): Promise<Response> => {
        const expected = op.ifMatch ? parseIfMatch(c.req.header('if-match')) : undefined;
        const answer = await op.run(c.get('org'), idOf(c), inputOf(c, input), expected);
        if (status === 201 && op.createdIn)
          return sendEntity(c, answer as ResourceEntity, 201, op.createdIn(answer));
        return (op.response as z.ZodType) === at.entity && status === 200
          ? sendEntity(c, answer as ResourceEntity, 200)
          : c.json(answer as object, status);
      },
      { resource: at.resource },
    );
  };
}
