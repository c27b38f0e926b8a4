// Policies and controlled documents (§5.2, §7.5): search, type/status filters, overdue reviews, mandatory items.
import { Badge, Button, Group, Select, Switch, Text } from '@mantine/core';
import type { Document, DocumentStatus, DocumentType } from '@openaims/core';
import { IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { type Column, DataTable } from '../../../components/data-table.tsx';
import { EmptyState } from '../../../components/empty-state.tsx';
import { AnchorLink } from '../../../components/links.tsx';
import { PageHeader } from '../../../components/page-header.tsx';
import { useListControls } from '../../../components/use-list-controls.ts';
import { formatDateTime } from '../../../lib/format.ts';
import { useMemberNames } from '../../members/api/member-options.ts';
import { useUpdateOrganization } from '../../orgs/api/update-organization.ts';
import { useCurrentOrg } from '../../orgs/use-current-org.ts';
import { useDocuments } from '../api/documents.ts';
import {
  formatDay,
  mandatoryLabel,
  OverdueBadge,
  STATUS_OPTIONS,
  StatusBadge,
  TYPE_LABEL,
  TYPE_OPTIONS,
} from './document-labels.tsx';
import { NewDocumentModal } from './new-document-modal.tsx';

export function DocumentsPage() {
  const { orgId, org, can } = useCurrentOrg();
  const updateOrg = useUpdateOrganization(orgId);
  const controls = useListControls('title');
  const [type, setType] = useState<DocumentType | null>(null);
  const [status, setStatus] = useState<DocumentStatus | null>(null);
  const [overdueOnly, setOverdueOnly] = useState(false);
  const [creating, setCreating] = useState(false);
  const state = useDocuments(orgId, {
    q: controls.q,
    sort: controls.sort,
    type: type ?? undefined,
    status: status ?? undefined,
    reviewOverdue: overdueOnly ? 'true' : undefined,
  });
  const memberName = useMemberNames(orgId);
  const canCreate = can('document:create');
  const filtered = !!(type || status || overdueOnly);
  const newButton = canCreate && (
    <Button leftSection={<IconPlus size={16} />} onClick={() => setCreating(true)}>
      New document
    </Button>
  );

  const columns: Column<Document>[] = [
    {
      key: 'title',
      header: 'Title',
      sortField: 'title',
      render: (d) => (
        <Group gap="xs" wrap="nowrap">
          <AnchorLink to="/orgs/$orgId/documents/$id" params={{ orgId, id: d.id }} fw={500}>
            {d.title}
          </AnchorLink>
          {d.reviewOverdue && <OverdueBadge />}
        </Group>
      ),
    },
    { key: 'type', header: 'Type', render: (d) => TYPE_LABEL[d.type] },
    {
      key: 'mandatory',
      header: 'Mandatory item',
      render: (d) =>
        d.mandatoryKey ? (
          <Badge variant="outline" color="indigo.9" tt="none">
            {mandatoryLabel(d.mandatoryKey)}
          </Badge>
        ) : (
          <Text c="dimmed">—</Text>
        ),
    },
    {
      key: 'status',
      header: 'Status',
      render: (d) => (
        <Group gap={6} wrap="nowrap">
          <StatusBadge status={d.status} />
          {d.currentVersionNumber !== null && <Text size="xs">v{d.currentVersionNumber}</Text>}
        </Group>
      ),
    },
    { key: 'owner', header: 'Owner', render: (d) => (d.ownerId ? (memberName.get(d.ownerId) ?? '—') : '—') },
    { key: 'review', header: 'Next review', render: (d) => formatDay(d.nextReviewDate) },
    { key: 'updated', header: 'Updated', sortField: 'updatedAt', render: (d) => formatDateTime(d.updatedAt) },
  ];

  return (
    <>
      <PageHeader
        title="Policies & documents"
        eyebrow={<Badge variant="light">ISO/IEC 42001 5.2, 7.5, A.2</Badge>}
        description="The AI policy and every controlled document: versions reviewed and approved by management, review dates, and members' acknowledgements."
        actions={newButton}
      />
      {can('org:update') && (
        <Switch
          mb="md"
          label="Four-eyes approval: whoever wrote or submitted a version may not approve it"
          checked={org?.documentFourEyes ?? false}
          disabled={updateOrg.isPending}
          onChange={(e) => updateOrg.mutate({ documentFourEyes: e.currentTarget.checked })}
        />
      )}
      <DataTable
        label="Documents"
        columns={columns}
        state={state}
        rowKey={(d) => d.id}
        controls={controls}
        searchPlaceholder="Search title or description"
        toolbar={
          <>
            <Select
              label="Type"
              placeholder="All types"
              data={TYPE_OPTIONS}
              value={type}
              onChange={(v) => setType(v as DocumentType | null)}
              clearable
              w={180}
            />
            <Select
              label="Status"
              placeholder="Any status"
              data={STATUS_OPTIONS}
              value={status}
              onChange={(v) => setStatus(v as DocumentStatus | null)}
              clearable
              w={180}
            />
            <Switch
              label="Review overdue only"
              checked={overdueOnly}
              onChange={(e) => setOverdueOnly(e.currentTarget.checked)}
              mb={8}
            />
          </>
        }
        empty={
          <EmptyState
            title={filtered ? 'No documents match these filters' : 'No documents yet'}
            description={
              canCreate
                ? 'Start with the AI policy (5.2) and the AIMS scope (4.3): create the document, write a draft, and submit it for approval.'
                : 'Nobody has added a document yet. Ask a manager or contributor to start with the AI policy.'
            }
            action={newButton}
          />
        }
      />
      {canCreate && <NewDocumentModal orgId={orgId} opened={creating} onClose={() => setCreating(false)} />}
    </>
  );
}
