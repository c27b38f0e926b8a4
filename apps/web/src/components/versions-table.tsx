// The version history of a versioned record (a document, the risk criteria): one striped row per version, marked
// with `data-version` so a version can be found by its number, scrolling sideways on a narrow screen.
import { Table } from '@mantine/core';
import { type SimpleColumn, SimpleTable } from './simple-table.tsx';

export function VersionsTable<V extends { id: string; number: number }>(props: {
  /** Accessible name of the table. */
  label: string;
  /** Below this width the table scrolls instead of squeezing its columns. */
  minWidth: number;
  versions: readonly V[];
  columns: SimpleColumn<V>[];
}) {
  return (
    <Table.ScrollContainer minWidth={props.minWidth}>
      <SimpleTable
        striped
        label={props.label}
        rows={props.versions}
        rowKey={(v) => v.id}
        rowProps={(v) => ({ 'data-version': String(v.number) })}
        columns={props.columns}
      />
    </Table.ScrollContainer>
  );
}
