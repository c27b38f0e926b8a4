// One model: identity and licence, metrics, the datasets it was trained and tested on, and V&V records (A.6.2.4).
import { Group, Paper, Select, Stack, Text, Title } from '@mantine/core';
import {
  todayUtc,
  UpdateModelSchema,
  VERIFICATION_KIND_LABEL,
  VERIFICATION_KINDS,
  VERIFICATION_OUTCOME_LABEL,
  VERIFICATION_OUTCOMES,
  VerificationRecordSchema,
} from '@openaims/core';
import type { z } from 'zod';
import { FormTextarea, FormTextInput } from '../../../components/form-fields.tsx';
import { SimpleTable } from '../../../components/simple-table.tsx';
import { useDatasets } from '../api/list-records.ts';
import { AttributesPanel } from './attributes-panel.tsx';
import { EntryLogPanel, useNewEntry } from './entry-log-panel.tsx';
import { SupplierSelect } from './inventory-fields.tsx';
import { type RecordDetailProps, RecordDetailRoute, RecordForm, useRecordForm } from './record-detail.tsx';

type Record = z.input<typeof VerificationRecordSchema>;
const KINDS = VERIFICATION_KINDS.map((v) => ({ value: v, label: VERIFICATION_KIND_LABEL[v] }));
const OUTCOMES = VERIFICATION_OUTCOMES.map((v) => ({ value: v, label: VERIFICATION_OUTCOME_LABEL[v] }));

export function ModelDetailPage() {
  return <RecordDetailRoute kind="models" detail={ModelDetail} />;
}

function ModelDetail(props: RecordDetailProps<'models'>) {
  const { orgId, record: model, canEdit } = props;
  const datasetName = new Map(useDatasets(orgId).items.map((d) => [d.id, d.name]));
  const ro = !canEdit;
  const { form, save, pending } = useRecordForm(
    props,
    {
      name: model.name,
      modelVersion: model.modelVersion,
      modelType: model.modelType,
      provider: model.provider,
      licence: model.licence,
      supplierId: model.supplierId,
      description: model.description,
    },
    UpdateModelSchema,
  );
  const vv = useNewEntry(
    VerificationRecordSchema,
    { date: todayUtc(), kind: 'validation', summary: '', outcome: 'passed' },
    { title: 'Not added', fallback: 'Check the fields.' },
  );
  return (
    <Stack gap="md" maw={900}>
      <RecordForm onSubmit={form.onSubmit((v) => save(v, 'Saved.'))} canEdit={canEdit} pending={pending}>
        <FormTextInput form={form} name="name" label="Name" required readOnly={ro} />
        <Group grow>
          <FormTextInput form={form} name="modelVersion" label="Model version" readOnly={ro} />
          <FormTextInput form={form} name="modelType" label="Type" readOnly={ro} />
        </Group>
        <Group grow>
          <FormTextInput form={form} name="provider" label="Provider" readOnly={ro} />
          <FormTextInput form={form} name="licence" label="Licence" readOnly={ro} />
          <SupplierSelect orgId={orgId} form={form} readOnly={ro} />
        </Group>
        <FormTextarea form={form} name="description" label="Description" autosize minRows={2} readOnly={ro} />
      </RecordForm>
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
          <SimpleTable
            label="Metrics"
            rows={model.metrics}
            rowKey={(m) => `${m.name} ${m.dataset ?? ''} ${m.slice ?? ''} ${m.value}`}
            columns={[
              { header: 'Metric', render: (m) => m.name },
              { header: 'Value', render: (m) => m.value || '—' },
              { header: 'Dataset or slice', render: (m) => m.dataset ?? m.slice ?? '—' },
            ]}
          />
        )}
      </Paper>
      <AttributesPanel attributes={model.attributes} />
      <EntryLogPanel
        title="Verification and validation (A.6.2.4)"
        entries={
          model.verificationRecords.length === 0 ? (
            <Text size="sm">No records yet.</Text>
          ) : (
            <SimpleTable
              label="Verification and validation records"
              rows={model.verificationRecords}
              rowKey={(r) => `${r.date} ${r.kind} ${r.summary}`}
              columns={[
                { render: (r) => r.date },
                { render: (r) => VERIFICATION_KIND_LABEL[r.kind] },
                { render: (r) => VERIFICATION_OUTCOME_LABEL[r.outcome] },
                { render: (r) => r.summary },
              ]}
            />
          )
        }
        canEdit={canEdit}
        entry={vv.entry}
        onChange={vv.patch}
        summaryWidth={240}
        addLabel="Add record"
        pending={pending}
        onAdd={() =>
          vv.add((r) => save({ verificationRecords: [...model.verificationRecords, r] }, 'Record added.'))
        }
      >
        <Select
          label="Kind"
          data={KINDS}
          allowDeselect={false}
          value={vv.entry.kind}
          onChange={(v) => v && vv.patch({ kind: v as Record['kind'] })}
          w={150}
        />
        <Select
          label="Outcome"
          data={OUTCOMES}
          allowDeselect={false}
          value={vv.entry.outcome ?? 'passed'}
          onChange={(v) => v && vv.patch({ outcome: v as Record['outcome'] })}
          w={150}
        />
      </EntryLogPanel>
    </Stack>
  );
}
