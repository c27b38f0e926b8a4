// `GET …/exports/{name}`: the SoA in the formats auditors and other tools read (DESIGN §4, §6).
import { AppError } from '@openaims/core';
import type { OrgContext } from '../context.ts';
import { oscalCatalog, oscalProfile, oscalSsp } from './oscal.export.ts';
import { soaPdf } from './soa-pdf.export.ts';
import { loadSoaReport } from './soa-report.ts';
import { risksPdf, risksXlsx } from '../risks/risk.export.ts';
import { soaCsv, soaXlsx } from './soa-tabular.export.ts';

/** Export names this module serves. */
export const SOA_EXPORT_NAMES = ['soa.xlsx', 'soa.csv', 'soa.pdf', 'oscal-catalog.json', 'oscal-profile.json', 'oscal-ssp.json'] as const;
export type SoaExportName = (typeof SOA_EXPORT_NAMES)[number];

/** A rendered export. */
export interface ExportFile {
  contentType: string;
  filename: string;
  body: Uint8Array | string;
}

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const json = (v: unknown) => `${JSON.stringify(v, null, 2)}\n`;

/** Renders one export (the SoA, or the risk register `risks.xlsx` / `risks.pdf`); an unknown name is NOT_FOUND. */
export async function renderExport(ctx: OrgContext, name: string): Promise<ExportFile> {
  if (name === 'risks.xlsx') return { contentType: XLSX, filename: name, body: await risksXlsx(ctx) };
  if (name === 'risks.pdf') return { contentType: 'application/pdf', filename: name, body: await risksPdf(ctx) };
  if (!(SOA_EXPORT_NAMES as readonly string[]).includes(name)) throw new AppError('NOT_FOUND', `There is no export named ${name}.`);
  const r = await loadSoaReport(ctx);
  const n = name as SoaExportName;
  switch (n) {
    case 'soa.xlsx':
      return { contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', filename: n, body: await soaXlsx(r) };
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
