// SoA as XLSX and CSV (DESIGN §6): one row per Annex A control under a header naming organization and version.
import { csvText } from '../common/csv.ts';
import { loadExcel } from '../common/heavy-modules.ts';
import { SOA_COLUMNS, type SoaReport, soaRows, versionLine } from './soa-report.ts';

/** The SoA as an Excel workbook: a title block, then a header row and 38 control rows. */
export async function soaXlsx(r: SoaReport): Promise<Buffer> {
  const wb = new (await loadExcel()).Workbook();
  wb.creator = 'OpenAIMS';
  wb.created = r.generatedAt;
  const ws = wb.addWorksheet('Statement of Applicability', { views: [{ state: 'frozen', ySplit: 5 }] });
  ws.addRow([`Statement of Applicability — ${r.organization.name}`]).font = { bold: true, size: 14 };
  ws.addRow(['ISO/IEC 42001:2023 Annex A']);
  ws.addRow([versionLine(r)]);
  ws.addRow([`Generated ${r.generatedAt.toISOString()}`]);
  const header = ws.addRow([...SOA_COLUMNS]);
  header.font = { bold: true };
  for (const row of soaRows(r)) ws.addRow(row);
  ws.columns.forEach((c, i) => {
    c.width = [10, 48, 8, 11, 48, 20, 24, 30, 30, 30][i];
  });
  ws.autoFilter = { from: { row: 5, column: 1 }, to: { row: 5, column: SOA_COLUMNS.length } };
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** The SoA as RFC 4180 CSV: a header row and one row per control. */
export function soaCsv(r: SoaReport): string {
  return csvText([[...SOA_COLUMNS], ...soaRows(r)]);
}
