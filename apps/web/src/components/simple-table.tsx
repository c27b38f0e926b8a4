// A plain table over rows already in hand: a header row from the columns, one body row per item.
// DataTable is for server collections (search, sort, paging); this is for the short lists inside a page.
import { Table, type TableProps, type TableTdProps } from '@mantine/core';
import type { ReactNode } from 'react';

export interface SimpleColumn<T> {
  /** Omit on every column for a table without a header row. */
  header?: ReactNode;
  render: (row: T) => ReactNode;
  /** Props for this column's cells (width, style). */
  cell?: TableTdProps;
}

export function SimpleTable<T>({
  label,
  columns,
  rows,
  rowKey,
  rowProps,
  ...tableProps
}: {
  /** Accessible name of the table. */
  label?: string;
  columns: SimpleColumn<T>[];
  rows: readonly T[];
  rowKey: (row: T) => string;
  /** Extra attributes for a row, such as a data- attribute tests find it by. */
  rowProps?: (row: T) => Record<string, string | undefined>;
} & Omit<TableProps, 'children'>) {
  const headed = columns.some((c) => c.header !== undefined);
  return (
    <Table aria-label={label} {...tableProps}>
      {headed && (
        <Table.Thead>
          <Table.Tr>
            {columns.map((c, i) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: columns are fixed for the table's life
              <Table.Th key={i}>{c.header}</Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
      )}
      <Table.Tbody>
        {rows.map((row) => (
          <Table.Tr key={rowKey(row)} {...rowProps?.(row)}>
            {columns.map((c, i) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: columns are fixed for the table's life
              <Table.Td key={i} {...c.cell}>
                {c.render(row)}
              </Table.Td>
            ))}
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
