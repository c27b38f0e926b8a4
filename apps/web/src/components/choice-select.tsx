// A Select that always holds one value of a fixed set, each shown by its label (severities, sources, categories):
// typed by the set, so the caller gets the value back without a cast and the empty choice cannot be picked.
import { Select, type SelectProps } from '@mantine/core';

type ChoiceSelectProps<T extends string> = Omit<
  SelectProps,
  'data' | 'value' | 'onChange' | 'allowDeselect'
> & {
  choices: readonly T[];
  labels: Record<T, string>;
  value: T;
  onChange: (value: T) => void;
};

export function ChoiceSelect<T extends string>({
  choices,
  labels,
  value,
  onChange,
  ...rest
}: ChoiceSelectProps<T>) {
  return (
    <Select
      {...rest}
      allowDeselect={false}
      value={value}
      onChange={(x) => x && onChange(x as T)}
      data={choices.map((c) => ({ value: c, label: labels[c] }))}
    />
  );
}
