// Cursor-paginated collections: `?limit=&cursor=&q=&sort=` → `{items, nextCursor}` (DESIGN §4).
import { MAX_LIMIT, type Page, pageSchema } from '@openaims/core';
import {
  type InfiniteData,
  infiniteQueryOptions,
  type UseInfiniteQueryOptions,
  useInfiniteQuery,
} from '@tanstack/react-query';
import type { z } from 'zod';
import { api } from './api.ts';

export const PAGE_SIZE = 50;

export type ListParams = Record<string, string | undefined>;

/** Infinite-query options for one collection; the params (q, sort, filters) are part of the key. */
export function collectionQuery<T extends z.ZodType>(
  key: readonly unknown[],
  path: string,
  item: T,
  params: ListParams = {},
) {
  return infiniteQueryOptions({
    queryKey: [...key, 'list', params],
    queryFn: ({ pageParam }): Promise<Page<z.output<T>>> =>
      api.get(path, pageSchema(item), { ...params, limit: PAGE_SIZE, cursor: pageParam }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
}

/** What a DataTable needs from a collection query. */
export interface CollectionState<T> {
  items: T[];
  isPending: boolean;
  error: Error | null;
  hasMore: boolean;
  isLoadingMore: boolean;
  loadMore: () => void;
  refetch: () => void;
}

/** Runs a collection query and flattens its pages. */
export function useCollection<TItem>(
  options: UseInfiniteQueryOptions<
    Page<TItem>,
    Error,
    InfiniteData<Page<TItem>>,
    unknown[],
    string | undefined
  >,
): CollectionState<TItem> {
  const q = useInfiniteQuery(options);
  return {
    items: q.data?.pages.flatMap((p) => p.items) ?? [],
    isPending: q.isPending,
    error: q.error,
    hasMore: q.hasNextPage,
    isLoadingMore: q.isFetchingNextPage,
    loadMore: () => void q.fetchNextPage(),
    refetch: () => void q.refetch(),
  };
}

/**
 * Every item of a collection, following the cursor to the end: for collections bounded by nature (an SoA's
 * controls, one record's history or versions, an organization's members) that a screen shows whole. Never
 * a silent cut at one page; an unbounded list pages with `useCollection` and pickers search the server instead.
 */
export async function fetchAllPages<T extends z.ZodType>(
  path: string,
  item: T,
  params: ListParams = {},
): Promise<{ items: z.output<T>[] }> {
  const items: z.output<T>[] = [];
  let cursor: string | undefined;
  do {
    const page: Page<z.output<T>> = await api.get(path, pageSchema(item), {
      ...params,
      limit: MAX_LIMIT,
      cursor,
    });
    items.push(...page.items);
    cursor = page.nextCursor ?? undefined;
  } while (cursor);
  return { items };
}

/** `useXs = collectionHook(xsQuery)`: the hook takes the factory's arguments and runs the collection it makes. */
export function collectionHook<A extends unknown[], TItem>(
  options: (
    ...args: A
  ) => UseInfiniteQueryOptions<Page<TItem>, Error, InfiniteData<Page<TItem>>, unknown[], string | undefined>,
) {
  return (...args: A) => useCollection(options(...args));
}
