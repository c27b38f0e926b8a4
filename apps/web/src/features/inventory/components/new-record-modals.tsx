// Manual entry of models, datasets and suppliers, validated with the same core schemas as the API.
import { Group, Textarea } from '@mantine/core';
import { type UseFormReturnType, useForm } from '@mantine/form';
import { CreateDatasetSchema, CreateModelSchema, CreateSupplierSchema } from '@openaims/core';
import { zod4Resolver } from 'mantine-form-zod-resolver';
import type { ReactNode } from 'react';
import type { z } from 'zod';
import { CreateFormModal } from '../../../components/create-form-modal.tsx';
import { FormTextarea, FormTextInput } from '../../../components/form-fields.tsx';
import type { OrgDialogProps } from '../../../components/form-modal.tsx';
import { useCreateDataset, useCreateModel, useCreateSupplier } from '../api/create-record.ts';
import { SupplierFields, SupplierSelect } from './inventory-fields.tsx';
import { PersonalDataSelect } from './personal-data-select.tsx';

/** An uncontrolled form for a new record, validated with the record's core schema. */
function useRecordForm<V extends Record<string, unknown>>(schema: z.ZodType, initialValues: V) {
  return useForm<V>({ mode: 'uncontrolled', initialValues, validate: zod4Resolver(schema) });
}

/** Closing the dialog, by ✕, Cancel or a success, empties the form and the mutation's last error. */
function RecordModal<V extends Record<string, unknown>>(
  props: OrgDialogProps & {
    title: string;
    form: UseFormReturnType<V>;
    mutation: {
      mutate: (v: V, o: { onSuccess: () => void; onError: (e: Error) => void }) => void;
      isPending: boolean;
      error: Error | null;
      reset: () => void;
    };
    children: ReactNode;
  },
) {
  const close = () => {
    props.form.reset();
    props.mutation.reset();
    props.onClose();
  };
  return (
    <CreateFormModal
      title={props.title}
      opened={props.opened}
      onClose={close}
      form={props.form}
      mutation={props.mutation}
      toInput={(v) => v}
      notice={(v) => `${v.name as string} added to the inventory.`}
      submitLabel="Add"
    >
      {props.children}
    </CreateFormModal>
  );
}

type ModelValues = z.input<typeof CreateModelSchema>;
export function NewModelModal(dialog: OrgDialogProps) {
  const form = useRecordForm<ModelValues>(CreateModelSchema, {
    name: '',
    modelVersion: '',
    modelType: '',
    provider: '',
    licence: '',
    description: '',
    supplierId: null,
  });
  return (
    <RecordModal title="Add a model" {...dialog} form={form} mutation={useCreateModel(dialog.orgId)}>
      <FormTextInput form={form} name="name" label="Name" required data-autofocus />
      <Group grow>
        <FormTextInput form={form} name="modelVersion" label="Version" />
        <FormTextInput form={form} name="modelType" label="Type" description="Task or architecture" />
      </Group>
      <Group grow>
        <FormTextInput form={form} name="provider" label="Provider" />
        <FormTextInput
          form={form}
          name="licence"
          label="Licence"
          description="SPDX identifier if there is one"
        />
      </Group>
      <SupplierSelect orgId={dialog.orgId} form={form} />
      <FormTextarea form={form} name="description" label="Description" autosize minRows={2} />
    </RecordModal>
  );
}

type DatasetValues = z.input<typeof CreateDatasetSchema>;
export function NewDatasetModal(dialog: OrgDialogProps) {
  const form = useRecordForm<DatasetValues>(CreateDatasetSchema, {
    name: '',
    licence: '',
    provenance: '',
    acquisition: '',
    qualityRequirements: '',
    preparation: '',
    knownBias: '',
    containsPersonalData: null,
    supplierId: null,
  });
  const text = (
    field: 'provenance' | 'acquisition' | 'qualityRequirements' | 'preparation' | 'knownBias',
    label: string,
    description: string,
  ) => (
    <Textarea
      label={label}
      description={description}
      autosize
      minRows={2}
      key={form.key(field)}
      {...form.getInputProps(field)}
    />
  );
  return (
    <RecordModal title="Add a dataset" {...dialog} form={form} mutation={useCreateDataset(dialog.orgId)}>
      <FormTextInput form={form} name="name" label="Name" required data-autofocus />
      <Group grow>
        <FormTextInput form={form} name="licence" label="Licence" />
        <SupplierSelect orgId={dialog.orgId} form={form} />
      </Group>
      {text('provenance', 'Provenance', 'Where the data comes from and how it changed hands (A.7.5).')}
      {text('acquisition', 'Acquisition', 'How it was collected or obtained, and on what basis (A.7.3).')}
      {text('qualityRequirements', 'Quality requirements', 'What "good enough" means for this data (A.7.4).')}
      {text('preparation', 'Preparation', 'Cleaning, labelling, splitting, augmentation (A.7.6).')}
      <PersonalDataSelect initial={null} onChange={(v) => form.setFieldValue('containsPersonalData', v)} />
      {text('knownBias', 'Known bias', 'Gaps and skews you know of.')}
    </RecordModal>
  );
}

type SupplierValues = z.input<typeof CreateSupplierSchema>;
export function NewSupplierModal(dialog: OrgDialogProps) {
  const form = useRecordForm<SupplierValues>(CreateSupplierSchema, {
    name: '',
    url: '',
    provides: [],
    responsibilities: '',
    description: '',
  });
  return (
    <RecordModal title="Add a supplier" {...dialog} form={form} mutation={useCreateSupplier(dialog.orgId)}>
      <SupplierFields form={form} isNew />
      <FormTextarea form={form} name="description" label="Description" autosize minRows={2} />
    </RecordModal>
  );
}
