import { describe, expect, it } from 'vitest';
import { PERMISSIONS } from '../orgs/permissions.ts';
import { EXPORT_NAMES, exportPermission, isExportName } from './export-permissions.ts';

describe('export permissions', () => {
  it.each([
    ['soa.csv', 'soa:read'],
    ['risks.xlsx', 'risk:read'],
    ['impact-assessment.pdf', 'impact:read'],
    ['cyclonedx.json', 'inventory:export'],
  ])("gives %s its module's permission, %s", (name, permission) => {
    expect(exportPermission(name)).toBe(permission);
  });

  it('knows no other name, not even inherited object keys', () => {
    for (const name of ['passwords.csv', 'constructor', '__proto__', 'toString', '']) {
      expect(isExportName(name), name).toBe(false);
      expect(exportPermission(name)).toBeUndefined();
    }
  });

  it('names only permissions of the one table', () => {
    for (const n of EXPORT_NAMES) expect(Object.keys(PERMISSIONS)).toContain(exportPermission(n));
  });
});
