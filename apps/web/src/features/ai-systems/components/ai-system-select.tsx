// Pick an AI system: searches the inventory on the server as the person types; shows a system's name by id.
import { AiSystemSchema } from '@openaims/core';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { type OrgPickerProps, SearchSelect, type SearchSource } from '../../../components/search-select.tsx';
import { aiSystemKeys } from '../api/ai-system-keys.ts';
import { aiSystemQuery } from '../api/get-ai-system.ts';

export function AiSystemSelect(props: OrgPickerProps) {
  const { orgId, ...rest } = props;
  const qc = useQueryClient();
  const source: SearchSource<typeof AiSystemSchema> = {
    key: aiSystemKeys.all(orgId),
    path: `/orgs/${orgId}/ai-systems`,
    item: AiSystemSchema,
    toOption: (s) => ({ value: s.id, label: s.name }),
    resolve: async (id) => {
      const s = await qc.fetchQuery(aiSystemQuery(orgId, id));
      return { value: s.id, label: s.name };
    },
  };
  return <SearchSelect {...rest} source={source} />;
}

/** An AI system's name, fetched by id (cached). */
export function AiSystemName({ orgId, id }: { orgId: string; id: string }) {
  const s = useQuery(aiSystemQuery(orgId, id));
  return <>{s.data?.name ?? id}</>;
}
