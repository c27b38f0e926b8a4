// The values of a dialog whose inputs are written by hand: held in state with the server's field errors,
// and fresh each time the dialog opens (the mutation's last error is cleared too).
import { useEffect, useState } from 'react';
import { fieldErrorsOf } from './errors.ts';

export function useDialogValues<V>(blank: V, opened: boolean, mutation: { reset: () => void }) {
  const [v, setV] = useState(blank);
  const [errors, setErrors] = useState<Record<string, string>>({});
  // biome-ignore lint/correctness/useExhaustiveDependencies: the form resets only when the dialog opens
  useEffect(() => {
    if (opened) {
      setV(blank);
      setErrors({});
      mutation.reset();
    }
  }, [opened]);
  /** For a mutation's onError: the server's field errors onto the fields. */
  const onError = (err: unknown) => setErrors(fieldErrorsOf(err));
  return { v, setV, errors, onError };
}
