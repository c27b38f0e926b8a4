import { PERMISSIONS, type Role } from '@openaims/core';
import { createAiSystem, createImpactAssessment } from '@openaims/services';
import ExcelJS from 'exceljs';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { appWithTwoOrgsForFile } from '../testing/suite.ts';

const { t, f } = appWithTwoOrgsForFile();
let assessmentId: string;
let foreignAssessmentId: string;

const system = { type: 'system' as const, id: null };
async function draftAssessment(orgId: string, title: string): Promise<string> {
  const ctx = { db: t.database.db, orgId, role: 'owner' as const, actor: system };
  const sys = await createAiSystem(ctx, { name: `${title} system`, purpose: 'Screen CVs' });
  return (await createImpactAssessment(ctx, { aiSystemId: sys.id, title, template: 'eu_fria' })).id;
}

beforeAll(async () => {
  assessmentId = await draftAssessment(f.a.org.id, 'Hiring FRIA');
  foreignAssessmentId = await draftAssessment(f.b.org.id, 'Other FRIA');
});

const exportsOf = (orgId: string, rest: string) => `/api/v1/orgs/${orgId}/exports/${rest}`;
/** Asks for one of org A's exports with the given token. */
const getExport = (rest: string, token: string) => t.call('GET', exportsOf(f.a.org.id, rest), { token });

describe('impact assessment exports over HTTP', () => {
  it('sends the XLSX, one sheet per section, to any member', async () => {
    const res = await getExport(`impact-assessment.xlsx?assessmentId=${assessmentId}`, f.tokens.viewer);
    expect(res.status).toBe(200);
    // Organization, document (assessment and version) and day (§7.5.2 a), quoted and as filename*.
    const name = `org-a_impact-assessment-hiring-fria-v1_${new Date().toISOString().slice(0, 10)}.xlsx`;
    expect(res.headers.get('content-disposition')).toBe(
      `attachment; filename="${name}"; filename*=UTF-8''${name}`,
    );
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(await res.arrayBuffer());
    expect(wb.getWorksheet('Assessment')!.getRow(3).values).toEqual([undefined, 'Title', 'Hiring FRIA']);
    expect(wb.getWorksheet('FRIA (Art. 27)')).toBeDefined();
  });

  it('sends the PDF', async () => {
    const res = await getExport(`impact-assessment.pdf?assessmentId=${assessmentId}`, f.tokens.auditor);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/pdf');
    expect(
      Buffer.from(await res.arrayBuffer())
        .subarray(0, 5)
        .toString('latin1'),
    ).toBe('%PDF-');
  });

  it('answers 400 without assessmentId, 404 for a missing or other organization’s assessment', async () => {
    const absent = await getExport('impact-assessment.pdf', f.tokens.owner);
    expect(absent.status).toBe(400);
    expect((await absent.json()).errors).toEqual([{ path: 'assessmentId', message: expect.any(String) }]);
    for (const id of [foreignAssessmentId, 'ia_00000000000000000000000000']) {
      const res = await getExport(`impact-assessment.xlsx?assessmentId=${id}`, f.tokens.owner);
      expect(res.status, id).toBe(404);
    }
    const unknown = await getExport('constructor', f.tokens.owner);
    expect(unknown.status).toBe(404);
    expect((await unknown.json()).detail).toBe('There is no export named constructor.');
  });
});

describe('per-export permissions', () => {
  // Every read permission is held by every role today, so a role alone cannot show which permission the route
  // checks. Narrow one permission for the length of a test and watch which exports close.
  const saved = new Map<string, readonly Role[]>();
  const narrow = (permission: keyof typeof PERMISSIONS, roles: Role[]) => {
    saved.set(permission, PERMISSIONS[permission]);
    (PERMISSIONS as Record<string, readonly Role[]>)[permission] = roles;
  };
  afterEach(() => {
    for (const [p, roles] of saved) (PERMISSIONS as Record<string, readonly Role[]>)[p] = roles;
    saved.clear();
  });

  /** The export is refused to the token with 403, and the problem names the permission it lacks. */
  const expectRefused = async (rest: string, token: string, permission: string) => {
    const refused = await getExport(rest, token);
    expect(refused.status).toBe(403);
    expect((await refused.json()).detail).toContain(permission);
  };

  it('checks risk:read for risks.xlsx, not soa:read', async () => {
    narrow('risk:read', ['owner']);
    await expectRefused('risks.xlsx', f.tokens.viewer, 'risk:read');
    expect((await getExport('soa.csv', f.tokens.viewer)).status).toBe(200);
    expect((await getExport('risks.xlsx', f.tokens.owner)).status).toBe(200);
  });

  it('checks soa:read for soa.csv, not risk:read', async () => {
    narrow('soa:read', ['owner']);
    await expectRefused('soa.csv', f.tokens.viewer, 'soa:read');
    expect((await getExport('risks.pdf', f.tokens.viewer)).status).toBe(200);
  });

  it('checks impact:read for the impact assessment exports', async () => {
    narrow('impact:read', ['owner', 'admin']);
    const pdf = `impact-assessment.pdf?assessmentId=${assessmentId}`;
    await expectRefused(pdf, f.tokens.auditor, 'impact:read');
    expect((await getExport(pdf, f.tokens.admin)).status).toBe(200);
  });
});
