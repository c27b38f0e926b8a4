// The catalogue browser: each framework's requirements with our own summaries, searchable.
import { Badge, Group, Select, Table, Text, TextInput } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { ErrorState } from '../../../components/error-state.tsx';
import { PageSkeleton } from '../../../components/page-loader.tsx';
import { TableHead } from '../../../components/table-head.tsx';
import { frameworksQuery, requirementsQuery } from '../api/soa.ts';

export function CatalogBrowser() {
  const frameworks = useQuery(frameworksQuery());
  const [framework, setFramework] = useState('iso-iec-42001-2023');
  const [q, setQ] = useState('');
  const reqs = useQuery(requirementsQuery(framework, q));
  return (
    <>
      <Group mb="md" align="flex-end">
        <Select
          label="Framework"
          data={(frameworks.data?.items ?? []).map((f) => ({ value: f.id, label: f.title }))}
          value={framework}
          onChange={(v) => v && setFramework(v)}
          allowDeselect={false}
          w={460}
        />
        <TextInput label="Search" value={q} onChange={(e) => setQ(e.currentTarget.value)} w={260} />
      </Group>
      {reqs.isPending ? (
        <PageSkeleton />
      ) : reqs.error ? (
        <ErrorState error={reqs.error} />
      ) : (
        <Table aria-label="Catalogue requirements">
          <TableHead labels={['Ref', 'Title', 'Kind', 'Summary (our words)']} />
          <Table.Tbody>
            {reqs.data.items.map((r) => (
              <Table.Tr key={r.ref}>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>{r.ref}</Table.Td>
                <Table.Td>{r.title}</Table.Td>
                <Table.Td>
                  <Badge variant="light" color="gray.8">
                    {r.kind}
                  </Badge>
                </Table.Td>
                <Table.Td>
                  <Text size="sm">{r.summary}</Text>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </>
  );
}
