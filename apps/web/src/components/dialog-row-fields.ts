// Binds a list field of a dialog written by hand (`useDialogValues`) — the KPIs of an objective, the requirements of
// an interested party — to its editing actions, so each row's inputs and its Add/Remove buttons say what they do
// rather than how the list is rebuilt.
import { withoutRow, withRowPatched } from './row-buttons.tsx';

/** The keys of `V` whose values are lists. */
type ListKey<V> = { [K in keyof V]-?: V[K] extends readonly unknown[] ? K : never }[keyof V];
type Row<L> = L extends readonly (infer T)[] ? T : never;

/** What `useDialogValues` gives that a list field needs. */
interface DialogState<V> {
  v: V;
  set: <K extends keyof V>(k: K, value: V[K]) => void;
}

/** `rows('kpis')` → `{ add, patch, remove }` for the dialog's `kpis`. */
export function dialogRowFields<V>({ v, set }: DialogState<V>) {
  return <K extends ListKey<V>>(k: K) => {
    const list = v[k] as readonly Row<V[K]>[];
    return {
      add: (row: Row<V[K]>) => set(k, [...list, row] as V[K]),
      patch: (i: number, patch: Partial<Row<V[K]>>) => set(k, withRowPatched(list, i, patch) as V[K]),
      remove: (i: number) => set(k, withoutRow(list, i) as V[K]),
    };
  };
}
