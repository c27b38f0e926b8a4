// The version history of a document (no diffs): status, author, who approved when, content hash, and the
// workflow buttons — submit (editors), approve or send back (leads, §5.2/§7.5.2).
import { Alert, Button, Code, Group, Modal, Stack, Table, Text, Textarea } from '@mantine/core';
import { type Document, type DocumentVersion, isVersionOpen } from '@openaims/core';
import { IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { errorMessage } from '../../../lib/errors.ts';
import { formatDateTime } from '../../../lib/format.ts';
import { useCurrentOrg } from '../../orgs/use-current-org.ts';
import { useVersionAction } from '../api/documents.ts';
import { StatusBadge } from './document-labels.tsx';
import { DraftEditor } from './draft-editor.tsx';

export function VersionsPanel(props: {
  doc: Document;
  versions: DocumentVersion[];
  nameOf: (userId: string | null) => string;
}) {
  const { orgId, can } = useCurrentOrg();
  const { doc, versions, nameOf } = props;
  const action = useVersionAction(orgId, doc.id);
  const [editing, setEditing] = useState<DocumentVersion | 'new' | null>(null);
  const [rejecting, setRejecting] = useState<DocumentVersion | null>(null);
  const [note, setNote] = useState('');
  const open = versions.find((v) => isVersionOpen(v.status));
  const base = versions.find((v) => v.status === 'approved') ?? versions[0];

  return (
    <Stack gap="md">
      {can('document:update') && !open && editing === null && (
        <Group>
          <Button leftSection={<IconPlus size={16} />} onClick={() => setEditing('new')}>
            {versions.length ? 'New version' : 'Write the first version'}
          </Button>
        </Group>
      )}
      {editing !== null && (
        <DraftEditor
          orgId={orgId}
          documentId={doc.id}
          draft={editing === 'new' ? undefined : editing}
          initialContent={base?.content ?? ''}
          onDone={() => setEditing(null)}
        />
      )}
      {action.error && (
        <Alert color="red" title="Not done">
          {errorMessage(action.error)}
        </Alert>
      )}
      {versions.length === 0 ? (
        <Text c="dimmed">No versions yet. Write the first version, then submit it for approval.</Text>
      ) : (
        <Table.ScrollContainer minWidth={800}>
          <Table striped aria-label="Versions">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Version</Table.Th>
                <Table.Th>Status</Table.Th>
                <Table.Th>Author</Table.Th>
                <Table.Th>Approved</Table.Th>
                <Table.Th>SHA-256</Table.Th>
                <Table.Th>Note</Table.Th>
                <Table.Th>Actions</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {versions.map((v) => (
                <Table.Tr key={v.id} data-version={v.number}>
                  <Table.Td>v{v.number}</Table.Td>
                  <Table.Td>
                    <StatusBadge status={v.status} />
                  </Table.Td>
                  <Table.Td>
                    {nameOf(v.authoredBy)}
                    <Text size="xs" c="dimmed">
                      {formatDateTime(v.createdAt)}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    {v.approvedAt ? (
                      <>
                        {nameOf(v.approvedBy)}
                        <Text size="xs" c="dimmed">
                          {formatDateTime(v.approvedAt)}
                        </Text>
                      </>
                    ) : (
                      '—'
                    )}
                  </Table.Td>
                  <Table.Td>
                    <Code title={v.contentHash}>{v.contentHash.slice(0, 12)}…</Code>
                  </Table.Td>
                  <Table.Td maw={260}>
                    <Text size="sm">{v.changeNote || '—'}</Text>
                    {v.status === 'draft' && v.rejectionNote && (
                      <Text size="xs" c="red.9">
                        Sent back: {v.rejectionNote}
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td>
                    <Group gap={4} wrap="nowrap">
                      {v.status === 'draft' && can('document:update') && (
                        <>
                          <Button size="compact-xs" variant="default" onClick={() => setEditing(v)}>
                            Edit
                          </Button>
                          <Button
                            size="compact-xs"
                            loading={action.isPending}
                            onClick={() => action.mutate({ versionId: v.id, action: 'submit' })}
                          >
                            Submit for review
                          </Button>
                        </>
                      )}
                      {v.status === 'in_review' && can('document:approve') && (
                        <>
                          <Button
                            size="compact-xs"
                            color="teal.9"
                            loading={action.isPending}
                            onClick={() => action.mutate({ versionId: v.id, action: 'approve' })}
                          >
                            Approve
                          </Button>
                          <Button
                            size="compact-xs"
                            variant="default"
                            onClick={() => {
                              setRejecting(v);
                              setNote('');
                            }}
                          >
                            Send back
                          </Button>
                        </>
                      )}
                    </Group>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      <Modal
        closeButtonProps={{ 'aria-label': 'Close' }}
        opened={rejecting !== null}
        onClose={() => setRejecting(null)}
        title={`Send version ${rejecting?.number ?? ''} back`}
      >
        <Textarea
          label="Why"
          required
          value={note}
          onChange={(e) => setNote(e.currentTarget.value)}
          mb="sm"
        />
        <Group justify="flex-end">
          <Button
            disabled={!note.trim()}
            loading={action.isPending}
            onClick={() =>
              rejecting &&
              action.mutate(
                { versionId: rejecting.id, action: 'reject', note },
                { onSuccess: () => setRejecting(null) },
              )
            }
          >
            Send back to draft
          </Button>
        </Group>
      </Modal>
    </Stack>
  );
}
