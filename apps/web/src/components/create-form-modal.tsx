// A dialog whose one form creates a record: the form's values go to the mutation; a success shows a green notice and
// closes the dialog, a refusal puts the server's field errors on the fields (the rest shows in the dialog's alert).
import type { UseFormReturnType } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import type { ReactNode } from 'react';
import { applyFieldErrors } from '../lib/errors.ts';
import { FormModal } from './form-modal.tsx';

interface CreateMutation<I> {
  mutate: (input: I, handlers: { onSuccess: () => void; onError: (e: Error) => void }) => void;
  isPending: boolean;
  error: unknown;
}

export function CreateFormModal<V extends Record<string, unknown>, I>(props: {
  title: string;
  opened: boolean;
  onClose: () => void;
  form: UseFormReturnType<V>;
  mutation: CreateMutation<I>;
  /** The mutation's input from the form's values. */
  toInput: (values: V) => I;
  /** The green notice after a success. */
  notice: (values: V) => string;
  submitLabel?: string;
  children: ReactNode;
}) {
  const { form, mutation } = props;
  const submit = form.onSubmit((v) =>
    mutation.mutate(props.toInput(v), {
      onSuccess: () => {
        notifications.show({ color: 'teal', message: props.notice(v) });
        props.onClose();
      },
      onError: (e) => applyFieldErrors(form, e),
    }),
  );
  return (
    <FormModal
      opened={props.opened}
      onClose={props.onClose}
      title={props.title}
      onSubmit={submit}
      error={mutation.error}
      fieldErrors={form.errors}
      pending={mutation.isPending}
      submitLabel={props.submitLabel}
    >
      {props.children}
    </FormModal>
  );
}
