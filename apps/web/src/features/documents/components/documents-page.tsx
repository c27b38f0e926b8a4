// Policies and controlled documents (§5.2, §7.5): search, type/status filters, overdue reviews, mandatory items.
import { Badge, Group, Select, Switch, Text } from '@mantine/core';
import type { Document, DocumentStatus, DocumentType } from '@openaims/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AddButton } from '../../../components/add-button.tsx';
import { type Column, DataTable } from '../../../components/data-table.tsx';
import { EmptyState } from '../../../components/empty-state.tsx';
import { AnchorLink } from '../../../components/links.tsx';
import { PageHeader } from '../../../components/page-header.tsx';
import { useListControls } from '../../../components/use-list-controls.ts';
import { useLabel, useLabelledOptions } from '../../../i18n/use-label.ts';
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
  const { t } = useTranslation();
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
  const label = useLabel();
  const typeOptions = useLabelledOptions('documentType', TYPE_OPTIONS);
  const statusOptions = useLabelledOptions('documentStatus', STATUS_OPTIONS);
  const canCreate = can('document:create');
  const filtered = !!(type || status || overdueOnly);
  const newButton = canCreate && (
    <AddButton onClick={() => setCreating(true)}>{t('documents.new')}</AddButton>
  );

  const columns: Column<Document>[] = [
    {
      key: 'title',
      header: t('documents.docTitle'),
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
    {
      key: 'type',
      header: t('documents.type'),
      render: (d) => label('documentType', d.type, TYPE_LABEL[d.type]),
    },
    {
      key: 'mandatory',
      header: t('documents.mandatory'),
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
      header: t('documents.status'),
      render: (d) => (
        <Group gap={6} wrap="nowrap">
          <StatusBadge status={d.status} />
          {d.currentVersionNumber !== null && <Text size="xs">v{d.currentVersionNumber}</Text>}
        </Group>
      ),
    },
    {
      key: 'owner',
      header: t('documents.owner'),
      render: (d) => (d.ownerId ? (memberName.get(d.ownerId) ?? '—') : '—'),
    },
    { key: 'review', header: t('documents.nextReview'), render: (d) => formatDay(d.nextReviewDate) },
    {
      key: 'updated',
      header: t('documents.updated'),
      sortField: 'updatedAt',
      render: (d) => formatDateTime(d.updatedAt),
    },
  ];

  return (
    <>
      <PageHeader
        title={t('documents.title')}
        eyebrow={<Badge variant="light">ISO/IEC 42001 5.2, 7.5, A.2</Badge>}
        description={t('documents.description')}
        actions={newButton}
      />
      {can('org:update') && (
        <Switch
          mb="md"
          label={t('documents.fourEyes')}
          checked={org?.documentFourEyes ?? false}
          disabled={updateOrg.isPending}
          onChange={(e) => updateOrg.mutate({ documentFourEyes: e.currentTarget.checked })}
        />
      )}
      <DataTable
        label={t('documents.documents')}
        columns={columns}
        state={state}
        controls={controls}
        searchPlaceholder={t('documents.searchPlaceholder')}
        toolbar={
          <>
            <Select
              label={t('documents.type')}
              placeholder={t('documents.allTypes')}
              data={typeOptions}
              value={type}
              onChange={(v) => setType(v as DocumentType | null)}
              clearable
              w={180}
            />
            <Select
              label={t('documents.status')}
              placeholder={t('documents.anyStatus')}
              data={statusOptions}
              value={status}
              onChange={(v) => setStatus(v as DocumentStatus | null)}
              clearable
              w={180}
            />
            <Switch
              label={t('documents.overdueOnly')}
              checked={overdueOnly}
              onChange={(e) => setOverdueOnly(e.currentTarget.checked)}
              mb={8}
            />
          </>
        }
        empty={
          <EmptyState
            title={filtered ? t('documents.noneMatch') : t('documents.none')}
            description={canCreate ? t('documents.emptyCanCreate') : t('documents.emptyReadOnly')}
            action={newButton}
          />
        }
      />
      {canCreate && <NewDocumentModal orgId={orgId} opened={creating} onClose={() => setCreating(false)} />}
    </>
  );
}
