// AI objectives (§6.2): what the AIMS should achieve, with each KPI's latest measurement and status (§9.1).
import { Group, Stack, Text } from '@mantine/core';
import { OBJECTIVE_STATUSES, type Objective } from '@openaims/core';
import { useState } from 'react';
import { AddButton } from '../../../components/add-button.tsx';
import { type Column, DataTable } from '../../../components/data-table.tsx';
import { EmptyState } from '../../../components/empty-state.tsx';
import { linkColumn } from '../../../components/link-column.tsx';
import { PageHeader } from '../../../components/page-header.tsx';
import { type FilterOption, SegmentedFilter } from '../../../components/segmented-filter.tsx';
import { useListControls } from '../../../components/use-list-controls.ts';
import { useCurrentOrg } from '../../orgs/use-current-org.ts';
import { useObjectives } from '../api/objectives.ts';
import { KpiStatusBadge } from './kpi-status.tsx';
import { ObjectiveModal, STATUS_LABEL } from './objective-modal.tsx';

/** Objectives shown: all, or those in one status. */
const STATUS_FILTER: FilterOption<'all' | Objective['status']>[] = [
  { value: 'all', label: 'All' },
  ...OBJECTIVE_STATUSES.map((s) => ({ value: s, label: STATUS_LABEL[s] })),
];

export function ObjectivesPage() {
  const { orgId, can } = useCurrentOrg();
  const controls = useListControls('title');
  const [status, setStatus] = useState<'all' | Objective['status']>('all');
  const [opened, setOpened] = useState(false);
  const state = useObjectives(orgId, {
    q: controls.q,
    sort: controls.sort,
    status: status === 'all' ? undefined : status,
  });
  const columns: Column<Objective>[] = [
    linkColumn({ field: 'title', header: 'Objective', to: '/orgs/$orgId/objectives/$id', orgId }),
    { key: 'status', header: 'Status', sortField: 'status', render: (o) => STATUS_LABEL[o.status] },
    {
      key: 'kpis',
      header: 'KPIs',
      render: (o) =>
        o.kpis.length === 0 ? (
          '—'
        ) : (
          <Stack gap={4}>
            {o.kpis.map((k) => {
              const p = o.progress.find((x) => x.kpiId === k.id);
              return (
                <Group key={k.id} gap={6} wrap="nowrap">
                  <KpiStatusBadge status={p?.status ?? 'no_data'} />
                  <Text size="sm">
                    {k.name}
                    {p?.latest ? `: ${p.latest.value}${k.unit} (target ${k.target}${k.unit})` : ''}
                  </Text>
                </Group>
              );
            })}
          </Stack>
        ),
    },
    { key: 'target', header: 'Target date', render: (o) => o.targetDate ?? '—' },
  ];
  return (
    <>
      <PageHeader
        title="Objectives"
        description="AI objectives consistent with the AI policy (§6.2), each with KPIs whose measurements show progress (§9.1)."
        actions={
          can('objective:update') && <AddButton onClick={() => setOpened(true)}>New objective</AddButton>
        }
      />
      <DataTable
        label="Objectives"
        columns={columns}
        state={state}
        controls={controls}
        searchPlaceholder="Search objectives"
        toolbar={
          <SegmentedFilter aria-label="Status" options={STATUS_FILTER} value={status} onChange={setStatus} />
        }
        empty={
          <EmptyState
            title="No objectives yet"
            description="Set AI objectives that follow from your AI policy, such as fair outcomes or fewer incidents, and say how you will measure them."
          />
        }
      />
      <ObjectiveModal orgId={orgId} objective={null} opened={opened} onClose={() => setOpened(false)} />
    </>
  );
}
