import fs from 'node:fs';
import path from 'node:path';
import type { Database } from '@openaims/db';
import { testDatabase } from '@openaims/db/testing';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OrgContext } from '../context.ts';
import { getOrganization } from '../orgs/org.service.ts';
import { updateSoaEntry } from '../soa/soa-entry.service.ts';
import { approveSoaVersion, submitSoa } from '../soa/soa-version.service.ts';
import { buildContext, decideRemainingSoa } from '../testing/factories.ts';
import { describeOscalSchemas, oscalValidator } from '../testing/json-schema.ts';
import { checkOscalReferences } from '../testing/oscal-semantic.ts';
import { pdfText } from '../testing/pdf-text.ts';
import { renderExport } from './export.service.ts';

let database: Database;
let ctx: OrgContext;
beforeAll(async () => {
  database = await testDatabase();
  ctx = await buildContext(database.db, { role: 'manager' });
  await updateSoaEntry(ctx, 'A.3.3', { applicable: false, justification: '=Group channel, "shared"' });
  await updateSoaEntry(ctx, 'A.6.2.4', {
    implementationStatus: 'implemented',
    justification: 'Release gate in CI',
  });
  await decideRemainingSoa(database.db, ctx.orgId);
  await approveSoaVersion(ctx, (await submitSoa(ctx, {})).id);
});
afterAll(async () => {
  await database?.close();
});

const parse = async (name: string) => JSON.parse(String((await renderExport(ctx, name)).body));

describe('SoA exports', () => {
  it('writes an XLSX with 38 control rows under a header, readable by exceljs', async () => {
    const file = await renderExport(ctx, 'soa.xlsx');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(file.body as never);
    const ws = wb.worksheets[0]!;
    expect(String(ws.getCell('A3').value)).toMatch(/^Version 1, approved \d{4}-\d{2}-\d{2}/);
    const rows: string[] = [];
    ws.eachRow((row, n) => {
      if (n > 5) rows.push(String(row.getCell(1).value));
    });
    expect(rows).toHaveLength(38);
    expect(rows[0]).toBe('A.2.2');
    expect(rows[37]).toBe('A.10.4');
    expect(ws.getRow(5).getCell(4).value).toBe('Applicable');
  });

  it('writes CSV with a header, 38 rows, quoted cells and neutralised formulas', async () => {
    const csv = String((await renderExport(ctx, 'soa.csv')).body);
    const lines = csv.trimEnd().split('\r\n');
    expect(lines).toHaveLength(39);
    expect(lines.find((l) => l.startsWith('A.3.3'))).toContain(`"'=Group channel, ""shared"""`);
  });

  it('writes a PDF document: title page with the approval, the auditor columns, justifications, page numbers', async () => {
    const file = await renderExport(ctx, 'soa.pdf');
    const pdf = file.body as Buffer;
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    expect(file.filename).toMatch(/^org-[a-z0-9-]+_statement-of-applicability_\d{4}-\d{2}-\d{2}\.pdf$/);
    const text = pdfText(pdf);
    const lines = text.split('\n');
    const org = (await getOrganization(ctx)).name;
    // Title page (§7.5.2: identification, version, approval).
    expect(lines).toContain(org);
    expect(lines).toContain('Statement of Applicability');
    expect(text).toMatch(/Approved \d{4}-\d{2}-\d{2} by /);
    expect(lines).toContain('Version 1');
    // The table an auditor reads, with the justification of an exclusion and an implemented control.
    for (const header of ['Control', 'Applicable', 'Justification', 'Evidence references', 'Linked risks'])
      expect(lines).toContain(header);
    expect(text).toContain('Implementation');
    expect(text).toContain('=Group channel, "shared"');
    expect(text).toContain('Release gate in CI');
    expect(text).toContain('A.6.2.4  AI system verification');
    expect(text).toContain('Excluded');
    // Running header and footer on every page.
    const pages = pdf.toString('latin1').match(/\/Type \/Page\b/g)?.length ?? 0;
    expect(pages).toBeGreaterThan(2);
    expect(text).toContain(`Page 1 of ${pages}`);
    expect(text).toContain(`Page ${pages} of ${pages}`);
    expect(lines.filter((l) => l === `${org} · Statement of Applicability`)).toHaveLength(pages - 1);
    expect(lines.filter((l) => /^Version 1 · approved \d{4}-\d{2}-\d{2} by /.test(l))).toHaveLength(pages);
  });

  it('names every export after the organization, the document and the day', async () => {
    const day = new Date().toISOString().slice(0, 10);
    for (const [name, suffix] of [
      ['soa.xlsx', `_statement-of-applicability_${day}.xlsx`],
      ['soa.csv', `_statement-of-applicability_${day}.csv`],
      ['oscal-ssp.json', `_oscal-ssp_${day}.json`],
      ['risks.xlsx', `_ai-risk-register_${day}.xlsx`],
      ['risks.pdf', `_ai-risk-register_${day}.pdf`],
      ['cyclonedx.json', `_ai-inventory_${day}.cdx.json`],
    ] as const)
      expect((await renderExport(ctx, name)).filename).toMatch(
        new RegExp(`^org-[a-z0-9-]+${suffix.replace(/\./g, '\\.')}$`),
      );
  });

  it('refuses unknown export names', async () => {
    await expect(renderExport(ctx, 'secrets.txt')).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it('carries status and justification in the SSP and lists only applicable controls in the profile', async () => {
    const ssp = await parse('oscal-ssp.json');
    const reqs = ssp['system-security-plan']['control-implementation']['implemented-requirements'];
    expect(reqs).toHaveLength(38);
    const excluded = reqs.find((x: { 'control-id': string }) => x['control-id'] === 'a.3.3');
    expect(excluded['by-components'][0]['implementation-status'].state).toBe('not-applicable');
    expect(excluded.remarks).toContain('Group channel');
    const done = reqs.find((x: { 'control-id': string }) => x['control-id'] === 'a.6.2.4');
    expect(done['by-components'][0]['implementation-status'].state).toBe('implemented');
    const profile = await parse('oscal-profile.json');
    const ids = profile.profile.imports[0]['include-controls'][0]['with-ids'];
    expect(ids).toHaveLength(37);
    expect(ids).not.toContain('a.3.3');
  });
});

describeOscalSchemas(
  'OSCAL exports against the official 1.1.3 schemas',
  [
    ['oscal-catalog.json', 'catalog'],
    ['oscal-profile.json', 'profile'],
    ['oscal-ssp.json', 'ssp'],
  ],
  parse,
  (dir) => {
    it('every role, party, component, control, link and uuid of the OSCAL exports resolves inside the set', async () => {
      const docs = {
        'oscal-catalog.json': await parse('oscal-catalog.json'),
        'oscal-profile.json': await parse('oscal-profile.json'),
        'oscal-ssp.json': await parse('oscal-ssp.json'),
      };
      expect(checkOscalReferences(docs)).toEqual([]);
      // The check can fail: a role the metadata lacks, a control no catalog has, a repeated uuid.
      const ssp = structuredClone(docs['oscal-ssp.json']);
      ssp['system-security-plan'].metadata.roles = [];
      const req = ssp['system-security-plan']['control-implementation']['implemented-requirements'];
      req[0]['control-id'] = 'a.99.9';
      req[1].uuid = req[2].uuid;
      const found = checkOscalReferences({ ...docs, 'oscal-ssp.json': ssp }).map((p) => p.message);
      expect(found).toEqual(
        expect.arrayContaining([
          expect.stringContaining('role "aims-manager"'),
          expect.stringContaining('control "a.99.9"'),
          expect.stringContaining('repeats'),
        ]),
      );
    });

    it('the NIST SSP example passes the same check (the check reads real OSCAL)', () => {
      const read = (f: string) => JSON.parse(fs.readFileSync(path.join(dir, 'oscal', 'examples', f), 'utf8'));
      const problems = checkOscalReferences({ 'ssp-example.json': read('ssp-example.json') });
      expect(problems.filter((p) => !p.message.includes('not in the document set'))).toEqual([]);
    });

    it('the validator rejects a broken document (the check can fail)', async () => {
      const validate = oscalValidator(dir, 'ssp');
      const doc = await parse('oscal-ssp.json');
      delete doc['system-security-plan']['import-profile'];
      expect(validate(doc)).toBe(false);
    });
  },
);
