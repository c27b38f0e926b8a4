// Fields that the inventory's "add" dialogs and detail pages share.
import type { UseFormReturnType } from '@mantine/form';
import { FormSelect } from '../../../components/form-fields.tsx';
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
