// The values of a dialog whose inputs are written by hand: held in state with the server's field errors,
// and fresh each time the dialog opens (the mutations' last errors are cleared too).
import { useEffect, useState } from 'react';
import { fieldErrorsOf } from './errors.ts';

export function useDialogValues<V>(
  initial: () => V,
  opened: boolean,
  mutations: { reset: () => void }[],
  /** What else starts the dialog afresh, such as the record it edits. */
  deps: unknown[] = [],
) {
  const [v, setV] = useState(initial);
  const [errors, setErrors] = useState<Record<string, string>>({});
  // biome-ignore lint/correctness/useExhaustiveDependencies: the form resets only when the dialog opens
  useEffect(() => {
    if (opened) {
      setV(initial());
      setErrors({});
      for (const m of mutations) m.reset();
    }
  }, [opened, ...deps]);
  /** Set one value. */
  const set = <K extends keyof V>(k: K, value: V[K]) => setV((cur) => ({ ...cur, [k]: value }));
  /** For a mutation's onError: the server's field errors onto the fields. */
  const onError = (err: unknown) => setErrors(fieldErrorsOf(err));
  return { v, setV, set, errors, setErrors, onError };
}
