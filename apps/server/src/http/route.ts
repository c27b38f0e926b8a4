// Every API route is declared through `defineRoutes`, which records it in the route table (for the generated
// authorization matrix and the OpenAPI coverage test) and puts the access check in front of validation.

import type { OpenAPIHono, RouteConfig, RouteHandler } from '@hono/zod-openapi';
import { AppError, can, isLoggedRead, type Permission, type Role } from '@openaims/core';
import { type Actor, assertAccessNotEnded, findMembershipRole, recordAccess } from '@openaims/services';
import type { MiddlewareHandler } from 'hono';
import type { AppEnv } from './types.ts';

/**
 * Who may call a route: anyone; any authenticated principal (a signed-in person or an API token of any role,
 * for shared reference data such as the catalogue); a signed-in person only; or a member of the path's
 * organization holding a permission.
 */
export type Access =
  | { scope: 'public' }
  | { scope: 'principal' }
  | { scope: 'user' }
  | { scope: 'org'; permission: Permission | PermissionByParam };

/**
 * A permission chosen by the value of one path parameter (e.g. `exports/{name}`: each export needs the read
 * permission of the module it shows). A value missing from `byValue` names nothing: 404.
 */
export interface PermissionByParam {
  param: string;
  /** What the parameter names, for the 404 message ("There is no export named x."). */
  what: string;
  byValue: Readonly<Record<string, Permission>>;
}

/** The permission a route needs for these path parameters; undefined when a by-parameter value is unknown. */
export function requiredPermission(
  permission: Permission | PermissionByParam,
  param: (name: string) => string | undefined,
): Permission | undefined {
  if (typeof permission === 'string') return permission;
  const value = param(permission.param) ?? '';
  return Object.hasOwn(permission.byValue, value) ? permission.byValue[value] : undefined;
}

function describePermission(permission: Permission | PermissionByParam): string {
  if (typeof permission === 'string') return `Requires permission \`${permission}\`.`;
  const rows = Object.entries(permission.byValue).map(([v, p]) => `\`${v}\` → \`${p}\``);
  return `Requires the permission of the requested \`${permission.param}\`: ${rows.join(', ')}.`;
}

/**
 * One row of the route table. `resource` names the entity an `{id}` path parameter refers to; `kept` marks a read
 * answered from the page cache while its content's revision holds (`page-cache.ts`), which the page-cache test
 * holds to the uncached answer.
 */
export interface RouteMeta {
  method: string;
  path: string;
  access: Access;
  resource?: string;
  kept?: boolean;
}

/** What a route declaration may add to its row of the route table. */
export type RouteOptions = Pick<RouteMeta, 'resource' | 'kept'>;

/** Resolves the caller against the route's access rule: 401, then 404 for another organization, then 403. */
export function accessMiddleware(access: Access): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    if (access.scope === 'public') return next();
    const principal = c.get('principal');
    if (!principal) throw new AppError('UNAUTHENTICATED', 'Sign in or send an API token.');
    if (access.scope === 'principal') return next();
    if (access.scope === 'user') {
      if (principal.kind !== 'user')
        throw new AppError('FORBIDDEN', 'This action needs a signed-in person, not an API token.');
      return next();
    }
    const orgId = c.req.param('orgId') ?? '';
    const db = c.get('deps').database.db;
    let role: Role;
    let actor: Actor;
    if (principal.kind === 'token') {
      if (principal.token.organizationId !== orgId)
        throw new AppError('NOT_FOUND', `Organization ${orgId} was not found.`);
      role = principal.token.role;
      actor = { type: 'token' as const, id: principal.token.id, userId: principal.token.createdBy };
    } else {
      const found = await findMembershipRole(db, orgId, principal.user.id);
      if (!found) {
        await assertAccessNotEnded(db, orgId, principal.user.id);
        throw new AppError('NOT_FOUND', `Organization ${orgId} was not found.`);
      }
      role = found;
      actor = { type: 'user' as const, id: principal.user.id, userId: principal.user.id };
    }
    const permission = requiredPermission(access.permission, (name) => c.req.param(name));
    if (!permission) {
      const by = access.permission as PermissionByParam;
      throw new AppError('NOT_FOUND', `There is no ${by.what} named ${c.req.param(by.param) ?? ''}.`);
    }
    if (!can(role, permission)) {
      throw new AppError('FORBIDDEN', `Your role (${role}) does not allow ${permission}.`);
    }
    c.set('org', { db, actor, orgId, role, kept: c.get('keptAnswers') });
    if (!isLoggedRead(role, c.req.method)) return next();
    // Issue 11 item 3: every successful read by an external auditor goes to the organization's access log (one
    // insert after the answer is known; refused or failed requests read nothing).
    await next();
    if (c.res.status < 400) {
      const url = new URL(c.req.url);
      await recordAccess(db, {
        orgId,
        actor,
        role,
        method: c.req.method,
        path: url.pathname + url.search,
        status: c.res.status,
      });
    }
  };
}

/**
 * A handler that answers bytes rather than a documented JSON body (a file, frozen canonical JSON): it returns a
 * plain Response, built by `sendFile`, and its route documents the media type.
 */
export type RawHandler<R extends RouteConfig> = (
  c: Parameters<RouteHandler<R, AppEnv>>[0],
) => Promise<Response>;

/** A route registrar bound to an app and its route table. */
export function defineRoutes(app: OpenAPIHono<AppEnv>, table: RouteMeta[]) {
  function register(access: Access, config: RouteConfig, handler: unknown, opts: RouteOptions): void {
    table.push({ method: config.method.toUpperCase(), path: config.path, access, ...opts });
    const security: Record<string, string[]>[] =
      access.scope === 'public' ? [] : [{ bearer: [] }, { cookie: [] }];
    const description = [
      config.description,
      access.scope === 'org' ? describePermission(access.permission) : undefined,
    ]
      .filter(Boolean)
      .join('\n\n');
    const withAccess = { ...config, security, description, middleware: [accessMiddleware(access)] };
    // biome-ignore lint/suspicious/noExplicitAny: the public signatures below check the handler against its route
    app.openapi(withAccess, handler as any);
  }
  /** Declares a route whose handler answers the documented JSON bodies. */
  function route<R extends RouteConfig>(
    access: Access,
    config: R,
    handler: RouteHandler<R, AppEnv>,
    opts: RouteOptions = {},
  ): void {
    register(access, config, handler, opts);
  }
  /** Declares a route whose handler answers bytes (`sendFile`): a download, or stored canonical JSON. */
  route.raw = <R extends RouteConfig>(
    access: Access,
    config: R,
    handler: RawHandler<R>,
    opts: RouteOptions = {},
  ): void => register(access, config, handler, opts);
  return route;
}
export type RouteFn = ReturnType<typeof defineRoutes>;
