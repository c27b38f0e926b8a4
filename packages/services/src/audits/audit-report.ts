// What every audit export shows (§9.2.2 c: report the results to management): the audit, its programme,
// team, seeded sample, checklist with results, and findings with the nonconformities they raised.
import {
  AppError,
  type Audit,
  type AuditProgramme,
  assertCan,
  type ChecklistItem,
  type Finding,
} from '@openaims/core';
import { tables } from '@openaims/db';
import { and, eq, inArray } from 'drizzle-orm';
import PDFDocument from 'pdfkit';
import { notFound } from '../common/versioning.ts';
import type { OrgContext } from '../context.ts';
import { auditRepository, toAudit, toChecklistItem, toFinding, toProgramme } from './audit.repository.ts';

/** Everything an audit report or OSCAL assessment document is drawn from. */
export interface AuditReport {
  organization: { id: string; name: string };
  audit: Audit;
  programme: AuditProgramme | null;
  items: ChecklistItem[];
  findings: Finding[];
  /** AI systems named on checklist lines or in the sample, by id. */
  systems: Map<string, { id: string; name: string; description: string }>;
  names: Map<string, string>;
  generatedAt: Date;
}

/** Loads an audit of the organization with all it reports; `?auditId=` is required. */
export async function loadAuditReport(ctx: OrgContext, auditId: string | undefined): Promise<AuditReport> {
  assertCan(ctx.role, 'audit:read');
  if (!auditId)
    throw new AppError('VALIDATION_FAILED', 'Say which audit to export: ?auditId=…', {
      errors: [{ path: 'auditId', message: 'required for audit exports' }],
    });
  const repo = auditRepository(ctx.db);
  const row = await repo.audits.find(ctx.orgId, auditId);
  if (!row) throw notFound('Audit', auditId);
  const audit = toAudit(row);
  const programmeRow = audit.programmeId
    ? await repo.programmes.find(ctx.orgId, audit.programmeId)
    : undefined;
  const items = (await repo.checklistOf(ctx.orgId, auditId)).map(toChecklistItem);
  const findings = (await repo.findingsOf(ctx.orgId, auditId)).map(toFinding);
  const [org] = await ctx.db
    .select({ id: tables.organizations.id, name: tables.organizations.name })
    .from(tables.organizations)
    .where(eq(tables.organizations.id, ctx.orgId));
  const systemIds = [
    ...new Set([...audit.sample, ...items.filter((i) => i.kind === 'ai_system').map((i) => i.ref)]),
  ];
  const { aiSystems, users } = tables;
  const systems = systemIds.length
    ? await ctx.db
        .select({ id: aiSystems.id, name: aiSystems.name, description: aiSystems.purpose })
        .from(aiSystems)
        .where(and(eq(aiSystems.organizationId, ctx.orgId), inArray(aiSystems.id, systemIds)))
    : [];
  const people = [...(audit.leadId ? [audit.leadId] : []), ...audit.teamIds];
  const userRows = people.length
    ? await ctx.db.select({ id: users.id, name: users.name }).from(users).where(inArray(users.id, people))
    : [];
  return {
    organization: org ?? { id: ctx.orgId, name: ctx.orgId },
    audit,
    programme: programmeRow ? toProgramme(programmeRow) : null,
    items,
    findings,
    systems: new Map(systems.map((s) => [s.id, s])),
    names: new Map(userRows.map((u) => [u.id, u.name])),
    generatedAt: new Date(),
  };
}

const RESULT_LABEL: Record<string, string> = {
  conforming: 'Conforming',
  nonconforming: 'Nonconforming',
  observation: 'Observation',
  not_applicable: 'Not applicable',
};
const KIND_LABEL: Record<string, string> = {
  major_nc: 'Major nonconformity',
  minor_nc: 'Minor nonconformity',
  observation: 'Observation',
  opportunity: 'Opportunity for improvement',
};

/** The audit report as a PDF (§9.2.2 c): plan, team, sample and seed, checklist results, findings. */
export function auditReportPdf(r: AuditReport): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const a = r.audit;
    const doc = new PDFDocument({
      size: 'A4',
      margin: 48,
      info: { Title: `Internal audit report — ${a.title}`, Creator: 'OpenAIMS' },
    });
    const chunks: Buffer[] = [];
    doc.on('data', (c: Buffer) => chunks.push(c));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
    const name = (id: string) => r.names.get(id) ?? id;
    doc.fontSize(18).text('Internal audit report');
    doc.fontSize(11).text(r.organization.name);
    doc.text(`${a.title} (ISO/IEC 42001:2023, clause 9.2)`);
    if (r.programme) doc.text(`Programme: ${r.programme.title}${a.year ? `, ${a.year}` : ''} · ${a.stage}`);
    doc.text(`Status: ${a.status}${a.completedAt ? `, completed ${a.completedAt.slice(0, 10)}` : ''}`);
    doc.text(`Planned: ${a.plannedStart ?? '—'} to ${a.plannedEnd ?? '—'}`);
    doc.text(`Lead auditor: ${a.leadId ? name(a.leadId) : '—'}`);
    if (a.teamIds.length) doc.text(`Team: ${a.teamIds.map(name).join(', ')}`);
    doc.text(`Date of report: ${r.generatedAt.toISOString().slice(0, 10)}`);
    doc.moveDown();
    doc.font('Helvetica-Bold').text('Scope and criteria');
    doc.font('Helvetica');
    if (a.scope.clauses.length) doc.text(`Clauses: ${a.scope.clauses.join(', ')}`);
    if (a.scope.controls.length || a.scope.allApplicableControls)
      doc.text(
        `Controls: ${[...a.scope.controls, ...(a.scope.allApplicableControls ? ['all applicable'] : [])].join(', ')}`,
      );
    if (a.scope.processes.length) doc.text(`Processes: ${a.scope.processes.join(', ')}`);
    doc.text(`Criteria: ${a.criteria || '—'}`);
    doc.text(
      `Sample of AI systems: ${a.sample.length} of size ${a.sampleSize}, seed ${a.sampleSeed ?? '—'}${
        a.sample.length ? `: ${a.sample.map((id) => r.systems.get(id)?.name ?? id).join(', ')}` : ''
      }`,
    );
    doc.moveDown();
    doc.font('Helvetica-Bold').text(`Checklist (${r.items.length} items)`);
    for (const i of r.items) {
      doc
        .font('Helvetica-Bold')
        .fontSize(10)
        .text(`${i.kind === 'ai_system' ? 'AI system' : i.ref}  ${i.title}`);
      doc.font('Helvetica').text(`Result: ${i.result ? RESULT_LABEL[i.result] : 'not answered'}`);
      if (i.notes) doc.text(`Notes: ${i.notes}`);
      if (i.evidenceIds.length) doc.text(`Evidence: ${i.evidenceIds.join(', ')}`);
      doc.moveDown(0.3);
    }
    doc.moveDown();
    doc.font('Helvetica-Bold').fontSize(11).text(`Findings (${r.findings.length})`);
    for (const f of r.findings) {
      doc.font('Helvetica-Bold').fontSize(10).text(`${KIND_LABEL[f.kind]}: ${f.title}`);
      doc.font('Helvetica');
      if (f.requirementRefs.length) doc.text(`Requirements: ${f.requirementRefs.join(', ')}`);
      if (f.description) doc.text(f.description);
      doc.text(`Status: ${f.status}${f.nonconformityId ? ` (nonconformity ${f.nonconformityId})` : ''}`);
      doc.moveDown(0.3);
    }
    if (a.conclusion) {
      doc.moveDown();
      doc.font('Helvetica-Bold').fontSize(11).text('Conclusion');
      doc.font('Helvetica').fontSize(10).text(a.conclusion);
    }
    doc.end();
  });
}

/** A file name for the audit's exports: `audit-<id>.<ext>`. */
export const auditExportFilename = (r: AuditReport, ext: string) => `audit-${r.audit.id}.${ext}`;
