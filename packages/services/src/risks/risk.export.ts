// The risk register as XLSX (DESIGN §4 `risks.xlsx`): the §6.1.2 assessment and §6.1.3 treatment records.
import { assertCan, type Risk } from '@openaims/core';
import { tables } from '@openaims/db';
import { and, eq, inArray } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import PDFDocument from 'pdfkit';
import type { OrgContext } from '../context.ts';
import { type TaskRow, taskRepository } from '../tasks/task.repository.ts';
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
  'Plan approved by',
  'Plan approved at',
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

/** Where a risk sits: its AI system by name (§6.1.2 risks are identified per system), or the whole AIMS. */
function scopeOf(r: Risk, systems: Map<string, string>): string {
  return r.aiSystemId ? (systems.get(r.aiSystemId) ?? r.aiSystemId) : 'AIMS-wide';
}

function row(r: Risk, systems: Map<string, string>): (string | number)[] {
  return [
    r.id,
    r.title,
    scopeOf(r, systems),
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
    r.treatmentApprovedBy ?? '',
    r.treatmentApprovedAt ?? '',
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

/** Everything a register export shows: the organization, the current criteria and every risk. */
async function loadRegister(ctx: OrgContext) {
  assertCan(ctx.role, 'risk:read');
  const repo = riskRepository(ctx.db);
  const risks = await repo.hydrate(ctx.orgId, await repo.listAll(ctx.orgId));
  const [org] = await ctx.db
    .select()
    .from(tables.organizations)
    .where(eq(tables.organizations.id, ctx.orgId));
  const criteria = await currentRiskCriteria(ctx.db, ctx.orgId);
  // Treatment actions are tasks whose source is the risk (§6.1.3 treatment plan).
  const tasks = new Map<string, TaskRow[]>();
  const rows = await taskRepository(ctx.db).listBySource(
    ctx.orgId,
    'risk',
    risks.map((r) => r.id),
  );
  for (const t of rows.filter((x) => x.kind === 'treatment'))
    tasks.set(t.sourceId!, [...(tasks.get(t.sourceId!) ?? []), t]);
  // A reader knows systems by name, not by id.
  const ids = [...new Set(risks.map((r) => r.aiSystemId).filter((x): x is string => !!x))];
  const named = ids.length
    ? await ctx.db
        .select({ id: tables.aiSystems.id, name: tables.aiSystems.name })
        .from(tables.aiSystems)
        .where(and(eq(tables.aiSystems.organizationId, ctx.orgId), inArray(tables.aiSystems.id, ids)))
    : [];
  const systems = new Map(named.map((s) => [s.id, s.name]));
  return { orgName: org?.name ?? ctx.orgId, criteria, risks, tasks, systems, generatedAt: new Date() };
}

/** The organization's register as an Excel workbook: title block, header, one row per risk, and the actions. */
export async function risksXlsx(ctx: OrgContext): Promise<Buffer> {
  const { orgName, criteria, risks, tasks, systems, generatedAt } = await loadRegister(ctx);
  const wb = new ExcelJS.Workbook();
  wb.creator = 'OpenAIMS';
  const ws = wb.addWorksheet('Risk register', { views: [{ state: 'frozen', ySplit: 4 }] });
  ws.addRow([`AI risk register — ${orgName}`]).font = { bold: true, size: 14 };
  ws.addRow([`Current risk criteria: version ${criteria.number}, appetite ${criteria.appetite}`]);
  ws.addRow([`Generated ${generatedAt.toISOString()}`]);
  ws.addRow([...COLUMNS]).font = { bold: true };
  for (const r of risks) ws.addRow(row(r, systems));
  ws.autoFilter = { from: { row: 4, column: 1 }, to: { row: 4, column: COLUMNS.length } };
  const actions = wb.addWorksheet('Treatment actions');
  actions.addRow(['Risk', 'Task', 'Action', 'Owner', 'Due', 'Status', 'Completed at']).font = { bold: true };
  for (const r of risks)
    for (const a of tasks.get(r.id) ?? [])
      actions.addRow([
        r.id,
        a.id,
        a.title,
        a.ownerId ?? '',
        a.dueDate ?? '',
        a.status,
        a.completedAt?.toISOString() ?? '',
      ]);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** The register as a printable PDF (§6.1.2 results, §6.1.3 treatment and acceptance), highest inherent score first. */
export async function risksPdf(ctx: OrgContext): Promise<Buffer> {
  const { orgName, criteria, risks, tasks, systems, generatedAt } = await loadRegister(ctx);
  const sorted = [...risks].sort(
    (a, b) => b.inherentScore - a.inherentScore || a.title.localeCompare(b.title),
  );
  return new Promise((resolve, reject) => {
    const doc = new PDFDocument({
      size: 'A4',
      margin: 48,
      info: { Title: `AI risk register - ${orgName}`, Creator: 'OpenAIMS' },
    });
    const chunks: Buffer[] = [];
    doc.on('data', (c: Buffer) => chunks.push(c));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
    doc.fontSize(18).text('AI risk register');
    doc.fontSize(11).text(orgName);
    doc.text(
      `ISO/IEC 42001:2023 6.1.2 and 6.1.3 · risk criteria version ${criteria.number}, appetite up to score ${criteria.appetite}`,
    );
    doc.text(`Date: ${generatedAt.toISOString().slice(0, 10)} · ${sorted.length} risks`);
    doc.moveDown();
    if (sorted.length === 0) doc.text('No risks are registered yet.');
    for (const r of sorted) {
      doc.fontSize(10).font('Helvetica-Bold').text(r.title);
      doc
        .font('Helvetica')
        .text(
          `Inherent ${r.likelihood}×${r.consequence} = ${r.inherentScore} (${r.inherentLevel})` +
            (r.residualScore != null ? ` · residual ${r.residualScore} (${r.residualLevel})` : '') +
            ` · ${r.withinAppetite ? 'within' : 'above'} appetite · status ${r.status}`,
        );
      const lines = [
        r.aiSystemId ? `AI system: ${scopeOf(r, systems)}` : 'AIMS-wide',
        r.treatmentOption ? `Treatment: ${r.treatmentOption}` : undefined,
        r.treatmentApprovedAt ? `Plan approved on ${r.treatmentApprovedAt.slice(0, 10)}` : undefined,
        r.controlRefs.length ? `Annex A controls: ${r.controlRefs.join(', ')}` : undefined,
        r.acceptedAt
          ? `Residual risk accepted by ${r.acceptedBy ?? 'unknown'} on ${r.acceptedAt.slice(0, 10)}`
          : undefined,
        r.reviewDate ? `Review by ${r.reviewDate}` : undefined,
      ].filter(Boolean);
      doc.text(lines.join(' · '));
      for (const a of tasks.get(r.id) ?? [])
        doc.text(`  - ${a.title} (${a.status}${a.dueDate ? `, due ${a.dueDate}` : ''})`);
      doc.moveDown(0.5);
    }
    doc.end();
  });
}
