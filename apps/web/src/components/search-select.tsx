// A picker that searches the server as the person types (`?q=`), instead of loading a whole collection into
// the browser. The chosen value keeps its label even when it is not among the current results.
import { Select, type SelectProps } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { pageSchema } from '@openaims/core';
import { useQuery } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import type { z } from 'zod';
import { api } from '../lib/api.ts';

/** One choice of a picker. */
export interface PickerOption {
  value: string;
  label: string;
}

/** Where a picker searches: the collection's key and path, and how an item becomes an option. */
export interface SearchSource<T extends z.ZodType> {
  key: readonly unknown[];
  path: string;
  item: T;
  toOption: (item: z.output<T>) => PickerOption;
  /** The option of a value not in the current results (e.g. GET one by id). */
  resolve?: (value: string) => Promise<PickerOption | undefined>;
}

/** How many results a picker shows; typing narrows them on the server. */
export const PICKER_LIMIT = 20;

/** The server's matches for what was typed, and the option of the current value. */
export function useSearchOptions<T extends z.ZodType>(source: SearchSource<T>, value: string | null) {
  const [search, setSearch] = useState('');
  const seen = useRef(new Map<string, PickerOption>());
  // The box shows the chosen label; that is not a search, so it lists the first results.
  const typed = value && seen.current.get(value)?.label === search ? '' : search.trim();
  const [q] = useDebouncedValue(typed, 250);
  const results = useQuery({
    queryKey: [...source.key, 'search', q],
    queryFn: () => api.get(source.path, pageSchema(source.item), { q: q || undefined, limit: PICKER_LIMIT }),
    staleTime: 30_000,
  });
  const options = (results.data?.items ?? []).map(source.toOption);
  for (const o of options) seen.current.set(o.value, o);
  const known = value ? seen.current.get(value) : undefined;
  const selected = useQuery({
    queryKey: [...source.key, 'option', value],
    queryFn: async () => (await source.resolve?.(value!)) ?? null,
    enabled: !!value && !known && !!source.resolve,
    staleTime: 300_000,
  });
  const current = known ?? selected.data ?? undefined;
  const data = current && !options.some((o) => o.value === current.value) ? [current, ...options] : options;
  return { data, search, setSearch, isFetching: results.isFetching, more: !!results.data?.nextCursor };
}

/** A searchable Select over a server collection. */
export function SearchSelect<T extends z.ZodType>(
  props: Omit<SelectProps, 'data' | 'searchable' | 'searchValue' | 'onSearchChange' | 'filter'> & {
    source: SearchSource<T>;
    value: string | null;
  },
) {
  const { source, ...rest } = props;
  const o = useSearchOptions(source, props.value);
  return (
    <Select
      {...rest}
      data={o.data}
      searchable
      searchValue={o.search}
      onSearchChange={o.setSearch}
      // The server already matched `q`; filtering again would hide matches on other fields (e.g. email).
      filter={({ options }) => options}
      nothingFoundMessage={o.isFetching ? 'Searching…' : 'Nothing found'}
      description={
        props.description ?? (o.more ? `Showing the first ${PICKER_LIMIT}; type to narrow.` : undefined)
      }
    />
  );
}

/** What a picker over one of the organization's collections takes (an AI system, a member): SearchSelect's own
 * props but the source, which the picker builds from `orgId`. */
export type OrgPickerProps = Omit<
  SelectProps,
  'data' | 'searchable' | 'searchValue' | 'onSearchChange' | 'filter'
> & {
  orgId: string;
  value: string | null;
};
