// The body of a page over one list query, outside a DataTable: a skeleton while it loads, the error with a way to
// try again when it failed, a line saying what to do when the list is empty, and otherwise the list itself.
import { Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { ErrorState } from './error-state.tsx';
import { PageSkeleton } from './page-loader.tsx';

/** What the component reads of a TanStack query whose data is a page of items. */
interface ListQuery<T> {
  isPending: boolean;
  error: Error | null;
  data: { items: T[] } | undefined;
  refetch: () => unknown;
}

export function ListQueryContent<T>(props: {
  query: ListQuery<T>;
  /** Shown, dimmed, when the list is empty. */
  emptyText: ReactNode;
  children: (items: T[]) => ReactNode;
}) {
  const { query } = props;
  if (query.isPending) return <PageSkeleton />;
  if (query.error) return <ErrorState error={query.error} onRetry={() => query.refetch()} />;
  const items = query.data?.items ?? [];
  if (items.length === 0) return <Text c="dimmed">{props.emptyText}</Text>;
  return props.children(items);
}
