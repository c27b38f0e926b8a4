// Fields that the inventory's "add" dialogs and detail pages share.
import type { UseFormReturnType } from '@mantine/form';
import { type CreateSupplierSchema, SUPPLY_KIND_LABEL, SUPPLY_KINDS } from '@openaims/core';
import type { z } from 'zod';
import {
  FormMultiSelect,
  FormSelect,
  FormTextarea,
  FormTextInput,
} from '../../../components/form-fields.tsx';
import { useSuppliers } from '../api/list-records.ts';

/** Choose the record's supplier from the inventory's suppliers. */
export function SupplierSelect(props: {
  orgId: string;
  // biome-ignore lint/suspicious/noExplicitAny: a form with a supplierId field
  form: UseFormReturnType<any>;
  readOnly?: boolean;
}) {
  const suppliers = useSuppliers(props.orgId).items.map((s) => ({ value: s.id, label: s.name }));
  return (
    <FormSelect
      form={props.form}
      name="supplierId"
      label="Supplier"
      data={suppliers}
      clearable
      searchable
      readOnly={props.readOnly}
    />
  );
}

/** Whether a dataset holds personal data; "not known yet" is stored as null. */
export const PERSONAL_DATA_OPTIONS = [
  { value: 'unknown', label: 'Not known yet' },
  { value: 'yes', label: 'Yes' },
  { value: 'no', label: 'No' },
];

/**
 * A supplier's own fields (A.10.2) but its description: the same on the "add a supplier" dialog (`isNew`: focus and a hint for the
 * web site) and on its detail page, where they may be read-only.
 */
export function SupplierFields<V extends z.input<typeof CreateSupplierSchema>>(props: {
  form: UseFormReturnType<V>;
  isNew?: boolean;
  readOnly?: boolean;
}) {
  const { form, readOnly } = props;
  return (
    <>
      <FormTextInput
        form={form}
        name="name"
        label="Name"
        required
        readOnly={readOnly}
        data-autofocus={props.isNew || undefined}
      />
      <FormTextInput
        form={form}
        name="url"
        label="Web site"
        placeholder={props.isNew ? 'https://' : undefined}
        readOnly={readOnly}
      />
      <FormMultiSelect
        form={form}
        name="provides"
        label="Provides"
        data={SUPPLY_KINDS.map((k) => ({ value: k, label: SUPPLY_KIND_LABEL[k] }))}
        readOnly={readOnly}
      />
      <FormTextarea
        form={form}
        name="responsibilities"
        label="Responsibilities allocated"
        description="Which party does what across the AI system life cycle (A.10.2)."
        autosize
        minRows={3}
        readOnly={readOnly}
      />
    </>
  );
}
