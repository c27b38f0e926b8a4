// Binds the text inputs of a dialog written by hand (`useDialogValues`) to its values: each field's value, its
// change handler and the server's error for it, so a TextInput or Textarea takes one spread instead of three props.
import type { ChangeEvent } from 'react';

/** The keys of `V` whose values are text. */
type TextKey<V> = { [K in keyof V]-?: V[K] extends string ? K : never }[keyof V];

/** What `useDialogValues` gives that a text field needs. */
interface DialogState<V> {
  v: V;
  set: <K extends keyof V>(k: K, value: V[K]) => void;
  errors: Record<string, string>;
}

/** `text('title')` → `{ value, onChange, error }` for the dialog's `title`. */
export function dialogTextFields<V>({ v, set, errors }: DialogState<V>) {
  return <K extends TextKey<V>>(k: K) => ({
    value: v[k] as string,
    onChange: (e: ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) =>
      set(k, e.currentTarget.value as V[K]),
    error: errors[k as string],
  });
}
