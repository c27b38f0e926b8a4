// One dataset and its A.7 record: provenance, acquisition, quality, preparation, personal data, known bias.
import { Group } from '@mantine/core';
import { type Dataset, UpdateDatasetSchema } from '@openaims/core';
import { FormTextarea, FormTextInput } from '../../../components/form-fields.tsx';
import { AttributesPanel } from './attributes-panel.tsx';
import { SupplierSelect } from './inventory-fields.tsx';
import { PersonalDataSelect } from './personal-data-select.tsx';
import { type RecordDetailProps, RecordDetailRoute, RecordForm, useRecordForm } from './record-detail.tsx';

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

export function DatasetDetailPage() {
  return <RecordDetailRoute kind="datasets" detail={DatasetDetail} />;
}

function DatasetDetail(props: RecordDetailProps<'datasets'>) {
  const { orgId, record: dataset, canEdit } = props;
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
  const { form, save, pending } = useRecordForm(props, initial, UpdateDatasetSchema);
  const ro = !canEdit;
  return (
    <>
      <RecordForm
        onSubmit={form.onSubmit((v) => save(v, 'Saved.'))}
        canEdit={canEdit}
        pending={pending}
        maw={860}
      >
        <FormTextInput form={form} name="name" label="Name" required readOnly={ro} />
        <Group grow>
          <FormTextInput form={form} name="datasetVersion" label="Dataset version" readOnly={ro} />
          <FormTextInput form={form} name="licence" label="Licence" readOnly={ro} />
        </Group>
        <Group grow>
          <SupplierSelect orgId={orgId} form={form} readOnly={ro} />
          <PersonalDataSelect
            initial={dataset.containsPersonalData}
            onChange={(v) => form.setFieldValue('containsPersonalData', v)}
            readOnly={ro}
          />
        </Group>
        {TEXT_FIELDS.map(([name, label, description]) => (
          <FormTextarea
            key={name}
            form={form}
            name={name}
            label={label}
            description={description || undefined}
            autosize
            minRows={2}
            readOnly={ro}
          />
        ))}
      </RecordForm>
      <AttributesPanel attributes={dataset.attributes} mt="lg" />
    </>
  );
}
