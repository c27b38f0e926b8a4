// The submit of a form that stays on the page to create one record after another: a success empties the form,
// a refusal puts the server's field errors on the fields (the mutation keeps the error for an alert).
import type { UseFormReturnType } from '@mantine/form';
import type { FormEvent } from 'react';
import { applyFieldErrors } from './errors.ts';

interface Mutation<I> {
  mutate: (input: I, handlers: { onSuccess: () => void; onError: (e: Error) => void }) => void;
}

/** `form.onSubmit` that sends `toInput(values)` through `mutation`, then resets the form or shows field errors. */
export function submitThenReset<V extends Record<string, unknown>, I>(
  form: UseFormReturnType<V>,
  mutation: Mutation<I>,
  toInput: (values: V) => I,
): (e?: FormEvent<HTMLFormElement>) => void {
  return form.onSubmit((values) =>
    mutation.mutate(toInput(values), {
      onSuccess: () => form.reset(),
      onError: (e) => applyFieldErrors(form, e),
    }),
  );
}
