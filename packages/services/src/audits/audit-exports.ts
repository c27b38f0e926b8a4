// The audit exports of `GET …/exports/{name}`: the audit report PDF and the OSCAL assessment plan, results and
// POA&M. The caller (renderExport) has checked the export's permission.
import { type Db, tables } from '@openaims/db';
import { and, asc, eq, inArray, ne } from 'drizzle-orm';
import type { OrgContext } from '../context.ts';
import { auditReportPdf, loadAuditReport } from './audit-report.ts';
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
    .where(and(eq(ncs.organizationId, orgId), ne(ncs.status, 'closed')))
    .orderBy(asc(ncs.detectedOn), asc(ncs.id))
    .limit(5000);
  const actions = rows.length
    ? await db
        .select()
        .from(cas)
        .where(
          and(
            eq(cas.organizationId, orgId),
            inArray(
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

/** Renders an audit export (with the document part of its file name), or undefined when the name is not one. */
export async function renderAuditExport(
  ctx: OrgContext,
  name: string,
  params: { auditId?: string },
): Promise<{ contentType: string; document: string; ext: string; body: Uint8Array | string } | undefined> {
  switch (name) {
    case 'audit-report.pdf': {
      const r = await loadAuditReport(ctx, params.auditId);
      return {
        contentType: 'application/pdf',
        document: `internal-audit-report-${r.audit.title}`,
        ext: 'pdf',
        body: await auditReportPdf(r),
      };
    }
    case 'oscal-assessment-plan.json': {
      const r = await loadAuditReport(ctx, params.auditId);
      return {
        contentType: 'application/json',
        document: `oscal-assessment-plan-${r.audit.title}`,
        ext: 'json',
        body: json(oscalAssessmentPlan(r)),
      };
    }
    case 'oscal-assessment-results.json': {
      const r = await loadAuditReport(ctx, params.auditId);
      return {
        contentType: 'application/json',
        document: `oscal-assessment-results-${r.audit.title}`,
        ext: 'json',
        body: json(oscalAssessmentResults(r)),
      };
    }
    case 'oscal-poam.json': {
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
    default:
      return undefined;
  }
}
