// A workbook written row by row (exceljs's streaming writer): each row is committed to the zip as it is added, so a
// register of 20,000 risks never stands whole in memory as cell objects (issue 17: the in-memory workbook took an
// audit pack from 260 to 960 MB at that size). Only the compressed file is held, to answer with its bytes.
import { PassThrough } from 'node:stream';
import type { stream as ExcelStream } from 'exceljs';
import { loadExcel } from './heavy-modules.ts';

/** The streaming workbook writer, for a `write` that adds worksheets and rows. */
export type StreamedWorkbook = ExcelStream.xlsx.WorkbookWriter;

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
