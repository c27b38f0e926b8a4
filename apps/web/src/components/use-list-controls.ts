// Search and sort state for a DataTable; the debounced search and the sort go into the query key.
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';

export interface ListControls {
  search: string;
  setSearch: (v: string) => void;
  /** Debounced search text, trimmed; undefined when empty. */
  q: string | undefined;
  /** `field` or `-field`. */
  sort: string | undefined;
  setSort: (v: string | undefined) => void;
}

export function useListControls(defaultSort?: string): ListControls {
  const [search, setSearch] = useState('');
  const [sort, setSort] = useState<string | undefined>(defaultSort);
  const [debounced] = useDebouncedValue(search.trim(), 300);
  return { search, setSearch, q: debounced || undefined, sort, setSort };
}
