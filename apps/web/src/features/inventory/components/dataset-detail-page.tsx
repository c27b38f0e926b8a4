// One dataset and its A.7 record: provenance, acquisition, quality, preparation, personal data, known bias.
import { Button, Group, Paper, Select, Stack, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { type Dataset, UpdateDatasetSchema } from '@openaims/core';
import { useParams } from '@tanstack/react-router';
import { zod4Resolver } from 'mantine-form-zod-resolver';
import { ErrorState } from '../../../components/error-state.tsx';
import { AnchorLink } from '../../../components/links.tsx';
import { PageHeader } from '../../../components/page-header.tsx';
import { PageSkeleton } from '../../../components/page-loader.tsx';
import { applyFieldErrors, errorMessage } from '../../../lib/errors.ts';
import { useCurrentOrg } from '../../orgs/use-current-org.ts';
import { useSuppliers } from '../api/list-records.ts';
import { useRecord, useUpdateRecord } from '../api/record-detail.ts';
import { AttributesPanel } from './attributes-panel.tsx';

const TEXT_FIELDS = [
  ['provenance', 'Provenance', 'Where the data comes from and how it changed hands (A.7.5).'],
  ['acquisition', 'Acquisition', 'How it was collected or obtained, and on what basis (A.7.3).'],
  ['qualityRequirements', 'Quality requirements', 'What "good enough" means for this data (A.7.4).'],
  ['preparation', 'Preparation', 'Cleaning, labelling, splitting, augmentation (A.7.6).'],
  ['knownBias', 'Known bias', 'Gaps and skews you know of.'],
  ['personalDataNotes', 'Personal data notes', 'Which personal data, on what legal basis.'],
  ['description', 'Description', ''],
] as const;
type Values = Pick<
  Dataset,
  | 'name'
  | 'datasetVersion'
  | 'licence'
  | 'supplierId'
  | 'containsPersonalData'
  | (typeof TEXT_FIELDS)[number][0]
>;
const PERSONAL = [
  { value: 'unknown', label: 'Not known yet' },
  { value: 'yes', label: 'Yes' },
  { value: 'no', label: 'No' },
];

export function DatasetDetailPage() {
  const { orgId, can } = useCurrentOrg();
  const { id = '' } = useParams({ strict: false });
  const query = useRecord(orgId, 'datasets', id);
  if (query.isPending) return <PageSkeleton />;
  if (query.error) return <ErrorState error={query.error} onRetry={() => void query.refetch()} />;
  return (
    <DatasetDetail
      key={query.data.version}
      orgId={orgId}
      dataset={query.data}
      canEdit={can('dataset:update') && !query.data.archivedAt}
    />
  );
}

function DatasetDetail({ orgId, dataset, canEdit }: { orgId: string; dataset: Dataset; canEdit: boolean }) {
  const update = useUpdateRecord(orgId, 'datasets', dataset.id);
  const suppliers = useSuppliers(orgId).items.map((s) => ({ value: s.id, label: s.name }));
  const initial = Object.fromEntries(
    (
      [
        'name',
        'datasetVersion',
        'licence',
        'supplierId',
        'containsPersonalData',
        ...TEXT_FIELDS.map((f) => f[0]),
      ] as const
    ).map((k) => [k, dataset[k]]),
  ) as Values;
  const form = useForm<Values>({
    mode: 'uncontrolled',
    initialValues: initial,
    validate: zod4Resolver(UpdateDatasetSchema),
  });
  const ro = !canEdit;
  const save = form.onSubmit((v) =>
    update.mutate(
      { version: dataset.version, input: v },
      {
        onSuccess: () => notifications.show({ color: 'teal', message: 'Saved.' }),
        onError: (e) =>
          applyFieldErrors(form, e) ||
          notifications.show({ color: 'red', title: 'Not saved', message: errorMessage(e) }),
      },
    ),
  );
  return (
    <>
      <PageHeader
        title={dataset.name}
        eyebrow={
          <AnchorLink to="/orgs/$orgId/datasets" params={{ orgId }} size="sm">
            ← Datasets
          </AnchorLink>
        }
        description={`Version ${dataset.version} · ${dataset.source === 'manual' ? 'entered by hand' : `imported from ${dataset.source}`}`}
      />
      <Paper withBorder p="lg" radius="md" maw={860}>
        <form onSubmit={save} noValidate>
          <Stack gap="sm">
            <TextInput
              label="Name"
              required
              readOnly={ro}
              key={form.key('name')}
              {...form.getInputProps('name')}
            />
            <Group grow>
              <TextInput
                label="Dataset version"
                readOnly={ro}
                key={form.key('datasetVersion')}
                {...form.getInputProps('datasetVersion')}
              />
              <TextInput
                label="Licence"
                readOnly={ro}
                key={form.key('licence')}
                {...form.getInputProps('licence')}
              />
            </Group>
            <Group grow>
              <Select
                label="Supplier"
                data={suppliers}
                clearable
                searchable
                readOnly={ro}
                key={form.key('supplierId')}
                {...form.getInputProps('supplierId')}
              />
              <Select
                label="Contains personal data"
                data={PERSONAL}
                allowDeselect={false}
                readOnly={ro}
                defaultValue={
                  dataset.containsPersonalData === null
                    ? 'unknown'
                    : dataset.containsPersonalData
                      ? 'yes'
                      : 'no'
                }
                onChange={(v) =>
                  form.setFieldValue('containsPersonalData', v === 'unknown' ? null : v === 'yes')
                }
              />
            </Group>
            {TEXT_FIELDS.map(([field, label, description]) => (
              <Textarea
                key={form.key(field)}
                label={label}
                description={description || undefined}
                autosize
                minRows={2}
                readOnly={ro}
                {...form.getInputProps(field)}
              />
            ))}
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
      <AttributesPanel attributes={dataset.attributes} mt="lg" />
    </>
  );
}
