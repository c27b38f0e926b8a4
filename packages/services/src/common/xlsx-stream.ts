// A workbook written row by row (exceljs's streaming writer): each row is committed to the zip as it is added, so a
// register of 20,000 risks never stands whole in memory as cell objects, and no shared-strings table is built
// (issue 17). Only the compressed file is held, to answer with its bytes.
import { PassThrough } from 'node:stream';
import type { stream as ExcelStream, Font } from 'exceljs';
import { loadExcel } from './heavy-modules.ts';

/** The streaming workbook writer, for a `write` that adds worksheets and rows. */
export type StreamedWorkbook = ExcelStream.xlsx.WorkbookWriter;
type StreamedSheet = ReturnType<StreamedWorkbook['addWorksheet']>;

/** Adds one row (in `font`, e.g. bold for a header) and commits it to the file. */
export function commitRow(ws: StreamedSheet, values: unknown[], font?: Partial<Font>): void {
  const row = ws.addRow(values);
  if (font) row.font = font;
  row.commit();
}

/**
 * Builds a workbook with `write` and returns the file's bytes. `write` must define a sheet's columns before its first
 * row and commit each row (`addRow(…).commit()`); styles are kept, strings are written inline (no shared table).
 */
export async function streamedXlsx(write: (wb: StreamedWorkbook) => Promise<void> | void): Promise<Buffer> {
  const out = new PassThrough();
  const chunks: Buffer[] = [];
  out.on('data', (c: Buffer) => chunks.push(c));
  const ended = new Promise<void>((resolve, reject) => {
    out.once('end', resolve);
    out.once('error', reject);
  });
  const wb = new (await loadExcel()).stream.xlsx.WorkbookWriter({
    stream: out,
    useStyles: true,
    useSharedStrings: false,
  });
  wb.creator = 'OpenAIMS';
  await write(wb);
  await wb.commit();
  await ended;
  return Buffer.concat(chunks);
}
