// Pick a member (owner, assignee): searches members on the server by name or email; the value is the user id.
import type { SelectProps } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { SearchSelect } from '../../../components/search-select.tsx';
import { memberDirectoryQuery, memberSource } from '../api/member-options.ts';

export function MemberSelect(
  props: Omit<SelectProps, 'data' | 'searchable' | 'searchValue' | 'onSearchChange' | 'filter'> & {
    orgId: string;
    value: string | null;
  },
) {
  const { orgId, ...rest } = props;
  const qc = useQueryClient();
  const source = memberSource(orgId, () => qc.fetchQuery(memberDirectoryQuery(orgId)));
  return <SearchSelect {...rest} source={source} />;
}
