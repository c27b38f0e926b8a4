// The threat catalogue (risk identification, §6.1.2): search the imported techniques; leads import MITRE ATLAS.
import { Badge, Button, Group, Table, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconSearch } from '@tabler/icons-react';
import { keepPreviousData } from '@tanstack/react-query';
import { useState } from 'react';
import { EmptyState } from '../../../components/empty-state.tsx';
import { ErrorState } from '../../../components/error-state.tsx';
import { PageHeader } from '../../../components/page-header.tsx';
import { PageSkeleton } from '../../../components/page-loader.tsx';
import { SimpleTable } from '../../../components/simple-table.tsx';
import { useCollection } from '../../../lib/collection.ts';
import { useCurrentOrg } from '../../orgs/use-current-org.ts';
import { type Threat, threatCatalogueQuery } from '../api/threats.ts';
import { AtlasImport, techniqueColumns } from './atlas-import.tsx';
import { RiskTabs } from './risk-tabs.tsx';

/** ATLAS descriptions are Markdown; in a table cell, a link reads better as its text alone. */
const plain = (md: string) => md.replace(/\[([^\]]+)\]\([^)]*\)/g, '$1');

export function ThreatsPage() {
  const { orgId, can } = useCurrentOrg();
  const [q, setQ] = useState('');
  const [debounced] = useDebouncedValue(q.trim(), 250);
  const list = useCollection({
    ...threatCatalogueQuery(orgId, debounced),
    placeholderData: keepPreviousData,
  });
  const mayImport = can('threat:import');

  return (
    <>
      <PageHeader
        title="Threat catalogue"
        eyebrow={<Badge variant="light">ISO/IEC 42001 6.1.2</Badge>}
        description="Known attack techniques on AI systems, to pick from when you identify a risk. The data is yours: it comes from the files you import."
      />
      <RiskTabs orgId={orgId} />
      {mayImport && <AtlasImport orgId={orgId} />}
      <Group mb="md" align="flex-end">
        <TextInput
          label="Search techniques"
          description="Part of an id or name, e.g. AML.T0020 or poison"
          leftSection={<IconSearch size={16} />}
          value={q}
          onChange={(e) => setQ(e.currentTarget.value)}
          w={360}
        />
        {!list.isPending && (
          <Text size="sm" c="dimmed" aria-live="polite">
            {list.hasMore ? `The first ${list.items.length} matches` : `${list.items.length} techniques`}
          </Text>
        )}
      </Group>
      {list.error ? (
        <ErrorState error={list.error} onRetry={() => list.refetch()} />
      ) : list.isPending ? (
        <PageSkeleton />
      ) : list.items.length === 0 ? (
        debounced ? (
          <Text c="dimmed">No technique matches “{debounced}”. Try part of a name or an id.</Text>
        ) : (
          <EmptyState
            title="No threats yet"
            description={
              mayImport
                ? 'Import the MITRE ATLAS YAML file above to fill the catalogue.'
                : 'Ask an AIMS manager to import the MITRE ATLAS file; its techniques then appear here.'
            }
          />
        )
      ) : (
        <Table.ScrollContainer minWidth={760}>
          <SimpleTable
            striped
            label="Threat catalogue"
            rows={list.items}
            rowKey={(t) => t.id}
            rowProps={(t) => ({ 'data-threat': t.externalId })}
            columns={[
              ...techniqueColumns<Threat>({ style: { whiteSpace: 'nowrap' } }),
              {
                header: 'Description',
                cell: { maw: 420 },
                render: (t) => (
                  <Text size="sm" lineClamp={2}>
                    {plain(t.description) || '—'}
                  </Text>
                ),
              },
            ]}
          />
          {list.hasMore && (
            <Group justify="center" mt="sm">
              <Button variant="default" loading={list.isLoadingMore} onClick={list.loadMore}>
                Load more
              </Button>
            </Group>
          )}
        </Table.ScrollContainer>
      )}
    </>
  );
}
