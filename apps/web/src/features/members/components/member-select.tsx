// Pick a member (owner, assignee): searches members on the server by name or email; the value is the user id.
import type { UseFormReturnType } from '@mantine/form';
import { useQueryClient } from '@tanstack/react-query';
import { type OrgPickerProps, SearchSelect } from '../../../components/search-select.tsx';
import { memberDirectoryQuery, memberSource } from '../api/member-options.ts';

export function MemberSelect(props: OrgPickerProps) {
  const { orgId, ...rest } = props;
  const qc = useQueryClient();
  const source = memberSource(orgId, () => qc.fetchQuery(memberDirectoryQuery(orgId)));
  return <SearchSelect {...rest} source={source} />;
}

/** A MemberSelect bound to one field of a @mantine/form that holds a user id, or null for nobody. */
export function FormMemberSelect<K extends string, V extends Record<K, string | null>>({
  form,
  name,
  ...props
}: Omit<Parameters<typeof MemberSelect>[0], 'value' | 'form' | 'name'> & {
  form: UseFormReturnType<V>;
  name: K;
}) {
  return <MemberSelect {...props} {...form.getInputProps(name)} value={form.getValues()[name]} />;
}
