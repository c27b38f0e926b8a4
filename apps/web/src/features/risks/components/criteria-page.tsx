// The organization's AI risk criteria (§6.1.1): the current version, its history, and (for leads) a new version.
import { Badge, Button, Group, Paper, SimpleGrid, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import type { RiskCriteria } from '@openaims/core';
import { IconPencil } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { ErrorState } from '../../../components/error-state.tsx';
import { PageHeader } from '../../../components/page-header.tsx';
import { PageSkeleton } from '../../../components/page-loader.tsx';
import { SimpleTable } from '../../../components/simple-table.tsx';
import { formatDateTime } from '../../../lib/format.ts';
import { useCurrentOrg } from '../../orgs/use-current-org.ts';
import { riskCriteriaVersionsQuery, useUpdateRiskCriteria } from '../api/criteria.ts';
import { riskCriteriaQuery } from '../api/risks.ts';
import { CriteriaEditor } from './criteria-editor.tsx';
import { CriteriaLegend } from './criteria-legend.tsx';
import { CriteriaVersions } from './criteria-versions.tsx';
import { RiskHeatmap } from './risk-heatmap.tsx';
import { RiskTabs } from './risk-tabs.tsx';

function Scales({ criteria }: { criteria: RiskCriteria }) {
  const rows = Math.max(criteria.likelihoodLabels.length, criteria.consequenceLabels.length);
  return (
    <SimpleTable
      label="Scales"
      withTableBorder
      rows={Array.from({ length: rows }, (_, i) => i)}
      rowKey={String}
      columns={[
        { header: 'Rating', render: (i) => i + 1 },
        { header: 'Likelihood', render: (i) => criteria.likelihoodLabels[i] ?? '—' },
        { header: 'Consequence', render: (i) => criteria.consequenceLabels[i] ?? '—' },
      ]}
    />
  );
}

export function RiskCriteriaPage() {
  const { orgId, can } = useCurrentOrg();
  const current = useQuery(riskCriteriaQuery(orgId));
  const versions = useQuery(riskCriteriaVersionsQuery(orgId));
  const update = useUpdateRiskCriteria(orgId);
  const [editing, setEditing] = useState(false);
  const c = current.data;
  const mayEdit = can('risk_criteria:update');

  return (
    <>
      <PageHeader
        title="Risk criteria"
        eyebrow={<Badge variant="light">ISO/IEC 42001 6.1.1</Badge>}
        description="How likelihood and consequence are rated, which scores make which level, and the risk appetite. Every change is kept as a version so earlier assessments stay comparable."
        actions={
          mayEdit &&
          c &&
          !editing && (
            <Button size="xs" leftSection={<IconPencil size={14} />} onClick={() => setEditing(true)}>
              Edit criteria
            </Button>
          )
        }
      />
      <RiskTabs orgId={orgId} />
      {current.error ? (
        <ErrorState error={current.error} onRetry={() => current.refetch()} />
      ) : !c ? (
        <PageSkeleton />
      ) : editing ? (
        <CriteriaEditor
          current={c}
          update={update}
          onCancel={() => setEditing(false)}
          onSaved={(saved) => {
            setEditing(false);
            notifications.show({
              color: 'teal',
              message: `Risk criteria version ${saved.number} saved.`,
            });
          }}
        />
      ) : (
        <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="lg">
          <Paper withBorder p="md" radius="md">
            <RiskHeatmap title={`Current criteria: version ${c.number}`} criteria={c} />
            <CriteriaLegend criteria={c} />
            <Text size="xs" c="dimmed" mt="xs">
              Saved {formatDateTime(c.createdAt)}
              {c.note ? ` · ${c.note}` : ''}
            </Text>
          </Paper>
          <Scales criteria={c} />
        </SimpleGrid>
      )}
      <Group justify="space-between" mt="xl" mb="sm">
        <Title order={2} size="h4">
          Versions
        </Title>
      </Group>
      {versions.error ? (
        <ErrorState error={versions.error} onRetry={() => versions.refetch()} />
      ) : versions.isPending ? (
        <PageSkeleton />
      ) : (
        <CriteriaVersions versions={versions.data.items} />
      )}
    </>
  );
}
