// Whether a dataset contains personal data (A.7.4, GDPR): yes, no, or not known yet, which the record holds as
// null. One place turns that three-way answer into the select's value and back, for the new-dataset dialog, the
// dataset page and the datasets list.
import { Select } from '@mantine/core';
import { PERSONAL_DATA_OPTIONS } from './inventory-fields.tsx';

type PersonalDataChoice = 'yes' | 'no' | 'unknown';

/** The record's answer as the select's value (and the datasets list's text). */
export function personalDataChoice(containsPersonalData: boolean | null): PersonalDataChoice {
  return containsPersonalData === null ? 'unknown' : containsPersonalData ? 'yes' : 'no';
}

/** Uncontrolled: starts at `initial` and reports each pick as the record's value. */
export function PersonalDataSelect(props: {
  initial: boolean | null;
  onChange: (containsPersonalData: boolean | null) => void;
  readOnly?: boolean;
}) {
  return (
    <Select
      label="Contains personal data"
      data={PERSONAL_DATA_OPTIONS}
      allowDeselect={false}
      readOnly={props.readOnly}
      defaultValue={personalDataChoice(props.initial)}
      onChange={(v) => props.onChange(v === 'unknown' ? null : v === 'yes')}
    />
  );
}
