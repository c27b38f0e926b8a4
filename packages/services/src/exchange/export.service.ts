// `GET …/exports/{name}`: the SoA, the risk register, one impact assessment and the inventory in the formats
// auditors and other tools read (DESIGN §4, §6). Which permission each name needs is EXPORT_PERMISSIONS in core.
import { AppError, assertAnnexIvExportable, assertCan, exportPermission } from '@openaims/core';
import { accessLogCsv } from '../access-log/access-log.service.ts';
import { annexIvDocument, annexIvDocx, annexIvPdf } from '../annex-iv/annex-iv.export.ts';
import { getAnnexIv } from '../annex-iv/annex-iv.service.ts';
import { renderAuditExport } from '../audits/audit-exports.ts';
import { documentFilename } from '../common/filenames.ts';
import { heavyWork } from '../common/heavy-work.ts';
import type { OrgContext } from '../context.ts';
import { impactExportDocument, impactPdf, impactXlsx } from '../impacts/impact-export.ts';
import { loadImpactReport } from '../impacts/impact-report.ts';
import { loadReviewMinutes, reviewMinutesPdf } from '../management-reviews/management-review.pdf.ts';
import { getOrganization } from '../orgs/org.service.ts';
import { risksPdf, risksXlsx } from '../risks/risk.export.ts';
import { exportCycloneDx } from './cyclonedx.export.ts';
import { oscalCatalog, oscalProfile, oscalSsp } from './oscal.export.ts';
import { soaPdf } from './soa-pdf.export.ts';
import { loadSoaReport, SOA_CELL_PREVIEW, SOA_PDF_PREVIEW, soaReferenceTitles } from './soa-report.ts';
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
  /** `<organization>_<document>_<date>.<ext>` (see common/filenames.ts). */
  filename: string;
  body: Uint8Array | string;
}

/** A rendered export before it is named: the document part of the name and the extension. */
interface Rendered {
  contentType: string;
  document: string;
  ext: string;
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

/** What a 400 says when an export of one record is asked for without naming the record. */
const MISSING_RECORD = {
  aiSystemId: { ask: 'Say which AI system to document', forWhat: 'annex-iv exports' },
  assessmentId: { ask: 'Say which impact assessment to export', forWhat: 'impact-assessment exports' },
  reviewId: { ask: 'Say which management review to export', forWhat: 'management-review.pdf' },
} as const;

/** The record an export is of, or a 400 naming the query parameter it needs ("Say which …: ?reviewId=…"). */
function required(params: ExportParams, key: keyof typeof MISSING_RECORD): string {
  const id = params[key];
  if (!id)
    throw new AppError('VALIDATION_FAILED', `${MISSING_RECORD[key].ask}: ?${key}=…`, {
      errors: [{ path: key, message: `required for ${MISSING_RECORD[key].forWhat}` }],
    });
  return id;
}

async function renderAnnexIv(
  ctx: OrgContext,
  format: 'pdf' | 'docx',
  params: ExportParams,
): Promise<Rendered> {
  const aiSystemId = required(params, 'aiSystemId');
  const draft = params.draft === 'true';
  const doc = await getAnnexIv(ctx, aiSystemId);
  assertAnnexIvExportable(doc, draft);
  const document = annexIvDocument(doc, draft);
  return format === 'pdf'
    ? { contentType: 'application/pdf', document, ext: format, body: await annexIvPdf(doc, draft) }
    : {
        contentType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
        document,
        ext: format,
        body: await annexIvDocx(doc, draft),
      };
}

async function renderImpactAssessment(
  ctx: OrgContext,
  format: 'pdf' | 'xlsx',
  params: ExportParams,
): Promise<Rendered> {
  const assessmentId = required(params, 'assessmentId');
  const report = await loadImpactReport(ctx, assessmentId);
  const document = impactExportDocument(report);
  return format === 'pdf'
    ? { contentType: 'application/pdf', document, ext: format, body: await impactPdf(report) }
    : { contentType: XLSX, document, ext: format, body: await impactXlsx(report) };
}

/**
 * Renders one export (the SoA, the risk register, one impact assessment …); an unknown name is NOT_FOUND. The
 * caller needs the export's own permission (EXPORT_PERMISSIONS in core). The file is named after the
 * organization, the document and the day (`acme-gmbh_statement-of-applicability_2026-12-02.pdf`).
 */
export async function renderExport(
  ctx: OrgContext,
  name: string,
  params: ExportParams = {},
): Promise<ExportFile> {
  const permission = exportPermission(name);
  if (!permission) throw new AppError('NOT_FOUND', `There is no export named ${name}.`);
  assertCan(ctx.role, permission);
  // One document per core at a time (common/heavy-work.ts): the rest wait rather than all grow memory at once.
  const file = await heavyWork(() => render(ctx, name, params));
  const org = await getOrganization({ ...ctx, role: 'viewer' });
  return {
    contentType: file.contentType,
    filename: documentFilename(org.name, file.document, new Date(), file.ext),
    body: file.body,
  };
}

/** The document part of the SoA exports' file names. */
const SOA_DOCUMENT: Record<SoaExportName, [document: string, ext: string]> = {
  'soa.xlsx': ['statement-of-applicability', 'xlsx'],
  'soa.csv': ['statement-of-applicability', 'csv'],
  'soa.pdf': ['statement-of-applicability', 'pdf'],
  'oscal-catalog.json': ['oscal-catalog', 'json'],
  'oscal-profile.json': ['oscal-profile', 'json'],
  'oscal-ssp.json': ['oscal-ssp', 'json'],
};

/**
 * How many linked ids of each kind per control each SoA format reads: as many as it shows (issue 17: a large
 * organization's SoA links hundreds of thousands of records, which stay counted in the database). OSCAL names none.
 */
const SOA_PREVIEW: Record<SoaExportName, number> = {
  'soa.xlsx': SOA_CELL_PREVIEW,
  'soa.csv': SOA_CELL_PREVIEW,
  'soa.pdf': SOA_PDF_PREVIEW,
  'oscal-catalog.json': 0,
  'oscal-profile.json': 0,
  'oscal-ssp.json': 0,
};

/** The AI inventory as a bill of materials in one of its formats (CycloneDX, SPDX), as JSON. */
const inventoryBom = (contentType: string, ext: string, bom: unknown): Rendered => ({
  contentType,
  document: 'ai-inventory',
  ext,
  body: json(bom),
});

async function render(ctx: OrgContext, name: string, params: ExportParams): Promise<Rendered> {
  if (name === 'impact-assessment.pdf') return renderImpactAssessment(ctx, 'pdf', params);
  if (name === 'impact-assessment.xlsx') return renderImpactAssessment(ctx, 'xlsx', params);
  if (name === 'annex-iv.pdf') return renderAnnexIv(ctx, 'pdf', params);
  if (name === 'annex-iv.docx') return renderAnnexIv(ctx, 'docx', params);
  const audit = await renderAuditExport(ctx, name, params);
  if (audit) return audit;
  if (name === 'management-review.pdf') {
    const reviewId = required(params, 'reviewId');
    const minutes = await loadReviewMinutes(ctx, reviewId);
    return {
      contentType: 'application/pdf',
      document: `management-review-minutes-${minutes.review.title}`,
      ext: 'pdf',
      body: await reviewMinutesPdf(minutes),
    };
  }
  const csv = 'text/csv; charset=utf-8';
  if (name === 'access-log.csv')
    return { contentType: csv, document: 'access-log', ext: 'csv', body: await accessLogCsv(ctx) };
  if (name === 'cyclonedx.json')
    return inventoryBom('application/json', 'cdx.json', await exportCycloneDx(ctx));
  if (name === 'spdx.json') return inventoryBom('application/spdx+json', 'spdx3.json', await exportSpdx(ctx));
  const register = 'ai-risk-register';
  if (name === 'risks.xlsx')
    return { contentType: XLSX, document: register, ext: 'xlsx', body: await risksXlsx(ctx) };
  if (name === 'risks.pdf')
    return { contentType: 'application/pdf', document: register, ext: 'pdf', body: await risksPdf(ctx) };
  if (!(SOA_EXPORT_NAMES as readonly string[]).includes(name))
    throw new AppError('NOT_FOUND', `There is no export named ${name}.`);
  const n = name as SoaExportName;
  const r = await loadSoaReport(ctx, { preview: SOA_PREVIEW[n] });
  const [document, ext] = SOA_DOCUMENT[n];
  const named = (contentType: string, body: Uint8Array | string): Rendered => ({
    contentType,
    document,
    ext,
    body,
  });
  switch (n) {
    case 'soa.xlsx':
      return named(XLSX, await soaXlsx(r));
    case 'soa.csv':
      return named(csv, soaCsv(r));
    case 'soa.pdf':
      return named('application/pdf', await soaPdf(r, await soaReferenceTitles(ctx, r.entries)));
    case 'oscal-catalog.json':
      return named('application/json', json(oscalCatalog(r)));
    case 'oscal-profile.json':
      return named('application/json', json(oscalProfile(r)));
    case 'oscal-ssp.json':
      return named('application/json', json(oscalSsp(r)));
  }
}
