// A segmented control that filters a list by one of a fixed set of values (open/closed/all, a status, a kind):
// typed by its options, so the caller's state gets the value back without a cast.
import { SegmentedControl, type SegmentedControlProps } from '@mantine/core';

/** One choice of a filter. */
export interface FilterOption<T extends string> {
  value: T;
  label: string;
}

export function SegmentedFilter<T extends string>({
  options,
  value,
  onChange,
  ...rest
}: Omit<SegmentedControlProps, 'data' | 'value' | 'onChange'> & {
  options: readonly FilterOption<T>[];
  value: T;
  onChange: (value: T) => void;
}) {
  return <SegmentedControl {...rest} value={value} onChange={(v) => onChange(v as T)} data={[...options]} />;
}
