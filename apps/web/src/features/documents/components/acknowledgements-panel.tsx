// Members' acknowledgements of the approved version (§7.3 awareness of the AI policy) and the signed-in member's
// own "Acknowledge" button.
import { Alert, Button, Group, Stack, Text } from '@mantine/core';
import type { Document } from '@openaims/core';
import { IconCheck } from '@tabler/icons-react';
import { ErrorAlert } from '../../../components/error-alert.tsx';
import { SimpleTable } from '../../../components/simple-table.tsx';
import { formatDateTime } from '../../../lib/format.ts';
import { useMe } from '../../auth/api/get-me.ts';
import { useCurrentOrg } from '../../orgs/use-current-org.ts';
import { useAcknowledge, useDocumentAcknowledgements } from '../api/documents.ts';

export function AcknowledgementsPanel({ doc }: { doc: Document }) {
  const { orgId, can } = useCurrentOrg();
  const me = useMe().data?.user;
  const acks = useDocumentAcknowledgements(orgId, doc.id);
  const acknowledge = useAcknowledge(orgId, doc.id);
  const mine = acks.items.find((a) => a.userId === me?.id && a.versionId === doc.currentVersionId);

  return (
    <Stack gap="md">
      {doc.currentVersionId === null ? (
        <Text c="dimmed">Members can acknowledge the document once a version is approved.</Text>
      ) : mine ? (
        <Alert
          color="teal"
          icon={<IconCheck size={16} />}
          title="You acknowledged this document"
          // Body-coloured title: Mantine's teal title on its tint is just below 4.5:1.
          styles={{ title: { color: 'var(--mantine-color-text)' } }}
        >
          Version {mine.versionNumber}, {formatDateTime(mine.acknowledgedAt)}.
        </Alert>
      ) : (
        can('document:acknowledge') && (
          <Group>
            <Button
              leftSection={<IconCheck size={16} />}
              loading={acknowledge.isPending}
              onClick={() => acknowledge.mutate()}
            >
              Acknowledge version {doc.currentVersionNumber}
            </Button>
            <Text size="sm" c="dimmed">
              Confirms that you have read and understood the approved version.
            </Text>
          </Group>
        )
      )}
      <ErrorAlert error={acknowledge.error} title="Not recorded" />
      {acks.items.length === 0 ? (
        <Text c="dimmed">Nobody has acknowledged this document yet.</Text>
      ) : (
        <SimpleTable
          striped
          label="Acknowledgements"
          rows={acks.items}
          rowKey={(a) => a.id}
          columns={[
            { header: 'Member', render: (a) => a.userName ?? a.userEmail ?? a.userId },
            {
              header: 'Version',
              render: (a) => (
                <>
                  v{a.versionNumber}
                  {a.versionId !== doc.currentVersionId && (
                    <Text span size="xs" c="dimmed">
                      {' '}
                      (earlier version)
                    </Text>
                  )}
                </>
              ),
            },
            { header: 'Acknowledged', render: (a) => formatDateTime(a.acknowledgedAt) },
          ]}
        />
      )}
      {acks.hasMore && (
        <Button variant="default" onClick={acks.loadMore} loading={acks.isLoadingMore}>
          Load more
        </Button>
      )}
    </Stack>
  );
}
