// Management reviews (§9.3): the series of reviews, each planned, frozen at the meeting and approved.
import { Badge, Text } from '@mantine/core';
import type { ManagementReview } from '@openaims/core';
import { useState } from 'react';
import { AddButton } from '../../../components/add-button.tsx';
import { type Column, DataTable } from '../../../components/data-table.tsx';
import { EmptyState } from '../../../components/empty-state.tsx';
import { linkColumn } from '../../../components/link-column.tsx';
import { PageHeader } from '../../../components/page-header.tsx';
import { useListControls } from '../../../components/use-list-controls.ts';
import { useCurrentOrg } from '../../orgs/use-current-org.ts';
import { OwnerName } from '../../tasks/components/task-bits.tsx';
import { useManagementReviews } from '../api/list-management-reviews.ts';
import { ManagementReviewModal } from './management-review-modal.tsx';
import { REVIEW_STATUS_COLOR, REVIEW_STATUS_LABEL } from './review-labels.ts';

export function ManagementReviewsPage() {
  const { orgId, can } = useCurrentOrg();
  const [opened, setOpened] = useState(false);
  const controls = useListControls('-plannedDate');
  const reviews = useManagementReviews(orgId, { q: controls.q, sort: controls.sort });
  const columns: Column<ManagementReview>[] = [
    linkColumn({ field: 'title', header: 'Review', to: '/orgs/$orgId/management-reviews/$id', orgId }),
    { key: 'date', header: 'Planned date', sortField: 'plannedDate', render: (r) => r.plannedDate },
    {
      key: 'status',
      header: 'Status',
      render: (r) => <Badge color={REVIEW_STATUS_COLOR[r.status]}>{REVIEW_STATUS_LABEL[r.status]}</Badge>,
    },
    { key: 'chair', header: 'Chair', render: (r) => <OwnerName orgId={orgId} ownerId={r.chairId} /> },
    {
      key: 'decisions',
      header: 'Decisions',
      render: (r) => <Text size="sm">{r.decisions.length}</Text>,
    },
  ];
  return (
    <>
      <PageHeader
        title="Management reviews"
        description="Top management reviews the AIMS at planned intervals (§9.3): the inputs are gathered from live data, frozen at the meeting with a SHA-256, and the decisions become tasks."
        actions={
          can('management_review:update') && (
            <AddButton onClick={() => setOpened(true)}>Plan a review</AddButton>
          )
        }
      />
      <DataTable
        label="Management reviews"
        columns={columns}
        state={reviews}
        controls={controls}
        searchPlaceholder="Search reviews"
        empty={
          <EmptyState
            title="No management review yet"
            description="Plan the first review: its inputs (§9.3.2) are gathered for you from the records in this tool, and an approved review completes readiness item 9.3."
          />
        }
      />
      <ManagementReviewModal orgId={orgId} opened={opened} onClose={() => setOpened(false)} />
    </>
  );
}
