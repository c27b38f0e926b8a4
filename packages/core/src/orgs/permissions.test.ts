import { describe, expect, it } from 'vitest';
import { AppError } from '../errors.ts';
import { assertCan, can, canGrantRole, PERMISSIONS, permissionsOf, ROLES } from './permissions.ts';

const WRITE = /:(create|update|archive|manage|write|approve|delete|classify|import)$/;

describe('permission table', () => {
  it('lets the owner do everything', () => {
    for (const p of Object.keys(PERMISSIONS) as (keyof typeof PERMISSIONS)[])
      expect(can('owner', p)).toBe(true);
  });

  it('gives viewers no write permission at all', () => {
    expect(permissionsOf('viewer').filter((p) => WRITE.test(p))).toEqual([]);
  });

  it('lets auditors read everything but write only audit findings', () => {
    const writes = permissionsOf('auditor').filter((p) => WRITE.test(p));
    // A request for information (`comment:create`) changes no record, so auditors may raise one (issue 11 item 3).
    expect(writes).toEqual(['finding:write', 'comment:create']);
    const reads = (Object.keys(PERMISSIONS) as (keyof typeof PERMISSIONS)[]).filter((p) =>
      p.endsWith(':read'),
    );
    // Invitations, tokens and webhooks hold secrets' metadata and are an administrator's business.
    expect(reads.filter((p) => !can('auditor', p))).toEqual([
      'invitation:read',
      'token:read',
      'webhook:read',
      // The log of auditors' own reads is the organization's oversight of them.
      'access_log:read',
    ]);
  });

  it('denies an unknown or missing role', () => {
    expect(can(undefined, 'ai_system:read')).toBe(false);
    expect(can('root' as never, 'ai_system:read')).toBe(false);
  });

  it('throws FORBIDDEN naming the role and permission', () => {
    expect(() => assertCan('viewer', 'ai_system:create')).toThrow(AppError);
    try {
      assertCan('viewer', 'ai_system:create');
    } catch (e) {
      expect((e as AppError).code).toBe('FORBIDDEN');
      expect((e as AppError).message).toContain('viewer');
      expect((e as AppError).message).toContain('ai_system:create');
    }
  });

  it('never lets a role grant above its own rank', () => {
    for (const granter of ROLES) {
      for (const role of ROLES) {
        if (canGrantRole(granter, role))
          expect(ROLES.indexOf(role)).toBeGreaterThanOrEqual(ROLES.indexOf(granter));
      }
    }
    expect(canGrantRole('admin', 'owner')).toBe(false);
    expect(canGrantRole('owner', 'owner')).toBe(true);
    expect(canGrantRole('manager', 'viewer')).toBe(false);
  });
});
