// A create dialog whose inputs are written by hand (`useDialogValues`), the counterpart of `CreateFormModal` for
// dialogs that do not use a Mantine form: its submit sends the values to the mutation; a success shows a notice
// and closes the dialog, a refusal puts the server's field errors on the fields. Spread `modal` on a FormModal.
import { notifications } from '@mantine/notifications';
import type { UseMutationResult } from '@tanstack/react-query';
import type { FormEvent } from 'react';
import { dialogTextFields } from './dialog-text-fields.ts';
import { dialogValueFields } from './dialog-value-fields.ts';
import { useDialogValues } from './use-dialog-values.ts';

/** The part of a TanStack mutation the dialog drives. */
type CreateMutation<I, R> = Pick<UseMutationResult<R, Error, I>, 'mutate' | 'reset' | 'isPending' | 'error'>;

export function useCreateDialog<V, I, R>(options: {
  opened: boolean;
  onClose: () => void;
  /** The values of a fresh dialog, taken each time it opens. */
  initial: () => V;
  mutation: CreateMutation<I, R>;
  /** The mutation's input from the dialog's values. */
  toInput: (values: V) => I;
  /** The notice after a success; green unless it gives its own colour. */
  notice: (created: R) => string | { color: string; message: string };
}) {
  const { opened, onClose, mutation } = options;
  const { v, set, errors, onError } = useDialogValues(options.initial, opened, [mutation]);
  const onSubmit = (e?: FormEvent<HTMLFormElement>) => {
    e?.preventDefault();
    mutation.mutate(options.toInput(v), {
      onSuccess: (created) => {
        const notice = options.notice(created);
        notifications.show(typeof notice === 'string' ? { color: 'teal', message: notice } : notice);
        onClose();
      },
      onError,
    });
  };
  return {
    v,
    set,
    errors,
    /** `{...text('title')}` binds a TextInput or Textarea. */
    text: dialogTextFields({ v, set, errors }),
    /** `{...pick('severity')}` binds a Select or a ChoiceSelect. */
    pick: dialogValueFields({ v, set }),
    /** What FormModal needs besides its title and labels. */
    modal: {
      opened,
      onClose,
      onSubmit,
      error: mutation.error,
      fieldErrors: errors,
      pending: mutation.isPending,
    },
  };
}
