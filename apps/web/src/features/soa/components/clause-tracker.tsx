// The clause tracker (§4–§10): status and notes for every clause 4.1–10.2.
import { Select, Table, Text, TextInput } from '@mantine/core';
import {
  IMPLEMENTATION_STATUS_LABEL,
  IMPLEMENTATION_STATUSES,
  type ImplementationStatus,
} from '@openaims/core';
import { useQuery } from '@tanstack/react-query';
import { ErrorState } from '../../../components/error-state.tsx';
import { PageSkeleton } from '../../../components/page-loader.tsx';
import { useCurrentOrg } from '../../orgs/use-current-org.ts';
import { clausesQuery, useUpdateClause } from '../api/soa.ts';

const STATUS_OPTIONS = IMPLEMENTATION_STATUSES.map((s) => ({
  value: s,
  label: IMPLEMENTATION_STATUS_LABEL[s],
}));

export function ClauseTracker() {
  const { orgId, can } = useCurrentOrg();
  const clauses = useQuery(clausesQuery(orgId));
  const update = useUpdateClause(orgId);
  const canEdit = can('clause:update');
  if (clauses.isPending) return <PageSkeleton />;
  if (clauses.error) return <ErrorState error={clauses.error} onRetry={() => clauses.refetch()} />;
  return (
    <Table aria-label="Clause tracker">
      <Table.Thead>
        <Table.Tr>
          <Table.Th>Clause</Table.Th>
          <Table.Th>Title</Table.Th>
          <Table.Th>Status</Table.Th>
          <Table.Th>Notes</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {clauses.data.items.map((c) => (
          <Table.Tr key={c.clauseRef}>
            <Table.Td>{c.clauseRef}</Table.Td>
            <Table.Td>
              <Text size="sm">{c.title}</Text>
            </Table.Td>
            <Table.Td>
              <Select
                aria-label={`Clause ${c.clauseRef} status`}
                data={STATUS_OPTIONS}
                value={c.status}
                allowDeselect={false}
                disabled={!canEdit}
                onChange={(v) =>
                  v &&
                  update.mutate({
                    clauseRef: c.clauseRef,
                    version: c.version,
                    input: { status: v as ImplementationStatus },
                  })
                }
                w={190}
              />
            </Table.Td>
            <Table.Td>
              <TextInput
                aria-label={`Clause ${c.clauseRef} notes`}
                defaultValue={c.notes}
                disabled={!canEdit}
                onBlur={(e) =>
                  e.currentTarget.value !== c.notes &&
                  update.mutate({
                    clauseRef: c.clauseRef,
                    version: c.version,
                    input: { notes: e.currentTarget.value },
                  })
                }
              />
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
