// The audit exports of `GET …/exports/{name}`: the audit report PDF and the OSCAL assessment plan, results and
// POA&M. The caller (renderExport) has checked the export's permission.
import { type Db, tables } from '@openaims/db';
import { asc, eq, ne } from 'drizzle-orm';
import { anyOf } from '../common/any-of.ts';
import { inOrg } from '../common/in-org.ts';
import type { OrgContext } from '../context.ts';
import { type AuditReport, auditReportPdf, loadAuditReport } from './audit-report.ts';
import {
  oscalAssessmentPlan,
  oscalAssessmentResults,
  oscalPoam,
  type PoamEntry,
} from './oscal-assessment.export.ts';

const json = (v: unknown) => `${JSON.stringify(v, null, 2)}\n`;

/** Open nonconformities (oldest first) with their corrective actions, for the POA&M. */
async function openNonconformities(db: Db, orgId: string): Promise<PoamEntry[]> {
  const { nonconformities: ncs, correctiveActions: cas } = tables;
  const rows = await db
    .select()
    .from(ncs)
    .where(inOrg(ncs, orgId, ne(ncs.status, 'closed')))
    .orderBy(asc(ncs.detectedOn), asc(ncs.id))
    .limit(5000);
  const actions = rows.length
    ? await db
        .select()
        .from(cas)
        .where(
          inOrg(
            cas,
            orgId,
            anyOf(
              cas.nonconformityId,
              rows.map((r) => r.id),
            ),
          ),
        )
        .orderBy(asc(cas.createdAt), asc(cas.id))
    : [];
  return rows.map((nc) => ({
    nc: { ...nc, createdAt: nc.createdAt.toISOString() },
    actions: actions.filter((a) => a.nonconformityId === nc.id),
  }));
}

/** How one export drawn from an audit's report is written: its type, the leading part of its name, its body. */
interface ReportExport {
  contentType: string;
  /** The document name before the audit's title (`internal-audit-report-<title>`). */
  prefix: string;
  ext: string;
  render(r: AuditReport): Promise<Uint8Array | string> | string;
}

/** The exports of one audit, by file name: the report PDF and the OSCAL assessment plan and results. */
const REPORT_EXPORTS = new Map<string, ReportExport>([
  [
    'audit-report.pdf',
    { contentType: 'application/pdf', prefix: 'internal-audit-report', ext: 'pdf', render: auditReportPdf },
  ],
  [
    'oscal-assessment-plan.json',
    {
      contentType: 'application/json',
      prefix: 'oscal-assessment-plan',
      ext: 'json',
      render: (r) => json(oscalAssessmentPlan(r)),
    },
  ],
  [
    'oscal-assessment-results.json',
    {
      contentType: 'application/json',
      prefix: 'oscal-assessment-results',
      ext: 'json',
      render: (r) => json(oscalAssessmentResults(r)),
    },
  ],
]);

/** Renders an audit export (with the document part of its file name), or undefined when the name is not one. */
export async function renderAuditExport(
  ctx: OrgContext,
  name: string,
  params: { auditId?: string },
): Promise<{ contentType: string; document: string; ext: string; body: Uint8Array | string } | undefined> {
  const report = REPORT_EXPORTS.get(name);
  if (report) {
    const r = await loadAuditReport(ctx, params.auditId);
    return {
      contentType: report.contentType,
      document: `${report.prefix}-${r.audit.title}`,
      ext: report.ext,
      body: await report.render(r),
    };
  }
  if (name !== 'oscal-poam.json') return undefined;
  const [org] = await ctx.db
    .select({ id: tables.organizations.id, name: tables.organizations.name })
    .from(tables.organizations)
    .where(eq(tables.organizations.id, ctx.orgId));
  const entries = await openNonconformities(ctx.db, ctx.orgId);
  return {
    contentType: 'application/json',
    document: 'oscal-poam',
    ext: 'json',
    body: json(oscalPoam(org ?? { id: ctx.orgId, name: ctx.orgId }, entries, new Date())),
  };
}
