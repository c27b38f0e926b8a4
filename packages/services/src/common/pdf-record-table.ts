// A report table of records, declared column by column: each column names its heading, its share of the width and
// what its cell shows for one record, so a heading and its cell are written together and cannot fall out of step
// (the row arrays of a plain table must match the header list by position).
import type { Column, DocumentWriter } from './pdf-document.ts';

/** A table column and the text of its cell for one record. */
export interface RecordColumn<T> extends Column {
  cell(item: T): string;
}

/** Records read one at a time, by position, as their rows are drawn. */
export interface RecordSource<T> {
  count: number;
  item(index: number): T;
}

/** One table row per record, each cell from its column; `empty` is said instead when there are no records. */
export function recordTable<T>(
  w: DocumentWriter,
  items: readonly T[] | RecordSource<T>,
  columns: RecordColumn<T>[],
  opts: { empty?: string } = {},
): void {
  // Each row's cells are built as it is drawn (TableRows), not every row's first.
  const { count, item }: RecordSource<T> =
    'item' in items ? items : { count: items.length, item: (i) => items[i]! };
  w.table(columns, { count, row: (i) => columns.map((c) => c.cell(item(i))) }, opts);
}
