// Manual entry of models, datasets and suppliers, validated with the same core schemas as the API.
import { Group, Select, Textarea } from '@mantine/core';
import { type UseFormReturnType, useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { CreateDatasetSchema, CreateModelSchema, CreateSupplierSchema } from '@openaims/core';
import { zod4Resolver } from 'mantine-form-zod-resolver';
import type { ReactNode } from 'react';
import type { z } from 'zod';
import { FormTextarea, FormTextInput } from '../../../components/form-fields.tsx';
import { FormModal, type OrgDialogProps } from '../../../components/form-modal.tsx';
import { applyFieldErrors } from '../../../lib/errors.ts';
import { useCreateDataset, useCreateModel, useCreateSupplier } from '../api/create-record.ts';
import { PERSONAL_DATA_OPTIONS, SupplierFields, SupplierSelect } from './inventory-fields.tsx';

function RecordModal<V extends Record<string, unknown>>(props: {
  title: string;
  opened: boolean;
  form: UseFormReturnType<V>;
  mutation: {
    mutate: (v: V, o: { onSuccess: () => void; onError: (e: Error) => void }) => void;
    isPending: boolean;
    error: Error | null;
    reset: () => void;
  };
  onClose: () => void;
  children: ReactNode;
}) {
  const close = () => {
    props.form.reset();
    props.mutation.reset();
    props.onClose();
  };
  const submit = props.form.onSubmit((v) =>
    props.mutation.mutate(v, {
      onSuccess: () => {
        notifications.show({ color: 'teal', message: `${v.name as string} added to the inventory.` });
        close();
      },
      onError: (e) => applyFieldErrors(props.form, e),
    }),
  );
  return (
    <FormModal
      opened={props.opened}
      onClose={close}
      title={props.title}
      onSubmit={submit}
      error={props.mutation.error}
      fieldErrors={props.form.errors}
      pending={props.mutation.isPending}
      submitLabel="Add"
    >
      {props.children}
    </FormModal>
  );
}

type ModelValues = z.input<typeof CreateModelSchema>;
export function NewModelModal({ orgId, opened, onClose }: OrgDialogProps) {
  const form = useForm<ModelValues>({
    mode: 'uncontrolled',
    initialValues: {
      name: '',
      modelVersion: '',
      modelType: '',
      provider: '',
      licence: '',
      description: '',
      supplierId: null,
    },
    validate: zod4Resolver(CreateModelSchema),
  });
  return (
    <RecordModal
      title="Add a model"
      opened={opened}
      onClose={onClose}
      form={form}
      mutation={useCreateModel(orgId)}
    >
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
      <SupplierSelect orgId={orgId} form={form} />
      <FormTextarea form={form} name="description" label="Description" autosize minRows={2} />
    </RecordModal>
  );
}

type DatasetValues = z.input<typeof CreateDatasetSchema>;
export function NewDatasetModal({ orgId, opened, onClose }: OrgDialogProps) {
  const form = useForm<DatasetValues>({
    mode: 'uncontrolled',
    initialValues: {
      name: '',
      licence: '',
      provenance: '',
      acquisition: '',
      qualityRequirements: '',
      preparation: '',
      knownBias: '',
      containsPersonalData: null,
      supplierId: null,
    },
    validate: zod4Resolver(CreateDatasetSchema),
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
    <RecordModal
      title="Add a dataset"
      opened={opened}
      onClose={onClose}
      form={form}
      mutation={useCreateDataset(orgId)}
    >
      <FormTextInput form={form} name="name" label="Name" required data-autofocus />
      <Group grow>
        <FormTextInput form={form} name="licence" label="Licence" />
        <SupplierSelect orgId={orgId} form={form} />
      </Group>
      {text('provenance', 'Provenance', 'Where the data comes from and how it changed hands (A.7.5).')}
      {text('acquisition', 'Acquisition', 'How it was collected or obtained, and on what basis (A.7.3).')}
      {text('qualityRequirements', 'Quality requirements', 'What "good enough" means for this data (A.7.4).')}
      {text('preparation', 'Preparation', 'Cleaning, labelling, splitting, augmentation (A.7.6).')}
      <Select
        label="Contains personal data"
        data={PERSONAL_DATA_OPTIONS}
        allowDeselect={false}
        defaultValue="unknown"
        onChange={(v) => form.setFieldValue('containsPersonalData', v === 'unknown' ? null : v === 'yes')}
      />
      {text('knownBias', 'Known bias', 'Gaps and skews you know of.')}
    </RecordModal>
  );
}

type SupplierValues = z.input<typeof CreateSupplierSchema>;
export function NewSupplierModal({ orgId, opened, onClose }: OrgDialogProps) {
  const form = useForm<SupplierValues>({
    mode: 'uncontrolled',
    initialValues: { name: '', url: '', provides: [], responsibilities: '', description: '' },
    validate: zod4Resolver(CreateSupplierSchema),
  });
  return (
    <RecordModal
      title="Add a supplier"
      opened={opened}
      onClose={onClose}
      form={form}
      mutation={useCreateSupplier(orgId)}
    >
      <SupplierFields form={form} isNew />
      <FormTextarea form={form} name="description" label="Description" autosize minRows={2} />
    </RecordModal>
  );
}
