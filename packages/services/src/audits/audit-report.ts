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
import { eq } from 'drizzle-orm';
import { anyOf } from '../common/any-of.ts';
import { inOrg } from '../common/in-org.ts';
import { isoDay, renderPdfDocument } from '../common/pdf-document.ts';
import { recordTable } from '../common/pdf-record-table.ts';
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
        .where(inOrg(aiSystems, ctx.orgId, anyOf(aiSystems.id, systemIds)))
    : [];
  const people = [...(audit.leadId ? [audit.leadId] : []), ...audit.teamIds];
  const userRows = people.length
    ? await ctx.db.select({ id: users.id, name: users.name }).from(users).where(anyOf(users.id, people))
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

/** "in_progress" → "In progress". */
const label = (v: string) => v.charAt(0).toUpperCase() + v.slice(1).replace(/_/g, ' ');

/** The audit report as a PDF (§9.2.2 c): plan, team, sample and seed, checklist results, findings. */
export function auditReportPdf(r: AuditReport): Promise<Buffer> {
  const a = r.audit;
  const name = (id: string) => r.names.get(id) ?? id;
  const completed = a.completedAt ? `completed ${isoDay(a.completedAt)}` : label(a.status);
  return renderPdfDocument(
    {
      organization: r.organization.name,
      title: 'Internal audit report',
      subtitle: a.title,
      reference: 'ISO/IEC 42001:2023, 9.2 Internal audit',
      status: `${label(a.stage)} audit · ${completed} · lead auditor ${a.leadId ? name(a.leadId) : '—'}`,
      draft: a.status !== 'completed',
      generatedAt: r.generatedAt,
      details: [
        ...(r.programme
          ? [['Programme', `${r.programme.title}${a.year ? `, ${a.year}` : ''}`] as [string, string]]
          : []),
        ['Status', a.completedAt ? `Completed ${isoDay(a.completedAt)}` : label(a.status)],
        ['Planned', `${a.plannedStart ?? '—'} to ${a.plannedEnd ?? '—'}`],
        ['Lead auditor', a.leadId ? name(a.leadId) : '—'],
        ['Team', a.teamIds.map(name).join(', ') || '—'],
      ],
    },
    (w) => {
      w.heading('Scope and criteria');
      w.fields([
        ['Stage', label(a.stage)],
        ['Clauses', a.scope.clauses.join(', ') || '—'],
        [
          'Controls',
          [...a.scope.controls, ...(a.scope.allApplicableControls ? ['all applicable'] : [])].join(', ') ||
            '—',
        ],
        ['Processes', a.scope.processes.join(', ') || '—'],
        ['Criteria', a.criteria || '—'],
        [
          'Sample of AI systems',
          `${a.sample.length} of size ${a.sampleSize}, seed ${a.sampleSeed ?? '—'}${
            a.sample.length ? `: ${a.sample.map((id) => r.systems.get(id)?.name ?? id).join(', ')}` : ''
          }`,
        ],
      ]);
      w.heading(`Checklist (${r.items.length} items)`);
      recordTable(
        w,
        r.items,
        [
          {
            header: 'Requirement',
            width: 24,
            cell: (i) =>
              `${i.kind === 'ai_system' ? `AI system: ${r.systems.get(i.ref)?.name ?? i.ref}` : i.ref}\n${i.title}`,
          },
          { header: 'Result', width: 12, cell: (i) => (i.result ? RESULT_LABEL[i.result]! : 'Not answered') },
          { header: 'Notes', width: 40, cell: (i) => i.notes || '—' },
          { header: 'Evidence', width: 24, cell: (i) => i.evidenceIds.join('\n') || '—' },
        ],
        { empty: 'The checklist is empty.' },
      );
      w.heading(`Findings (${r.findings.length})`);
      recordTable(
        w,
        r.findings,
        [
          { header: 'Finding', width: 30, cell: (f) => f.title },
          { header: 'Kind', width: 14, cell: (f) => KIND_LABEL[f.kind]! },
          { header: 'Requirements', width: 12, cell: (f) => f.requirementRefs.join(', ') || '—' },
          { header: 'Description', width: 30, cell: (f) => f.description || '—' },
          {
            header: 'Status',
            width: 14,
            cell: (f) =>
              `${label(f.status)}${f.nonconformityId ? `\nnonconformity ${f.nonconformityId}` : ''}`,
          },
        ],
        { empty: 'No findings were raised.' },
      );
      if (a.conclusion) {
        w.heading('Conclusion');
        w.paragraph(a.conclusion);
      }
    },
  );
}
