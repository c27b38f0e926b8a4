// SoA as XLSX and CSV (DESIGN §6): one row per Annex A control under a header naming organization and version.
import { csvText } from '../common/csv.ts';
import { commitRow, streamedXlsx } from '../common/xlsx-stream.ts';
import { SOA_COLUMNS, type SoaReport, soaRows, versionLine } from './soa-report.ts';

/** Column widths of the SoA workbook, in the order of SOA_COLUMNS. */
const WIDTHS = [10, 48, 8, 11, 48, 20, 24, 30, 30, 30];

/** The SoA as an Excel workbook: a title block, then a header row and 38 control rows, written row by row. */
export function soaXlsx(r: SoaReport): Promise<Buffer> {
  return streamedXlsx((wb) => {
    wb.created = r.generatedAt;
    const ws = wb.addWorksheet('Statement of Applicability', { views: [{ state: 'frozen', ySplit: 5 }] });
    ws.columns = WIDTHS.map((width) => ({ width }));
    ws.autoFilter = { from: { row: 5, column: 1 }, to: { row: 5, column: SOA_COLUMNS.length } };
    commitRow(ws, [`Statement of Applicability — ${r.organization.name}`], { bold: true, size: 14 });
    commitRow(ws, ['ISO/IEC 42001:2023 Annex A']);
    commitRow(ws, [versionLine(r)]);
    commitRow(ws, [`Generated ${r.generatedAt.toISOString()}`]);
    commitRow(ws, [...SOA_COLUMNS], { bold: true });
    for (const row of soaRows(r)) commitRow(ws, row);
    ws.commit();
  });
}

/** The SoA as RFC 4180 CSV: a header row and one row per control. */
export function soaCsv(r: SoaReport): string {
  return csvText([[...SOA_COLUMNS], ...soaRows(r)]);
}
