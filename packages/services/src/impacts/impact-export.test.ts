import type { Database } from '@openaims/db';
import { testDatabase } from '@openaims/db/testing';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAiSystem } from '../ai-systems/ai-system.service.ts';
import { renderExport } from '../exchange/export.service.ts';
import { createRisk } from '../risks/risk.service.ts';
import { buildApprovedImpactAssessment } from '../testing/approved-impact.ts';
import { buildContext } from '../testing/factories.ts';
import { pdfText } from '../testing/pdf-text.ts';

let database: Database;
beforeAll(async () => {
  database = await testDatabase();
});
afterAll(async () => {
  await database?.close();
});

const content = {
  scope: 'Emergency department triage',
  system: { purpose: 'Prioritise patients', intendedUses: ['triage support', 'queue ordering'] },
  deployment: { humanOversight: 'A nurse confirms every priority', geography: ['EU'] },
  affectedParties: [
    { category: 'Patients over 80', description: 'Frail elderly', vulnerable: true },
    { category: 'Nurses', vulnerable: false },
  ],
  impacts: [
    {
      area: 'safety' as const,
      description: 'Under-prioritised chest pain',
      kind: 'harm' as const,
      severity: 5,
      likelihood: 2,
      reversibility: 'irreversible' as const,
      scale: 3,
    },
    {
      area: 'fairness' as const,
      description: 'Shorter waits overall',
      kind: 'benefit' as const,
      severity: 3,
      likelihood: 4,
      reversibility: 'reversible' as const,
      scale: 4,
    },
  ],
  measures: [{ description: 'Weekly review of missed escalations' }],
  residualImpact: 'Acceptable with nurse confirmation',
  decision: 'modify' as const,
  fria: {
    deployerProcesses: 'Emergency intake',
    periodAndFrequency: 'Continuous, 24/7',
    affectedCategories: 'Patients',
    specificHarms: 'Delayed care',
    humanOversightMeasures: 'Nurse confirms',
    measuresIfRisksMaterialise: 'Escalation and complaints desk',
    complaintMechanism: 'Patient advocacy office',
  },
};

async function approvedFria() {
  const lead = await buildContext(database.db, { role: 'manager' });
  const sys = await createAiSystem(lead, { name: 'Triage assistant', purpose: 'Prioritise patients' });
  const risk = await createRisk(lead, { title: 'Missed escalation', likelihood: 2, consequence: 5 });
  const ia = await buildApprovedImpactAssessment(
    lead,
    { aiSystemId: sys.id, title: 'Triage FRIA 2026', template: 'eu_fria', nextReviewDate: '2027-03-31' },
    { content, riskIds: [risk.id] },
  );
  return { lead, sys, risk, ia };
}

function rowsOf(ws: ExcelJS.Worksheet): unknown[][] {
  const out: unknown[][] = [];
  ws.eachRow((row) => out.push((row.values as unknown[]).slice(1)));
  return out;
}

describe('impact assessment exports', () => {
  it('writes one sheet per section with the assessment, parties, impacts, measures, risks and Art. 27 elements', async () => {
    const { lead, sys, risk, ia } = await approvedFria();
    const file = await renderExport(lead, 'impact-assessment.xlsx', { assessmentId: ia.id });
    // Organization, document (the assessment and its version) and date (§7.5.2 a).
    expect(file.filename).toMatch(
      /^org-[a-z0-9-]+_impact-assessment-triage-fria-2026-v1_\d{4}-\d{2}-\d{2}\.xlsx$/,
    );
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(file.body as never);
    expect(wb.worksheets.map((w) => w.name)).toEqual([
      'Assessment',
      'Scope and trigger',
      'AI system',
      'Data and model',
      'Deployment',
      'Affected parties',
      'Impacts',
      'Measures',
      'Residual impact and decision',
      'Linked risks',
      'FRIA (Art. 27)',
    ]);
    const summary = new Map(rowsOf(wb.getWorksheet('Assessment')!).map((r) => [r[0], r[1]]));
    expect(summary.get('Title')).toBe('Triage FRIA 2026');
    expect(summary.get('AI system')).toBe(`Triage assistant (${sys.id})`);
    expect(summary.get('Status')).toBe('Approved');
    expect(summary.get('Approved')).toMatch(new RegExp(`^${ia.approvedAt!.slice(0, 10)} by `));
    expect(summary.get('Decision')).toBe('Proceed with modifications');
    expect(summary.get('Next review')).toBe('2027-03-31');
    expect(rowsOf(wb.getWorksheet('Affected parties')!)).toEqual([
      ['Category', 'Description', 'Vulnerable group'],
      ['Patients over 80', 'Frail elderly', 'Yes'],
      ['Nurses', '', 'No'],
    ]);
    // Grouped by area in the contract's order: fairness before safety.
    expect(rowsOf(wb.getWorksheet('Impacts')!).slice(1)).toEqual([
      ['Fairness', 'Benefit', 'Shorter waits overall', 3, 4, 'Reversible', 4],
      ['Safety', 'Harm', 'Under-prioritised chest pain', 5, 2, 'Irreversible', 3],
    ]);
    expect(rowsOf(wb.getWorksheet('Linked risks')!)[1]).toEqual([
      risk.id,
      'Missed escalation',
      risk.inherentScore,
      risk.inherentLevel,
    ]);
    const fria = rowsOf(wb.getWorksheet('FRIA (Art. 27)')!);
    expect(fria).toContainEqual([expect.stringContaining('Art. 27(1)(a)'), 'Emergency intake']);
    expect(fria).toContainEqual(['Complaint mechanism', 'Patient advocacy office']);
  });

  it('prints the title, system, approval, vulnerable parties, impacts and the decision in the PDF', async () => {
    const { lead, ia } = await approvedFria();
    const file = await renderExport(lead, 'impact-assessment.pdf', { assessmentId: ia.id });
    expect(file.contentType).toBe('application/pdf');
    expect(file.filename).toMatch(/_impact-assessment-triage-fria-2026-v1_\d{4}-\d{2}-\d{2}\.pdf$/);
    const text = pdfText(file.body as Buffer);
    // Title page: document, subject, version and approval; every page numbered.
    expect(text).toContain('AI system impact assessment');
    expect(text).toContain('Assessment version 1');
    expect(text).toMatch(/Version 1 · Approved \d{4}-\d{2}-\d{2} by /);
    expect(text).toContain('Page 1 of ');
    expect(text).toContain('Triage FRIA 2026');
    expect(text).toContain('Triage assistant');
    expect(text).toContain('Proceed with modifications');
    expect(text).toContain('Patients over 80');
    expect(text).toContain('Vulnerable group');
    expect(text).toContain('Under-prioritised chest pain');
    expect(text).toContain('Emergency intake');
    expect(text).toMatch(/Approved \d{4}-\d{2}-\d{2} by /);
  });

  it('needs an assessmentId (400), and hides a missing or other organization’s assessment (404)', async () => {
    const { ia } = await approvedFria();
    const stranger = await buildContext(database.db, { role: 'owner' });
    await expect(renderExport(stranger, 'impact-assessment.pdf')).rejects.toMatchObject({
      code: 'VALIDATION_FAILED',
      errors: [{ path: 'assessmentId', message: expect.any(String) }],
    });
    await expect(
      renderExport(stranger, 'impact-assessment.xlsx', { assessmentId: ia.id }),
    ).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(
      renderExport(stranger, 'impact-assessment.pdf', { assessmentId: 'ia_missing' }),
    ).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });
});
