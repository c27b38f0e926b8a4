// The generated authorization matrix: every registered route × every role × own and other organization,
// derived from the route table and the permission table in core. A new route joins it automatically.
import { can, type Permission, ROLES, type Role } from '@openaims/core';
import { describe, expect, it } from 'vitest';
import type { RouteMeta } from './http/route.ts';
import { FIXTURES, fillSamples } from './testing/fixtures.ts';
import { appWithTwoOrgsForFile } from './testing/suite.ts';

const { t, f } = appWithTwoOrgsForFile();

/** Fills `{orgId}` and the entity id parameter of a route path. */
async function pathFor(route: RouteMeta, orgId: string, entityOrgId = orgId): Promise<string> {
  let path = route.path.replace('{orgId}', orgId);
  const idParam = /\{(id|memberId)\}/.exec(path);
  if (idParam) {
    const factory = FIXTURES[route.resource ?? ''];
    if (!factory)
      throw new Error(`${route.method} ${route.path}: no fixture for resource "${route.resource}"`);
    path = path.replace(idParam[0], await factory(t.database, entityOrgId, t));
  }
  return fillSamples(path);
}

const write = (m: string) => m !== 'GET';
const orgRoutes = () => t.routes.filter((r) => r.access.scope === 'org');

/**
 * A route with the permission it needs: once, or — when the permission depends on a path parameter
 * (`exports/{name}`) — once per value of that parameter, so every export name is checked against its own permission.
 */
function variants(r: RouteMeta): { route: RouteMeta; permission: Permission }[] {
  if (r.access.scope !== 'org') return [];
  const { permission } = r.access;
  if (typeof permission === 'string') return [{ route: r, permission }];
  return Object.entries(permission.byValue).map(([value, p]) => ({
    route: { ...r, path: r.path.replace(`{${permission.param}}`, value) },
    permission: p,
  }));
}

describe('authorization matrix', () => {
  it('covers every route, each with a known access rule and fixtures for its ids', () => {
    expect(t.routes.length).toBeGreaterThan(20);
    for (const r of t.routes) {
      if (r.path.includes('{id}') || r.path.includes('{memberId}'))
        expect(FIXTURES, `${r.method} ${r.path}`).toHaveProperty(r.resource ?? 'missing');
    }
  });

  it('answers 401 to anonymous calls on every non-public route', async () => {
    for (const r of t.routes.filter((x) => x.access.scope !== 'public')) {
      const res = await t.call(r.method, await pathFor(r, f.a.org.id), write(r.method) ? { json: {} } : {});
      expect(res.status, `${r.method} ${r.path}`).toBe(401);
      expect(res.headers.get('content-type')).toContain('application/problem+json');
    }
  });

  it('answers 401 to a revoked or made-up token', async () => {
    const r = await t.call('GET', `/api/v1/orgs/${f.a.org.id}/ai-systems`, { token: 'aims_made_up_token' });
    expect(r.status).toBe(401);
  });

  it('gives each role exactly what the permission table grants in its own organization', async () => {
    const failures: string[] = [];
    for (const { route: r, permission } of orgRoutes().flatMap(variants)) {
      for (const role of ROLES) {
        const res = await t.call(r.method, await pathFor(r, f.a.org.id), {
          token: f.tokens[role],
          ...(write(r.method) ? { json: {} } : {}),
        });
        const allowed = can(role, permission);
        const ok = allowed ? ![401, 403, 404].includes(res.status) && res.status < 500 : res.status === 403;
        if (!ok)
          failures.push(
            `${role} ${r.method} ${r.path} (${permission}): ${res.status}, expected ${allowed ? 'access' : 403}`,
          );
      }
    }
    expect(failures).toEqual([]);
  });

  it('refuses every write of auditor and viewer tokens with 403 (auditors may only write findings and requests for information)', async () => {
    const writes = orgRoutes().filter((r) => write(r.method));
    expect(writes.length).toBeGreaterThan(5);
    for (const r of writes) {
      if (r.access.scope !== 'org' || r.access.permission === 'finding:write') continue;
      for (const role of ['auditor', 'viewer'] as Role[]) {
        // Issue 11 item 3: an auditor's request for information (`comment:create`) changes no record.
        if (role === 'auditor' && r.access.permission === 'comment:create') continue;
        const res = await t.call(r.method, await pathFor(r, f.a.org.id), { token: f.tokens[role], json: {} });
        expect(res.status, `${role} ${r.method} ${r.path}`).toBe(403);
      }
    }
  });

  it('lets every authenticated principal read shared reference routes (the catalogue), whatever its role', async () => {
    const shared = t.routes.filter((r) => r.access.scope === 'principal');
    expect(shared.length).toBeGreaterThan(0);
    for (const r of shared) {
      for (const role of ROLES) {
        const res = await t.call(r.method, await pathFor(r, f.a.org.id), { token: f.tokens[role] });
        expect(res.status, `${role} ${r.method} ${r.path}`).toBe(200);
      }
    }
  });

  it("answers 404 for another organization's path, for every role", async () => {
    const failures: string[] = [];
    for (const { route: r } of orgRoutes().flatMap(variants)) {
      for (const role of ROLES) {
        const res = await t.call(r.method, await pathFor(r, f.b.org.id), {
          token: f.tokens[role],
          ...(write(r.method) ? { json: {} } : {}),
        });
        if (res.status !== 404) failures.push(`${role} ${r.method} ${r.path}: ${res.status}`);
      }
    }
    expect(failures).toEqual([]);
  });

  it("answers 404 for another organization's ids under one's own organization", async () => {
    const failures: string[] = [];
    for (const r of orgRoutes().filter((x) => x.resource)) {
      const res = await t.call(r.method, await pathFor(r, f.a.org.id, f.b.org.id), {
        token: f.tokens.owner,
        ...(write(r.method) ? { json: {} } : {}),
      });
      // A write with an empty body may be refused as invalid before the lookup: that changes nothing either.
      if (res.status !== 404 && !(write(r.method) && res.status === 400))
        failures.push(`${r.method} ${r.path}: ${res.status}`);
    }
    expect(failures).toEqual([]);
  });
});
