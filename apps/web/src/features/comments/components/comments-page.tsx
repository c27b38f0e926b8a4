// Requests for information (§9.2.2): what auditors and colleagues asked about records, and the answers. Leads
// answer here; nobody changes the record by commenting on it.
import { Anchor, Badge, Button, Stack } from '@mantine/core';
import type { Comment } from '@openaims/core';
import { Link } from '@tanstack/react-router';
import { useState } from 'react';
import { type Column, DataTable } from '../../../components/data-table.tsx';
import { EmptyState } from '../../../components/empty-state.tsx';
import { MultilineText } from '../../../components/multiline-text.tsx';
import { PageHeader } from '../../../components/page-header.tsx';
import { SegmentedFilter } from '../../../components/segmented-filter.tsx';
import { formatDateTime } from '../../../lib/format.ts';
import { useMemberNames } from '../../members/api/member-options.ts';
import { useCurrentOrg } from '../../orgs/use-current-org.ts';
import { useComments } from '../api/list-comments.ts';
import { AnswerCommentModal } from './answer-comment-modal.tsx';
import { COMMENT_TARGET_LABEL, commentTargetHref } from './comment-target.ts';

/** Requests shown: those awaiting an answer, the answered ones, or all. */
const STATUS_FILTER = [
  { value: 'open', label: 'Awaiting answer' },
  { value: 'answered', label: 'Answered' },
  { value: 'all', label: 'All' },
] as const;

export function CommentStatusBadge({ status }: { status: Comment['status'] }) {
  return status === 'open' ? (
    <Badge color="orange" variant="light" c="var(--mantine-color-text)">
      Awaiting answer
    </Badge>
  ) : (
    <Badge color="teal" variant="light" c="var(--mantine-color-text)">
      Answered
    </Badge>
  );
}

export function CommentsPage() {
  const { orgId, can } = useCurrentOrg();
  const [status, setStatus] = useState<(typeof STATUS_FILTER)[number]['value']>('open');
  const [answering, setAnswering] = useState<Comment | null>(null);
  const state = useComments(orgId, { status: status === 'all' ? undefined : status });
  const names = useMemberNames(orgId);
  const name = (id: string | null) => (id ? (names.get(id) ?? 'a former member') : '—');

  const columns: Column<Comment>[] = [
    { key: 'at', header: 'Asked', render: (c) => formatDateTime(c.createdAt), width: 150 },
    { key: 'by', header: 'By', render: (c) => name(c.createdBy), width: 140 },
    {
      key: 'record',
      header: 'Record',
      render: (c) => (
        <Anchor component={Link} to={commentTargetHref(orgId, c.targetType, c.targetId)} size="sm">
          {COMMENT_TARGET_LABEL[c.targetType]}
        </Anchor>
      ),
      width: 150,
    },
    {
      key: 'question',
      header: 'Question and answer',
      render: (c) => (
        <Stack gap={4}>
          <MultilineText>{c.body}</MultilineText>
          {c.answer && (
            <MultilineText c="dimmed">
              {name(c.answeredBy)}, {formatDateTime(c.answeredAt)}: {c.answer}
            </MultilineText>
          )}
        </Stack>
      ),
    },
    {
      key: 'status',
      header: 'Status',
      width: 170,
      render: (c) =>
        c.status === 'open' && can('comment:answer') ? (
          <Button size="xs" variant="light" onClick={() => setAnswering(c)}>
            Answer
          </Button>
        ) : (
          <CommentStatusBadge status={c.status} />
        ),
    },
  ];

  return (
    <>
      <PageHeader
        title="Requests for information"
        description="Questions about records from auditors and colleagues (ISO/IEC 42001 §9.2). Ask from a record's page; leads answer here. A question never changes the record."
      />
      <Stack gap="md">
        <SegmentedFilter
          aria-label="Show"
          w="fit-content"
          options={STATUS_FILTER}
          value={status}
          onChange={setStatus}
        />
        <DataTable
          label="Requests for information"
          columns={columns}
          state={state}
          empty={
            <EmptyState
              title={status === 'open' ? 'Nothing awaits an answer' : 'No requests yet'}
              description="An auditor's question about a risk, an AI system, a document or a piece of evidence appears here."
            />
          }
        />
      </Stack>
      <AnswerCommentModal orgId={orgId} comment={answering} onClose={() => setAnswering(null)} />
    </>
  );
}
