// A form that either adds a record or edits one (a risk, a task): it starts from the record's editable fields, or
// from blanks when there is no record yet, and is validated with the core schema.
import { type UseFormReturnType, useForm } from '@mantine/form';
import { zod4Resolver } from 'mantine-form-zod-resolver';
import type { z } from 'zod';
import { pickFields } from './forms.ts';

/** What a caller passes to an add-or-edit form besides the record. */
export interface AddOrEditFormProps<V> {
  orgId: string;
  pending: boolean;
  /** Receives the form too, so the caller can put the server's field errors on it (applyFieldErrors). */
  onSubmit: (v: V, form: UseFormReturnType<V>) => void;
  onCancel: () => void;
}

/** The form over `fields` of `record`, or over `empty` when adding. */
export function useAddOrEditForm<R extends object, K extends keyof R>(
  record: R | undefined,
  fields: readonly K[],
  empty: Pick<R, K>,
  schema: z.ZodType,
): UseFormReturnType<Pick<R, K>> {
  return useForm<Pick<R, K>>({
    initialValues: record ? pickFields(record, fields) : empty,
    validate: zod4Resolver(schema),
  });
}
