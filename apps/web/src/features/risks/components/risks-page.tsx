// The AI risks area (§6.1.1–6.1.3, §8.2–8.3): heatmaps, the filterable register, risk form, treatment and acceptance.
import { Alert, Badge, Button, Group, Modal, Select, SimpleGrid, Table, Text, Textarea } from '@mantine/core';
import { RISK_STATUSES, type Risk, TREATMENT_OPTIONS } from '@openaims/core';
import { IconDownload, IconPlus } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { ErrorState } from '../../../components/error-state.tsx';
import { AnchorLink, ButtonLink } from '../../../components/links.tsx';
import { PageHeader } from '../../../components/page-header.tsx';
import { PageSkeleton } from '../../../components/page-loader.tsx';
import { errorMessage } from '../../../lib/errors.ts';
import { useCurrentOrg } from '../../orgs/use-current-org.ts';
import {
  type RiskFilters,
  riskCriteriaQuery,
  risksQuery,
  threatsQuery,
  useAcceptRisk,
  useCreateRisk,
  useUpdateRisk,
} from '../api/risks.ts';
import { RiskForm, type RiskFormValues } from './risk-form.tsx';
import { RiskHeatmap } from './risk-heatmap.tsx';
import { RiskTabs } from './risk-tabs.tsx';

export function RisksPage() {
  const { orgId, can } = useCurrentOrg();
  const [filters, setFilters] = useState<RiskFilters>({});
  const criteria = useQuery(riskCriteriaQuery(orgId));
  const all = useQuery(risksQuery(orgId));
  const risks = useQuery(risksQuery(orgId, filters));
  const threats = useQuery(threatsQuery(orgId));
  const create = useCreateRisk(orgId);
  const update = useUpdateRisk(orgId);
  const accept = useAcceptRisk(orgId);
  const [editing, setEditing] = useState<Risk | 'new' | null>(null);
  const [accepting, setAccepting] = useState<Risk | null>(null);
  const [note, setNote] = useState('');
  const c = criteria.data;

  const save = (v: RiskFormValues) => {
    const done = { onSuccess: () => setEditing(null) };
    if (editing === 'new') create.mutate(v, done);
    else if (editing) update.mutate({ id: editing.id, version: editing.version, input: v }, done);
  };
  const level = (key: string | null, score: number | null) => {
    if (!key || score === null) return <Text c="dimmed">—</Text>;
    const band = c?.bands.find((b) => b.key === key);
    return (
      <Badge variant="outline" color="dark">
        {score} · {band?.label ?? key}
      </Badge>
    );
  };

  return (
    <>
      <PageHeader
        title="AI risks"
        eyebrow={<Badge variant="light">ISO/IEC 42001 6.1.2, 6.1.3, 8.2</Badge>}
        description={
          c
            ? `Risk criteria version ${c.number}: ${c.likelihoodLabels.length}×${c.consequenceLabels.length}, appetite up to score ${c.appetite}.`
            : undefined
        }
        actions={
          <Group gap="xs">
            <ButtonLink to="/orgs/$orgId/risks/board" params={{ orgId }} variant="default" size="xs">
              Treatment board
            </ButtonLink>
            <Button
              component="a"
              href={`/api/v1/orgs/${orgId}/exports/risks.xlsx`}
              download
              variant="default"
              size="xs"
              leftSection={<IconDownload size={14} />}
            >
              risks.xlsx
            </Button>
            <Button
              component="a"
              href={`/api/v1/orgs/${orgId}/exports/risks.pdf`}
              download
              variant="default"
              size="xs"
              leftSection={<IconDownload size={14} />}
            >
              risks.pdf
            </Button>
            {can('risk:create') && (
              <Button size="xs" leftSection={<IconPlus size={14} />} onClick={() => setEditing('new')}>
                New risk
              </Button>
            )}
          </Group>
        }
      />
      <RiskTabs orgId={orgId} />
      {criteria.error || all.error ? (
        <ErrorState error={criteria.error ?? all.error} />
      ) : !c || all.isPending ? (
        <PageSkeleton />
      ) : (
        <SimpleGrid cols={{ base: 1, md: 2 }} mb="lg">
          <RiskHeatmap title="Inherent risk" criteria={c} risks={all.data.items} />
          <RiskHeatmap title="Residual risk" criteria={c} risks={all.data.items} residual />
        </SimpleGrid>
      )}
      <Group mb="md" gap="sm">
        <Select
          label="Level"
          placeholder="Any level"
          clearable
          data={c?.bands.map((b) => ({ value: b.key, label: b.label })) ?? []}
          value={filters.level ?? null}
          onChange={(x) => setFilters({ ...filters, level: x ?? undefined })}
          w={180}
        />
        <Select
          label="Status"
          placeholder="Any status"
          clearable
          data={[...RISK_STATUSES]}
          value={filters.status ?? null}
          onChange={(x) => setFilters({ ...filters, status: x ?? undefined })}
          w={180}
        />
        <Select
          label="Treatment"
          placeholder="Any treatment"
          clearable
          data={[...TREATMENT_OPTIONS]}
          value={filters.treatmentOption ?? null}
          onChange={(x) => setFilters({ ...filters, treatmentOption: x ?? undefined })}
          w={180}
        />
      </Group>
      {accept.error && (
        <Alert color="red" mb="md" title="Not accepted">
          {errorMessage(accept.error)}
        </Alert>
      )}
      {risks.isPending ? (
        <PageSkeleton />
      ) : risks.error ? (
        <ErrorState error={risks.error} onRetry={() => risks.refetch()} />
      ) : risks.data.items.length === 0 ? (
        <Text c="dimmed">
          No risks here yet. Use “New risk” to identify the first one, or clear a filter.
        </Text>
      ) : (
        <Table.ScrollContainer minWidth={900}>
          <Table striped aria-label="Risk register">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Risk</Table.Th>
                <Table.Th>Inherent</Table.Th>
                <Table.Th>Treatment</Table.Th>
                <Table.Th>Controls</Table.Th>
                <Table.Th>Residual</Table.Th>
                <Table.Th>Status</Table.Th>
                <Table.Th>Actions</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {risks.data.items.map((r) => (
                <Table.Tr key={r.id} data-risk={r.title}>
                  <Table.Td>
                    <AnchorLink to="/orgs/$orgId/risks/$riskId" params={{ orgId, riskId: r.id }}>
                      {r.title}
                    </AnchorLink>
                    {r.needsReassessment && (
                      <Badge ml="xs" color="red.9" size="sm">
                        Re-assess
                      </Badge>
                    )}
                  </Table.Td>
                  <Table.Td>{level(r.inherentLevel, r.inherentScore)}</Table.Td>
                  <Table.Td>{r.treatmentOption ?? '—'}</Table.Td>
                  <Table.Td>{r.controlRefs.join(', ') || '—'}</Table.Td>
                  <Table.Td>{level(r.residualLevel, r.residualScore)}</Table.Td>
                  <Table.Td>
                    {r.status === 'accepted' ? `accepted ${r.acceptedAt?.slice(0, 10)}` : r.status}
                  </Table.Td>
                  <Table.Td>
                    <Group gap={4} wrap="nowrap">
                      {can('risk:update') && (
                        <Button
                          size="compact-xs"
                          variant="default"
                          onClick={() => setEditing(r)}
                          aria-label={`Edit ${r.title}`}
                        >
                          Edit
                        </Button>
                      )}
                      {can('risk:accept') && r.treatmentApprovedAt && r.status !== 'accepted' && (
                        <Button
                          size="compact-xs"
                          variant="default"
                          onClick={() => {
                            setAccepting(r);
                            setNote('');
                          }}
                          aria-label={`Accept residual risk of ${r.title}`}
                        >
                          Accept
                        </Button>
                      )}
                    </Group>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      <Modal
        closeButtonProps={{ 'aria-label': 'Close' }}
        opened={editing !== null && !!c}
        onClose={() => setEditing(null)}
        title={editing === 'new' ? 'New risk' : 'Edit risk'}
        size="lg"
      >
        {(create.error || update.error) && (
          <Alert color="red" mb="sm" title="Not saved">
            {errorMessage(create.error ?? update.error)}
          </Alert>
        )}
        {c && editing !== null && (
          <RiskForm
            threats={threats.data?.items ?? []}
            criteria={c}
            risk={editing === 'new' ? undefined : editing}
            pending={create.isPending || update.isPending}
            onSubmit={save}
            onCancel={() => setEditing(null)}
          />
        )}
      </Modal>
      <Modal
        closeButtonProps={{ 'aria-label': 'Close' }}
        opened={accepting !== null}
        onClose={() => setAccepting(null)}
        title="Accept residual risk"
      >
        <Text size="sm" mb="sm">
          You accept the residual risk of “{accepting?.title}” under its approved treatment plan (ISO/IEC
          42001 6.1.3). Your name and the time are recorded.
        </Text>
        <Textarea
          label="Justification"
          description="Required when the residual score is above the appetite"
          value={note}
          onChange={(e) => setNote(e.currentTarget.value)}
          mb="sm"
        />
        <Group justify="flex-end">
          <Button
            loading={accept.isPending}
            onClick={() =>
              accepting && accept.mutate({ id: accepting.id, note }, { onSuccess: () => setAccepting(null) })
            }
          >
            Accept residual risk
          </Button>
        </Group>
      </Modal>
    </>
  );
}
