// Binds the selects of a dialog written by hand (`useDialogValues`) to its values: each field's value and its change
// handler, for a Select or MultiSelect whose value is stored as the input gives it (the text fields have their own).

/** What `useDialogValues` gives that a select needs. */
interface DialogState<V> {
  v: V;
  set: <K extends keyof V>(k: K, value: V[K]) => void;
}

/** `pick('leadId')` → `{ value, onChange }` for the dialog's `leadId`. */
export function dialogValueFields<V>({ v, set }: DialogState<V>) {
  return <K extends keyof V>(k: K) => ({ value: v[k], onChange: (value: V[K]) => set(k, value) });
}
