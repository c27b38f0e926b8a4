// One impact assessment as a printable PDF and as an XLSX workbook with one sheet per section (DESIGN §6;
// §7.5 documented information of §6.1.4 / §8.4 results, EU AI Act Art. 27 FRIA).

import { IMPACT_STATUS_LABEL } from '@openaims/core';
import { loadExcel } from '../common/heavy-modules.ts';
import { fitColumns, isoDay, renderPdfDocument } from '../common/pdf-document.ts';
import type { ImpactReport } from './impact-report.ts';

const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** The assessment's file name inside the audit pack: its id and version number (the pack's manifest paths). */
export function impactExportFilename(r: ImpactReport, ext: 'pdf' | 'xlsx'): string {
  return `impact-assessment-${r.assessment.id}-v${r.assessment.number}.${ext}`;
}

/** The document part of an export's file name: the assessment title and its version number. */
export function impactExportDocument(r: ImpactReport): string {
  return `impact-assessment-${r.assessment.title}-v${r.assessment.number}`;
}

/** The assessment as a PDF: title page with status and approval, then every section (fields or a table). */
export function impactPdf(r: ImpactReport): Promise<Buffer> {
  const ia = r.assessment;
  const approved = ia.approvedAt
    ? `approved ${isoDay(ia.approvedAt)}${r.approverName ? ` by ${r.approverName}` : ''}`
    : 'not approved';
  return renderPdfDocument(
    {
      organization: r.organizationName,
      title: 'AI system impact assessment',
      subtitle: ia.title,
      reference: 'ISO/IEC 42001:2023, 6.1.4, 8.4 and A.5 · ISO/IEC 42005',
      status: `Version ${ia.number} · ${ia.approvedAt ? capital(approved) : `${IMPACT_STATUS_LABEL[ia.status]}, not approved`}`,
      draft: !ia.approvedAt,
      generatedAt: r.generatedAt,
      details: [
        ['AI system', r.systemName],
        ['Version', `Assessment version ${ia.number}`],
        ['Status', IMPACT_STATUS_LABEL[ia.status]],
        ['Approval', ia.approvedAt ? capital(approved) : 'Not approved'],
        ['Next review', ia.nextReviewDate ?? 'Not set'],
      ],
    },
    (w) => {
      for (const s of r.sections) {
        w.heading(s.title);
        if (s.kind === 'fields') w.fields(s.fields);
        else
          w.table(
            fitColumns(s.columns, s.rows),
            s.rows.map((row) => row.map((c) => (c === '' ? '—' : String(c)))),
            { empty: s.empty },
          );
      }
    },
  );
}

/** The assessment as an Excel workbook: one sheet per section, tables with a bold, filterable header. */
export async function impactXlsx(r: ImpactReport): Promise<Buffer> {
  const wb = new (await loadExcel()).Workbook();
  wb.creator = 'OpenAIMS';
  wb.created = r.generatedAt;
  for (const s of r.sections) {
    const ws = wb.addWorksheet(s.title);
    if (s.kind === 'fields') {
      ws.addRow(['Field', 'Value']).font = { bold: true };
      for (const f of s.fields) ws.addRow(f);
      ws.getColumn(1).width = 40;
      ws.getColumn(2).width = 100;
      ws.getColumn(2).alignment = { wrapText: true, vertical: 'top' };
    } else {
      ws.addRow(s.columns).font = { bold: true };
      for (const row of s.rows) ws.addRow(row);
      ws.columns.forEach((c) => {
        c.width = 24;
      });
      ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: s.columns.length } };
      ws.views = [{ state: 'frozen', ySplit: 1 }];
    }
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}
