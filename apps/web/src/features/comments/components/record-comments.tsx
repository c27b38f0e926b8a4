// The requests for information about one record, on that record's page: ask a question, read the answers, and
// (leads) answer. Asking leaves the record unchanged (§9.2.2).
import { Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import type { Comment, CommentTargetType } from '@openaims/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { GrowingTextarea } from '../../../components/growing-textarea.tsx';
import { MultilineText } from '../../../components/multiline-text.tsx';
import { errorMessage } from '../../../lib/errors.ts';
import { formatDateTime } from '../../../lib/format.ts';
import { useMemberNames } from '../../members/api/member-options.ts';
import { useCurrentOrg } from '../../orgs/use-current-org.ts';
import { useCreateComment } from '../api/create-comment.ts';
import { useComments } from '../api/list-comments.ts';
import { AnswerCommentModal } from './answer-comment-modal.tsx';
import { CommentStatusBadge } from './comments-page.tsx';

export function RecordComments({
  targetType,
  targetId,
}: {
  targetType: CommentTargetType;
  targetId: string;
}) {
  const { t } = useTranslation();
  const { orgId, can } = useCurrentOrg();
  const state = useComments(orgId, { targetType, targetId });
  const create = useCreateComment(orgId);
  const names = useMemberNames(orgId);
  const [body, setBody] = useState('');
  const [answering, setAnswering] = useState<Comment | null>(null);
  const name = (id: string | null) => (id ? (names.get(id) ?? 'a former member') : '—');
  const ask = () =>
    create.mutate(
      { targetType, targetId, body },
      {
        onSuccess: () => {
          setBody('');
          notifications.show({ color: 'teal', message: t('comments.sent') });
        },
      },
    );
  if (!can('comment:read')) return null;
  return (
    <Card withBorder component="section" aria-labelledby={`rfi-${targetId}`}>
      <Stack gap="sm">
        <Title order={3} size="h5" id={`rfi-${targetId}`}>
          {t('comments.title')}
        </Title>
        {state.items.length === 0 && !state.isPending && (
          <Text size="sm" c="dimmed">
            {t('comments.none')}
          </Text>
        )}
        {state.items.map((c) => (
          <Stack key={c.id} gap={2}>
            <Group justify="space-between" wrap="nowrap">
              <Text size="xs" c="dimmed">
                {name(c.createdBy)}, {formatDateTime(c.createdAt)}
              </Text>
              {c.status === 'open' && can('comment:answer') ? (
                <Button size="compact-xs" variant="light" onClick={() => setAnswering(c)}>
                  {t('comments.answer')}
                </Button>
              ) : (
                <CommentStatusBadge status={c.status} />
              )}
            </Group>
            <MultilineText>{c.body}</MultilineText>
            {c.answer && (
              <MultilineText c="dimmed" pl="sm">
                {name(c.answeredBy)}: {c.answer}
              </MultilineText>
            )}
          </Stack>
        ))}
        {can('comment:create') && (
          <Stack gap={6}>
            <GrowingTextarea
              label={t('comments.ask')}
              minRows={2}
              value={body}
              onChange={setBody}
              error={create.error ? errorMessage(create.error) : undefined}
            />
            <Group justify="flex-end">
              <Button size="xs" onClick={ask} disabled={!body.trim()} loading={create.isPending}>
                {t('comments.send')}
              </Button>
            </Group>
          </Stack>
        )}
      </Stack>
      <AnswerCommentModal orgId={orgId} comment={answering} onClose={() => setAnswering(null)} />
    </Card>
  );
}
