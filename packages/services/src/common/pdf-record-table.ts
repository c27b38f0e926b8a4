// A report table of records, declared column by column: each column names its heading, its share of the width and
// what its cell shows for one record, so a heading and its cell are written together and cannot fall out of step
// (the row arrays of a plain table must match the header list by position).
import type { Column, DocumentWriter } from './pdf-document.ts';

/** A table column and the text of its cell for one record. */
export interface RecordColumn<T> extends Column {
  cell(item: T): string;
}

/** One table row per record, each cell from its column; `empty` is said instead when there are no records. */
export function recordTable<T>(
  w: DocumentWriter,
  items: readonly T[],
  columns: RecordColumn<T>[],
  opts: { empty?: string } = {},
): void {
  // Each row's cells are built as it is drawn (TableRows), not every row's first.
  w.table(columns, { count: items.length, row: (i) => columns.map((c) => c.cell(items[i]!)) }, opts);
}
