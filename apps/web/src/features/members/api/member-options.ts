// Members as choices and as names: pickers search the server; names come from the whole (bounded) directory.
import { type Member, MemberSchema } from '@openaims/core';
import { queryOptions, useQuery } from '@tanstack/react-query';
import type { SearchSource } from '../../../components/search-select.tsx';
import { fetchAllPages } from '../../../lib/collection.ts';

export const memberKeys = { all: (orgId: string) => ['orgs', orgId, 'members'] as const };

/** Every member of the organization (following the cursor), to show an owner's name by user id. */
export const memberDirectoryQuery = (orgId: string) =>
  queryOptions({
    queryKey: [...memberKeys.all(orgId), 'directory'] as const,
    queryFn: () => fetchAllPages(`/orgs/${orgId}/members`, MemberSchema, { sort: 'name' }),
    staleTime: 60_000,
  });

/** A member's name by user id, once the directory is loaded. */
export function useMemberName(orgId: string, userId: string | null | undefined): string | undefined {
  const directory = useQuery({ ...memberDirectoryQuery(orgId), enabled: !!userId });
  return userId ? directory.data?.items.find((m) => m.userId === userId)?.name : undefined;
}

/** Names of all members by user id (empty until the directory is loaded). */
export function useMemberNames(orgId: string): Map<string, string> {
  const directory = useQuery(memberDirectoryQuery(orgId));
  return new Map((directory.data?.items ?? []).map((m) => [m.userId, m.name]));
}

/** Members searched by name or email on the server; the value is the user id. */
export function memberSource(orgId: string, fetchDirectory: () => Promise<{ items: Member[] }>) {
  const toOption = (m: Member) => ({ value: m.userId, label: m.name });
  return {
    key: memberKeys.all(orgId),
    path: `/orgs/${orgId}/members`,
    item: MemberSchema,
    toOption,
    resolve: async (userId: string) => {
      const m = (await fetchDirectory()).items.find((x) => x.userId === userId);
      return m ? toOption(m) : undefined;
    },
  } satisfies SearchSource<typeof MemberSchema>;
}
