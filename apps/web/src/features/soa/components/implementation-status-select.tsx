// The implementation status picker of a row in the SoA and in the clause tracker (§6.1.3 d, §4–§10): a status is
// always set, so it cannot be cleared, and the change is saved as soon as it is picked.
import { Select } from '@mantine/core';
import {
  IMPLEMENTATION_STATUS_LABEL,
  IMPLEMENTATION_STATUSES,
  type ImplementationStatus,
} from '@openaims/core';

/** The statuses with core's English labels. */
export const IMPLEMENTATION_STATUS_OPTIONS = IMPLEMENTATION_STATUSES.map((s) => ({
  value: s,
  label: IMPLEMENTATION_STATUS_LABEL[s],
}));

export function ImplementationStatusSelect(props: {
  /** Accessible name: which row's status this is. */
  label: string;
  value: ImplementationStatus;
  disabled: boolean;
  onChange: (status: ImplementationStatus) => void;
  /** The options, e.g. with labels in the active language; core's English labels by default. */
  data?: { value: ImplementationStatus; label: string }[];
}) {
  return (
    <Select
      aria-label={props.label}
      data={props.data ?? IMPLEMENTATION_STATUS_OPTIONS}
      value={props.value}
      allowDeselect={false}
      disabled={props.disabled}
      onChange={(v) => v && props.onChange(v as ImplementationStatus)}
      w={190}
    />
  );
}
