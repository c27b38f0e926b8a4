// One model: identity and licence, metrics, the datasets it was trained and tested on, and V&V records (A.6.2.4).
import { Button, Group, Paper, Select, Stack, Table, Text, Textarea, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import {
  type Model,
  todayUtc,
  UpdateModelSchema,
  VERIFICATION_KIND_LABEL,
  VERIFICATION_KINDS,
  VERIFICATION_OUTCOME_LABEL,
  VERIFICATION_OUTCOMES,
  VerificationRecordSchema,
} from '@openaims/core';
import { useParams } from '@tanstack/react-router';
import { zod4Resolver } from 'mantine-form-zod-resolver';
import { useState } from 'react';
import type { z } from 'zod';
import { ErrorState } from '../../../components/error-state.tsx';
import { AnchorLink } from '../../../components/links.tsx';
import { PageHeader } from '../../../components/page-header.tsx';
import { PageSkeleton } from '../../../components/page-loader.tsx';
import { applyFieldErrors, errorMessage } from '../../../lib/errors.ts';
import { useCurrentOrg } from '../../orgs/use-current-org.ts';
import { useDatasets, useSuppliers } from '../api/list-records.ts';
import { useRecord, useUpdateRecord } from '../api/record-detail.ts';
import { AttributesPanel } from './attributes-panel.tsx';

type Values = Pick<
  Model,
  'name' | 'modelVersion' | 'modelType' | 'provider' | 'licence' | 'supplierId' | 'description'
>;
type Record = z.input<typeof VerificationRecordSchema>;
const KINDS = VERIFICATION_KINDS.map((v) => ({ value: v, label: VERIFICATION_KIND_LABEL[v] }));
const OUTCOMES = VERIFICATION_OUTCOMES.map((v) => ({ value: v, label: VERIFICATION_OUTCOME_LABEL[v] }));

export function ModelDetailPage() {
  const { orgId, can } = useCurrentOrg();
  const { id = '' } = useParams({ strict: false });
  const query = useRecord(orgId, 'models', id);
  if (query.isPending) return <PageSkeleton />;
  if (query.error) return <ErrorState error={query.error} onRetry={() => void query.refetch()} />;
  return (
    <ModelDetail
      key={query.data.version}
      orgId={orgId}
      model={query.data}
      canEdit={can('model:update') && !query.data.archivedAt}
    />
  );
}

function ModelDetail({ orgId, model, canEdit }: { orgId: string; model: Model; canEdit: boolean }) {
  const update = useUpdateRecord(orgId, 'models', model.id);
  const suppliers = useSuppliers(orgId).items.map((s) => ({ value: s.id, label: s.name }));
  const datasetName = new Map(useDatasets(orgId).items.map((d) => [d.id, d.name]));
  const form = useForm<Values>({
    mode: 'uncontrolled',
    initialValues: {
      name: model.name,
      modelVersion: model.modelVersion,
      modelType: model.modelType,
      provider: model.provider,
      licence: model.licence,
      supplierId: model.supplierId,
      description: model.description,
    },
    validate: zod4Resolver(UpdateModelSchema),
  });
  const [vv, setVv] = useState<Record>({
    date: todayUtc(),
    kind: 'validation',
    summary: '',
    outcome: 'passed',
  });
  const save = (input: Parameters<typeof update.mutate>[0]['input'], message: string) =>
    update.mutate(
      { version: model.version, input },
      {
        onSuccess: () => notifications.show({ color: 'teal', message }),
        onError: (e) =>
          applyFieldErrors(form, e) ||
          notifications.show({ color: 'red', title: 'Not saved', message: errorMessage(e) }),
      },
    );
  const addRecord = () => {
    const parsed = VerificationRecordSchema.safeParse(vv);
    if (parsed.success)
      save({ verificationRecords: [...model.verificationRecords, parsed.data] }, 'Record added.');
    else
      notifications.show({
        color: 'red',
        title: 'Not added',
        message: parsed.error.issues[0]?.message ?? 'Check the fields.',
      });
  };
  return (
    <>
      <PageHeader
        title={model.name}
        eyebrow={
          <AnchorLink to="/orgs/$orgId/models" params={{ orgId }} size="sm">
            ← Models
          </AnchorLink>
        }
        description={`Version ${model.version} · ${model.source === 'manual' ? 'entered by hand' : `imported from ${model.source}`}`}
      />
      <Stack gap="md" maw={900}>
        <Paper withBorder p="lg" radius="md">
          <form onSubmit={form.onSubmit((v) => save(v, 'Saved.'))} noValidate>
            <Stack gap="sm">
              <TextInput
                label="Name"
                required
                readOnly={!canEdit}
                key={form.key('name')}
                {...form.getInputProps('name')}
              />
              <Group grow>
                <TextInput
                  label="Model version"
                  readOnly={!canEdit}
                  key={form.key('modelVersion')}
                  {...form.getInputProps('modelVersion')}
                />
                <TextInput
                  label="Type"
                  readOnly={!canEdit}
                  key={form.key('modelType')}
                  {...form.getInputProps('modelType')}
                />
              </Group>
              <Group grow>
                <TextInput
                  label="Provider"
                  readOnly={!canEdit}
                  key={form.key('provider')}
                  {...form.getInputProps('provider')}
                />
                <TextInput
                  label="Licence"
                  readOnly={!canEdit}
                  key={form.key('licence')}
                  {...form.getInputProps('licence')}
                />
                <Select
                  label="Supplier"
                  data={suppliers}
                  clearable
                  searchable
                  readOnly={!canEdit}
                  key={form.key('supplierId')}
                  {...form.getInputProps('supplierId')}
                />
              </Group>
              <Textarea
                label="Description"
                autosize
                minRows={2}
                readOnly={!canEdit}
                key={form.key('description')}
                {...form.getInputProps('description')}
              />
              {canEdit && (
                <Group>
                  <Button type="submit" loading={update.isPending}>
                    Save
                  </Button>
                </Group>
              )}
            </Stack>
          </form>
        </Paper>
        <Paper withBorder p="lg" radius="md">
          <Title order={2} size="h4" mb="sm">
            Data and metrics
          </Title>
          <Text size="sm" mb="xs">
            {model.datasets.length
              ? model.datasets
                  .map((d) => `${datasetName.get(d.datasetId) ?? d.datasetId} (${d.purpose})`)
                  .join(', ')
              : 'No datasets linked.'}
          </Text>
          {model.metrics.length > 0 && (
            <Table aria-label="Metrics">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>Metric</Table.Th>
                  <Table.Th>Value</Table.Th>
                  <Table.Th>Dataset or slice</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {model.metrics.map((m) => (
                  <Table.Tr key={`${m.name} ${m.dataset ?? ''} ${m.slice ?? ''} ${m.value}`}>
                    <Table.Td>{m.name}</Table.Td>
                    <Table.Td>{m.value || '—'}</Table.Td>
                    <Table.Td>{m.dataset ?? m.slice ?? '—'}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          )}
        </Paper>
        <AttributesPanel attributes={model.attributes} />
        <Paper withBorder p="lg" radius="md">
          <Stack gap="sm">
            <Title order={2} size="h4">
              Verification and validation (A.6.2.4)
            </Title>
            {model.verificationRecords.length === 0 ? (
              <Text size="sm">No records yet.</Text>
            ) : (
              <Table aria-label="Verification and validation records">
                <Table.Tbody>
                  {model.verificationRecords.map((r) => (
                    <Table.Tr key={`${r.date} ${r.kind} ${r.summary}`}>
                      <Table.Td>{r.date}</Table.Td>
                      <Table.Td>{VERIFICATION_KIND_LABEL[r.kind]}</Table.Td>
                      <Table.Td>{VERIFICATION_OUTCOME_LABEL[r.outcome]}</Table.Td>
                      <Table.Td>{r.summary}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            )}
            {canEdit && (
              <Group align="end">
                <TextInput
                  label="Date"
                  type="date"
                  value={vv.date}
                  onChange={(e) => setVv({ ...vv, date: e.currentTarget.value })}
                />
                <Select
                  label="Kind"
                  data={KINDS}
                  allowDeselect={false}
                  value={vv.kind}
                  onChange={(v) => v && setVv({ ...vv, kind: v as Record['kind'] })}
                  w={150}
                />
                <Select
                  label="Outcome"
                  data={OUTCOMES}
                  allowDeselect={false}
                  value={vv.outcome ?? 'passed'}
                  onChange={(v) => v && setVv({ ...vv, outcome: v as Record['outcome'] })}
                  w={150}
                />
                <TextInput
                  label="Summary"
                  value={vv.summary}
                  onChange={(e) => setVv({ ...vv, summary: e.currentTarget.value })}
                  w={240}
                />
                <Button variant="default" loading={update.isPending} onClick={addRecord}>
                  Add record
                </Button>
              </Group>
            )}
          </Stack>
        </Paper>
      </Stack>
    </>
  );
}
