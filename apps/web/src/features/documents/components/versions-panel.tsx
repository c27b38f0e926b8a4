// The version history of a document (no diffs): status, author, who approved when, content hash, and the
// workflow buttons — submit (editors), approve or send back (leads, §5.2/§7.5.2).
import { Button, Code, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { type Document, type DocumentVersion, isVersionOpen } from '@openaims/core';
import { useState } from 'react';
import { AddButton } from '../../../components/add-button.tsx';
import { ErrorAlert } from '../../../components/error-alert.tsx';
import { VersionsTable } from '../../../components/versions-table.tsx';
import { formatDateTime } from '../../../lib/format.ts';
import { useCurrentOrg } from '../../orgs/use-current-org.ts';
import { useVersionAction } from '../api/documents.ts';
import { StatusBadge } from './document-labels.tsx';
import { DraftEditor } from './draft-editor.tsx';

/** A person and, under them, when they did it. */
function WhoWhen({ who, at }: { who: string; at: string | null }) {
  return (
    <>
      {who}
      <Text size="xs" c="dimmed">
        {formatDateTime(at)}
      </Text>
    </>
  );
}

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
          <AddButton onClick={() => setEditing('new')}>
            {versions.length ? 'New version' : 'Write the first version'}
          </AddButton>
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
      <ErrorAlert error={action.error} title="Not done" />
      {versions.length === 0 ? (
        <Text c="dimmed">No versions yet. Write the first version, then submit it for approval.</Text>
      ) : (
        <VersionsTable
          label="Versions"
          minWidth={800}
          versions={versions}
          columns={[
            { header: 'Version', render: (v) => `v${v.number}` },
            { header: 'Status', render: (v) => <StatusBadge status={v.status} /> },
            { header: 'Author', render: (v) => <WhoWhen who={nameOf(v.authoredBy)} at={v.createdAt} /> },
            {
              header: 'Approved',
              render: (v) => (v.approvedAt ? <WhoWhen who={nameOf(v.approvedBy)} at={v.approvedAt} /> : '—'),
            },
            {
              header: 'SHA-256',
              render: (v) => <Code title={v.contentHash}>{v.contentHash.slice(0, 12)}…</Code>,
            },
            {
              header: 'Note',
              cell: { maw: 260 },
              render: (v) => (
                <>
                  <Text size="sm">{v.changeNote || '—'}</Text>
                  {v.status === 'draft' && v.rejectionNote && (
                    <Text size="xs" c="red.9">
                      Sent back: {v.rejectionNote}
                    </Text>
                  )}
                </>
              ),
            },
            {
              header: 'Actions',
              render: (v) => (
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
              ),
            },
          ]}
        />
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
