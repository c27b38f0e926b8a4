// One AI objective: its KPIs with a trend chart each, a form to record a measurement (§9.1), and its history.
import {
  Alert,
  Button,
  Group,
  NumberInput,
  Paper,
  Select,
  SimpleGrid,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { todayUtc } from '@openaims/core';
import { useParams } from '@tanstack/react-router';
import { useState } from 'react';
import { ErrorAlert } from '../../../components/error-alert.tsx';
import { ErrorState } from '../../../components/error-state.tsx';
import { PageHeader } from '../../../components/page-header.tsx';
import { PageSkeleton } from '../../../components/page-loader.tsx';
import { TableHead } from '../../../components/table-head.tsx';
import { useCurrentOrg } from '../../orgs/use-current-org.ts';
import { useAddMeasurement, useMeasurements, useObjective } from '../api/objectives.ts';
import { KpiChart } from './kpi-chart.tsx';
import { KpiStatusBadge } from './kpi-status.tsx';
import { ObjectiveModal, STATUS_LABEL } from './objective-modal.tsx';

export function ObjectiveDetailPage() {
  const { orgId, can } = useCurrentOrg();
  const { id = '' } = useParams({ strict: false });
  const q = useObjective(orgId, id);
  const ms = useMeasurements(orgId, id);
  const add = useAddMeasurement(orgId, id);
  const [editing, setEditing] = useState(false);
  const [kpiId, setKpiId] = useState<string | null>(null);
  const [value, setValue] = useState<number | string>('');
  const [date, setDate] = useState(todayUtc());
  if (q.error) return <ErrorState error={q.error} />;
  if (!q.data) return <PageSkeleton />;
  const o = q.data;
  const measurements = ms.data?.items ?? [];
  const record = () =>
    kpiId &&
    add.mutate(
      { kpiId, value: Number(value), measuredAt: date },
      {
        onSuccess: () => {
          setValue('');
          notifications.show({ color: 'teal', message: 'Measurement recorded.' });
        },
      },
    );
  return (
    <>
      <PageHeader
        title={o.title}
        description={`${STATUS_LABEL[o.status]}${o.targetDate ? ` · due ${o.targetDate}` : ''}${o.policyLink ? ` · serves: ${o.policyLink}` : ''}`}
        actions={
          can('objective:update') && (
            <Button variant="default" onClick={() => setEditing(true)}>
              Change
            </Button>
          )
        }
      />
      <Stack gap="lg">
        {o.description && <Text>{o.description}</Text>}
        {o.kpis.length === 0 && <Alert color="blue">Add a KPI to measure this objective.</Alert>}
        <SimpleGrid cols={{ base: 1, md: 2 }}>
          {o.kpis.map((k) => {
            const p = o.progress.find((x) => x.kpiId === k.id);
            return (
              <Paper key={k.id} withBorder p="md">
                <Group justify="space-between" mb="xs">
                  <Title order={2} size="h5">
                    {k.name}
                  </Title>
                  <KpiStatusBadge status={p?.status ?? 'no_data'} />
                </Group>
                <KpiChart kpi={k} measurements={measurements} />
              </Paper>
            );
          })}
        </SimpleGrid>
        {can('measurement:create') && o.kpis.length > 0 && !o.archivedAt && (
          <Paper withBorder p="md">
            <Title order={2} size="h5" mb="xs">
              Record a measurement
            </Title>
            <Group align="flex-end">
              <Select
                label="KPI"
                value={kpiId}
                onChange={setKpiId}
                data={o.kpis.map((k) => ({ value: k.id, label: k.name }))}
              />
              <NumberInput label="Value" value={value} onChange={setValue} w={140} />
              <TextInput
                type="date"
                label="Measured on"
                value={date}
                onChange={(e) => setDate(e.currentTarget.value)}
              />
              <Button onClick={record} loading={add.isPending} disabled={!kpiId || value === ''}>
                Record
              </Button>
            </Group>
            <ErrorAlert error={add.error} mt="sm" />
          </Paper>
        )}
        <Title order={2} size="h4">
          Measurements
        </Title>
        {measurements.length === 0 ? (
          <Text c="dimmed">None recorded yet.</Text>
        ) : (
          <Table striped aria-label="Measurements">
            <TableHead labels={['Measured on', 'KPI', 'Value', 'Note']} />
            <Table.Tbody>
              {measurements.map((m) => {
                const k = o.kpis.find((x) => x.id === m.kpiId);
                return (
                  <Table.Tr key={m.id}>
                    <Table.Td>{m.measuredAt}</Table.Td>
                    <Table.Td>{k?.name ?? m.kpiId}</Table.Td>
                    <Table.Td>
                      {m.value}
                      {k?.unit}
                    </Table.Td>
                    <Table.Td>{m.note || '—'}</Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        )}
      </Stack>
      <ObjectiveModal orgId={orgId} objective={o} opened={editing} onClose={() => setEditing(false)} />
    </>
  );
}
