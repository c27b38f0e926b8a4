// The risk register as XLSX (DESIGN §4 `risks.xlsx`): the §6.1.2 assessment and §6.1.3 treatment records.
import { assertCan, type Risk } from '@openaims/core';
import { tables } from '@openaims/db';
import { eq } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import type { OrgContext } from '../context.ts';
import { riskRepository } from './risk.repository.ts';
import { currentRiskCriteria } from './risk-criteria.service.ts';

const COLUMNS = [
  'Id',
  'Title',
  'AI system',
  'Risk source (Annex C)',
  'Affected objective',
  'Likelihood',
  'Consequence',
  'Inherent score',
  'Inherent level',
  'Criteria version',
  'Treatment',
  'Annex A controls',
  'Own controls',
  'Residual likelihood',
  'Residual consequence',
  'Residual score',
  'Residual level',
  'Within appetite',
  'Accepted by',
  'Accepted at',
  'Review date',
  'Status',
  'Needs re-assessment',
] as const;

function row(r: Risk): (string | number)[] {
  return [
    r.id,
    r.title,
    r.aiSystemId ?? 'AIMS-wide',
    r.riskSource ?? '',
    r.affectedObjective ?? '',
    r.likelihood,
    r.consequence,
    r.inherentScore,
    r.inherentLevel,
    r.criteriaVersion,
    r.treatmentOption ?? '',
    r.controlRefs.join(', '),
    r.ownControls.join('; '),
    r.residualLikelihood ?? '',
    r.residualConsequence ?? '',
    r.residualScore ?? '',
    r.residualLevel ?? '',
    r.withinAppetite ? 'yes' : 'no',
    r.acceptedBy ?? '',
    r.acceptedAt ?? '',
    r.reviewDate ?? '',
    r.status,
    r.needsReassessment ? 'yes' : 'no',
  ];
}

/** The organization's register as an Excel workbook: title block, header, one row per risk, and the actions. */
export async function risksXlsx(ctx: OrgContext): Promise<Buffer> {
  assertCan(ctx.role, 'risk:read');
  const repo = riskRepository(ctx.db);
  const risks = await repo.hydrate(ctx.orgId, await repo.listAll(ctx.orgId));
  const [org] = await ctx.db
    .select()
    .from(tables.organizations)
    .where(eq(tables.organizations.id, ctx.orgId));
  const criteria = await currentRiskCriteria(ctx.db, ctx.orgId);
  const wb = new ExcelJS.Workbook();
  wb.creator = 'OpenAIMS';
  const ws = wb.addWorksheet('Risk register', { views: [{ state: 'frozen', ySplit: 4 }] });
  ws.addRow([`AI risk register — ${org?.name ?? ctx.orgId}`]).font = { bold: true, size: 14 };
  ws.addRow([`Current risk criteria: version ${criteria.number}, appetite ${criteria.appetite}`]);
  ws.addRow([`Generated ${new Date().toISOString()}`]);
  ws.addRow([...COLUMNS]).font = { bold: true };
  for (const r of risks) ws.addRow(row(r));
  ws.autoFilter = { from: { row: 4, column: 1 }, to: { row: 4, column: COLUMNS.length } };
  const actions = wb.addWorksheet('Treatment actions');
  actions.addRow(['Risk', 'Action', 'Owner', 'Due', 'Status']).font = { bold: true };
  for (const r of risks)
    for (const a of r.treatmentActions)
      actions.addRow([r.id, a.description, a.ownerId ?? '', a.dueDate ?? '', a.status]);
  return Buffer.from(await wb.xlsx.writeBuffer());
}
