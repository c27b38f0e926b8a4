// The risks an SoA entry's control treats (§6.1.3 d: the SoA traces to the risk treatment), by title, with a way
// to the register. `GET …/soa` gives only link counts (and the first ids); titles and levels come from `GET …/risks?controlRef=`.
import { Badge, Group, List, Modal, Text } from '@mantine/core';
import { RISK_STATUS_LABEL, RiskSchema, type SoaEntry } from '@openaims/core';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { ErrorState } from '../../../components/error-state.tsx';
import { AnchorLink } from '../../../components/links.tsx';
import { PageSkeleton } from '../../../components/page-loader.tsx';
import { fetchAllPages } from '../../../lib/collection.ts';

const controlRisksQuery = (orgId: string, controlRef: string) =>
  queryOptions({
    queryKey: ['orgs', orgId, 'risks', 'list', { controlRef }] as const,
    queryFn: () => fetchAllPages(`/orgs/${orgId}/risks`, RiskSchema, { controlRef, sort: 'title' }),
  });

export function SoaEntryRisks(props: { orgId: string; entry: SoaEntry; onClose: () => void }) {
  const { orgId, entry } = props;
  const risks = useQuery(controlRisksQuery(orgId, entry.controlRef));
  return (
    <Modal
      opened
      onClose={props.onClose}
      title={`Risks treated by ${entry.controlRef} ${entry.title}`}
      closeButtonProps={{ 'aria-label': 'Close' }}
      size="lg"
    >
      {risks.error ? (
        <ErrorState error={risks.error} onRetry={() => risks.refetch()} />
      ) : risks.isPending ? (
        <PageSkeleton />
      ) : risks.data.items.length === 0 ? (
        <Text size="sm" c="dimmed">
          No risk names this control yet. Add {entry.controlRef} to a risk's controls in the risk register.
        </Text>
      ) : (
        <List spacing="xs" aria-label={`Risks linked to ${entry.controlRef}`}>
          {risks.data.items.map((r) => (
            <List.Item key={r.id}>
              <Group gap="xs" wrap="nowrap">
                <AnchorLink to="/orgs/$orgId/risks/$riskId" params={{ orgId, riskId: r.id }}>
                  {r.title}
                </AnchorLink>
                <Badge variant="outline" color="dark" size="sm">
                  {r.inherentScore} · {r.inherentLevel}
                </Badge>
                <Text size="xs" c="dimmed">
                  {RISK_STATUS_LABEL[r.status]}
                </Text>
              </Group>
            </List.Item>
          ))}
        </List>
      )}
      <Text size="xs" c="dimmed" mt="md">
        Risks are linked from the risk's side: edit a risk in the register to add or remove its controls.
      </Text>
    </Modal>
  );
}
