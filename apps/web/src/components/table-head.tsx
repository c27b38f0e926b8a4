// The header row of a table whose rows a page writes by hand (SimpleTable and DataTable draw their own headers):
// one cell per label, in order; '' leaves a column (such as one of row buttons) without a heading.
import { Table } from '@mantine/core';

export function TableHead({ labels }: { labels: readonly string[] }) {
  return (
    <Table.Thead>
      <Table.Tr>
        {labels.map((label) => (
          <Table.Th key={label}>{label}</Table.Th>
        ))}
      </Table.Tr>
    </Table.Thead>
  );
}
