import { describe, expect, it } from 'vitest';
import { PERMISSIONS } from '../orgs/permissions.ts';
import { EXPORT_NAMES, exportPermission, isExportName } from './export-permissions.ts';

describe('export permissions', () => {
  it("gives each export its module's permission", () => {
    expect(exportPermission('soa.csv')).toBe('soa:read');
    expect(exportPermission('risks.xlsx')).toBe('risk:read');
    expect(exportPermission('impact-assessment.pdf')).toBe('impact:read');
    expect(exportPermission('cyclonedx.json')).toBe('inventory:export');
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
