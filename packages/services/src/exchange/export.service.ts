// `GET …/exports/{name}`: the SoA, the risk register, one impact assessment and the inventory in the formats
// auditors and other tools read (DESIGN §4, §6). Which permission each name needs is EXPORT_PERMISSIONS in core.
import { AppError, assertAnnexIvExportable, assertCan, exportPermission } from '@openaims/core';
import { accessLogCsv } from '../access-log/access-log.service.ts';
import { annexIvDocx, annexIvFilename, annexIvPdf } from '../annex-iv/annex-iv.export.ts';
import { getAnnexIv } from '../annex-iv/annex-iv.service.ts';
import { renderAuditExport } from '../audits/audit-exports.ts';
import type { OrgContext } from '../context.ts';
import { impactExportFilename, impactPdf, impactXlsx } from '../impacts/impact-export.ts';
import { loadImpactReport } from '../impacts/impact-report.ts';
import { loadReviewMinutes, reviewMinutesPdf } from '../management-reviews/management-review.pdf.ts';
import { risksPdf, risksXlsx } from '../risks/risk.export.ts';
import { exportCycloneDx } from './cyclonedx.export.ts';
import { oscalCatalog, oscalProfile, oscalSsp } from './oscal.export.ts';
import { soaPdf } from './soa-pdf.export.ts';
import { loadSoaReport } from './soa-report.ts';
import { soaCsv, soaXlsx } from './soa-tabular.export.ts';
import { exportSpdx } from './spdx.export.ts';

/** The SoA export names (one report, several formats). */
export const SOA_EXPORT_NAMES = [
  'soa.xlsx',
  'soa.csv',
  'soa.pdf',
  'oscal-catalog.json',
  'oscal-profile.json',
  'oscal-ssp.json',
] as const;
export type SoaExportName = (typeof SOA_EXPORT_NAMES)[number];

/** A rendered export. */
export interface ExportFile {
  contentType: string;
  filename: string;
  body: Uint8Array | string;
}

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const json = (v: unknown) => `${JSON.stringify(v, null, 2)}\n`;

/** Parameters some exports take from the query string. */
export interface ExportParams {
  /** The impact assessment of `impact-assessment.pdf|xlsx`. */
  assessmentId?: string;
  /** The audit of `audit-report.pdf` and `oscal-assessment-*.json`. */
  auditId?: string;
  /** The management review of `management-review.pdf`. */
  reviewId?: string;
  /** The AI system of `annex-iv.pdf|docx`. */
  aiSystemId?: string;
  /** `annex-iv.*`: print a draft while required fields are empty. */
  draft?: 'true' | 'false';
}

async function renderAnnexIv(
  ctx: OrgContext,
  format: 'pdf' | 'docx',
  params: ExportParams,
): Promise<ExportFile> {
  if (!params.aiSystemId)
    throw new AppError('VALIDATION_FAILED', 'Say which AI system to document: ?aiSystemId=…', {
      errors: [{ path: 'aiSystemId', message: 'required for annex-iv exports' }],
    });
  const draft = params.draft === 'true';
  const doc = await getAnnexIv(ctx, params.aiSystemId);
  assertAnnexIvExportable(doc, draft);
  const filename = annexIvFilename(doc, format, draft);
  return format === 'pdf'
    ? { contentType: 'application/pdf', filename, body: await annexIvPdf(doc, draft) }
    : {
        contentType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
        filename,
        body: await annexIvDocx(doc, draft),
      };
}

async function renderImpactAssessment(
  ctx: OrgContext,
  format: 'pdf' | 'xlsx',
  params: ExportParams,
): Promise<ExportFile> {
  if (!params.assessmentId)
    throw new AppError('VALIDATION_FAILED', 'Say which impact assessment to export: ?assessmentId=…', {
      errors: [{ path: 'assessmentId', message: 'required for impact-assessment exports' }],
    });
  const report = await loadImpactReport(ctx, params.assessmentId);
  const filename = impactExportFilename(report, format);
  return format === 'pdf'
    ? { contentType: 'application/pdf', filename, body: await impactPdf(report) }
    : { contentType: XLSX, filename, body: await impactXlsx(report) };
}

/**
 * Renders one export (the SoA, the risk register, one impact assessment); an unknown name is NOT_FOUND. The
 * caller needs the export's own permission (EXPORT_PERMISSIONS in core).
 */
export async function renderExport(
  ctx: OrgContext,
  name: string,
  params: ExportParams = {},
): Promise<ExportFile> {
  const permission = exportPermission(name);
  if (!permission) throw new AppError('NOT_FOUND', `There is no export named ${name}.`);
  assertCan(ctx.role, permission);
  if (name === 'impact-assessment.pdf') return renderImpactAssessment(ctx, 'pdf', params);
  if (name === 'impact-assessment.xlsx') return renderImpactAssessment(ctx, 'xlsx', params);
  if (name === 'annex-iv.pdf') return renderAnnexIv(ctx, 'pdf', params);
  if (name === 'annex-iv.docx') return renderAnnexIv(ctx, 'docx', params);
  const audit = await renderAuditExport(ctx, name, params);
  if (audit) return audit;
  if (name === 'management-review.pdf') {
    if (!params.reviewId)
      throw new AppError('VALIDATION_FAILED', 'Say which management review to export: ?reviewId=…', {
        errors: [{ path: 'reviewId', message: 'required for management-review.pdf' }],
      });
    return {
      contentType: 'application/pdf',
      filename: `management-review-${params.reviewId}.pdf`,
      body: await reviewMinutesPdf(await loadReviewMinutes(ctx, params.reviewId)),
    };
  }
  if (name === 'access-log.csv')
    return { contentType: 'text/csv; charset=utf-8', filename: name, body: await accessLogCsv(ctx) };
  if (name === 'cyclonedx.json')
    return {
      contentType: 'application/json',
      filename: 'inventory.cdx.json',
      body: json(await exportCycloneDx(ctx)),
    };
  if (name === 'spdx.json')
    return {
      contentType: 'application/spdx+json',
      filename: 'inventory.spdx3.json',
      body: json(await exportSpdx(ctx)),
    };
  if (name === 'risks.xlsx') return { contentType: XLSX, filename: name, body: await risksXlsx(ctx) };
  if (name === 'risks.pdf')
    return { contentType: 'application/pdf', filename: name, body: await risksPdf(ctx) };
  if (!(SOA_EXPORT_NAMES as readonly string[]).includes(name))
    throw new AppError('NOT_FOUND', `There is no export named ${name}.`);
  const r = await loadSoaReport(ctx);
  const n = name as SoaExportName;
  switch (n) {
    case 'soa.xlsx':
      return {
        contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
        filename: n,
        body: await soaXlsx(r),
      };
    case 'soa.csv':
      return { contentType: 'text/csv; charset=utf-8', filename: n, body: soaCsv(r) };
    case 'soa.pdf':
      return { contentType: 'application/pdf', filename: n, body: await soaPdf(r) };
    case 'oscal-catalog.json':
      return { contentType: 'application/json', filename: n, body: json(oscalCatalog(r)) };
    case 'oscal-profile.json':
      return { contentType: 'application/json', filename: n, body: json(oscalProfile(r)) };
    case 'oscal-ssp.json':
      return { contentType: 'application/json', filename: n, body: json(oscalSsp(r)) };
  }
}
