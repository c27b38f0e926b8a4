// The clause tracker (§4–§10): status and notes for every clause 4.1–10.2.
import { Text, TextInput } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { ErrorState } from '../../../components/error-state.tsx';
import { PageSkeleton } from '../../../components/page-loader.tsx';
import { SimpleTable } from '../../../components/simple-table.tsx';
import { useCurrentOrg } from '../../orgs/use-current-org.ts';
import { clausesQuery, useUpdateClause } from '../api/soa.ts';
import { ImplementationStatusSelect } from './implementation-status-select.tsx';

export function ClauseTracker() {
  const { orgId, can } = useCurrentOrg();
  const clauses = useQuery(clausesQuery(orgId));
  const update = useUpdateClause(orgId);
  const canEdit = can('clause:update');
  if (clauses.isPending) return <PageSkeleton />;
  if (clauses.error) return <ErrorState error={clauses.error} onRetry={() => clauses.refetch()} />;
  return (
    <SimpleTable
      label="Clause tracker"
      rows={clauses.data.items}
      rowKey={(c) => c.clauseRef}
      columns={[
        { header: 'Clause', render: (c) => c.clauseRef },
        { header: 'Title', render: (c) => <Text size="sm">{c.title}</Text> },
        {
          header: 'Status',
          render: (c) => (
            <ImplementationStatusSelect
              label={`Clause ${c.clauseRef} status`}
              value={c.status}
              disabled={!canEdit}
              onChange={(status) =>
                update.mutate({ clauseRef: c.clauseRef, version: c.version, input: { status } })
              }
            />
          ),
        },
        {
          header: 'Notes',
          render: (c) => (
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
          ),
        },
      ]}
    />
  );
}
