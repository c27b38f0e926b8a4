// One impact assessment as a printable PDF and as an XLSX workbook with one sheet per section (DESIGN §6;
// §7.5 documented information of §6.1.4 / §8.4 results, EU AI Act Art. 27 FRIA).
import ExcelJS from 'exceljs';
import PDFDocument from 'pdfkit';
import type { ImpactReport } from './impact-report.ts';

/** The file name of an export: the assessment id and its version number. */
export function impactExportFilename(r: ImpactReport, ext: 'pdf' | 'xlsx'): string {
  return `impact-assessment-${r.assessment.id}-v${r.assessment.number}.${ext}`;
}

/** The assessment as a PDF: a title block, then every section (fields as label and text, tables as lines). */
export function impactPdf(r: ImpactReport): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const ia = r.assessment;
    const doc = new PDFDocument({
      size: 'A4',
      margin: 48,
      info: { Title: `Impact assessment - ${ia.title}`, Creator: 'OpenAIMS' },
    });
    const chunks: Buffer[] = [];
    doc.on('data', (c: Buffer) => chunks.push(c));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
    doc.fontSize(18).font('Helvetica-Bold').text('AI system impact assessment');
    doc.fontSize(12).font('Helvetica').text(ia.title);
    doc.fontSize(10).text(`${r.systemName} · version ${ia.number} · ${ia.status}`);
    doc.text('ISO/IEC 42001:2023 6.1.4, 8.4, A.5 · ISO/IEC 42005');
    doc.moveDown();
    for (const s of r.sections) {
      doc.fontSize(13).font('Helvetica-Bold').text(s.title);
      doc.moveDown(0.3);
      doc.fontSize(10);
      if (s.kind === 'fields') {
        for (const [label, value] of s.fields) {
          doc.font('Helvetica-Bold').text(`${label}: `, { continued: true });
          doc.font('Helvetica').text(value || '-');
        }
      } else if (s.rows.length === 0) {
        doc.font('Helvetica').text(s.empty);
      } else {
        for (const row of s.rows) {
          // First column in bold as the row's name, the rest as "Column: value" pairs.
          doc.font('Helvetica-Bold').text(String(row[0]));
          const rest = s.columns.slice(1).map((col, i) => `${col}: ${row[i + 1] === '' ? '-' : row[i + 1]}`);
          doc.font('Helvetica').text(rest.join(' · '), { indent: 12 });
          doc.moveDown(0.2);
        }
      }
      doc.moveDown();
    }
    doc.end();
  });
}

/** The assessment as an Excel workbook: one sheet per section, tables with a bold, filterable header. */
export async function impactXlsx(r: ImpactReport): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
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
