// One management review (§9.3): who meets, the §9.3.2 inputs (live preview, then frozen with their SHA-256), the
// decisions and actions that become tasks (§9.3.3), approval by a lead, the minutes PDF and the diff to the last.
import {
  Alert,
  Badge,
  Button,
  Code,
  Group,
  Paper,
  Select,
  Stack,
  Tabs,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import type { ManagementReview } from '@openaims/core';
import { IconDownload, IconLock, IconPlus } from '@tabler/icons-react';
import { useParams } from '@tanstack/react-router';
import { useState } from 'react';
import { ConfirmButton } from '../../../components/confirm-button.tsx';
import { ErrorState } from '../../../components/error-state.tsx';
import { GrowingTextarea } from '../../../components/growing-textarea.tsx';
import { PageHeader } from '../../../components/page-header.tsx';
import { PageSkeleton } from '../../../components/page-loader.tsx';
import { SimpleTable } from '../../../components/simple-table.tsx';
import { errorMessage, fieldErrorsOf } from '../../../lib/errors.ts';
import { useMembers } from '../../members/api/members.ts';
import { useCurrentOrg } from '../../orgs/use-current-org.ts';
import { OwnerName } from '../../tasks/components/task-bits.tsx';
import { useAddReviewDecisions } from '../api/add-review-decisions.ts';
import { useApproveManagementReview } from '../api/approve-management-review.ts';
import { useFreezeManagementReview } from '../api/freeze-management-review.ts';
import { useManagementReview } from '../api/get-management-review.ts';
import { useReviewDiff } from '../api/get-review-diff.ts';
import { useReviewInputs } from '../api/get-review-inputs.ts';
import { ReviewInputsView } from './review-inputs-view.tsx';
import { REVIEW_STATUS_COLOR, REVIEW_STATUS_LABEL } from './review-labels.ts';

function DecisionForm({ orgId, review }: { orgId: string; review: ManagementReview }) {
  const add = useAddReviewDecisions(orgId);
  const members = useMembers(orgId, {});
  const [text, setText] = useState('');
  const [ownerId, setOwnerId] = useState<string | null>(null);
  const [dueDate, setDueDate] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const submit = (e: React.FormEvent) => {
    e.preventDefault();
    add.mutate(
      { id: review.id, input: { items: [{ text, ownerId, dueDate: dueDate || null }] } },
      {
        onSuccess: () => {
          setText('');
          setOwnerId(null);
          setDueDate('');
          setErrors({});
          notifications.show({
            color: 'teal',
            message:
              ownerId || dueDate ? 'Decision recorded; its action is now a task.' : 'Decision recorded.',
          });
        },
        onError: (err) => setErrors(fieldErrorsOf(err)),
      },
    );
  };
  return (
    <form onSubmit={submit} noValidate aria-label="Record a decision">
      <Stack gap="xs">
        <GrowingTextarea
          label="Decision or action"
          description="With an owner or a due date it becomes a task of this review."
          required
          minRows={2}
          value={text}
          onChange={setText}
          error={errors['items.0.text']}
        />
        <Group grow align="flex-start">
          <Select
            label="Owner"
            clearable
            searchable
            data={members.items.map((m) => ({ value: m.userId, label: m.name || m.email }))}
            value={ownerId}
            onChange={setOwnerId}
            error={errors['items.0.ownerId']}
          />
          <TextInput
            label="Due date"
            type="date"
            value={dueDate}
            onChange={(e) => setDueDate(e.currentTarget.value)}
            error={errors['items.0.dueDate']}
          />
        </Group>
        {add.error && Object.keys(errors).length === 0 && (
          <Alert color="red">{errorMessage(add.error)}</Alert>
        )}
        <Group justify="flex-end">
          <Button
            type="submit"
            leftSection={<IconPlus size={16} />}
            loading={add.isPending}
            disabled={!text.trim()}
          >
            Add decision
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

function DiffView({ orgId, id }: { orgId: string; id: string }) {
  const q = useReviewDiff(orgId, id);
  if (q.error) return <ErrorState error={q.error} />;
  if (!q.data) return <PageSkeleton />;
  const d = q.data;
  return (
    <Stack gap="sm">
      <Text size="sm" c="dimmed">
        {d.previousReviewId
          ? `Compared with the previous review's frozen inputs${d.frozen ? '' : ' (this review is not frozen yet: live numbers)'}.`
          : 'This is the first review: every number is new.'}
      </Text>
      {d.entries.length === 0 ? (
        <Text size="sm">Nothing moved since the previous review.</Text>
      ) : (
        <SimpleTable
          withTableBorder
          striped
          fz="sm"
          rows={d.entries}
          rowKey={(e) => e.path}
          columns={[
            { header: 'Input', render: (e) => <Code>{e.path}</Code> },
            { header: 'Previous', render: (e) => e.previous ?? '—' },
            { header: 'This review', render: (e) => e.current ?? '—' },
            {
              header: 'Change',
              render: (e) => (e.change === null ? 'new' : e.change > 0 ? `+${e.change}` : e.change),
            },
          ]}
        />
      )}
    </Stack>
  );
}

export function ManagementReviewPage() {
  const { orgId, can } = useCurrentOrg();
  const { id = '' } = useParams({ strict: false });
  const q = useManagementReview(orgId, id);
  const inputs = useReviewInputs(orgId, id);
  const freeze = useFreezeManagementReview(orgId);
  const approve = useApproveManagementReview(orgId);
  const [tab, setTab] = useState<string | null>('inputs');
  if (q.error) return <ErrorState error={q.error} />;
  if (!q.data) return <PageSkeleton />;
  const r = q.data;
  const fail = (title: string) => (e: unknown) =>
    notifications.show({ color: 'red', title, message: errorMessage(e) });
  return (
    <>
      <PageHeader
        title={r.title}
        eyebrow={<Badge color={REVIEW_STATUS_COLOR[r.status]}>{REVIEW_STATUS_LABEL[r.status]}</Badge>}
        description={`Planned for ${r.plannedDate} · clause 9.3`}
        actions={
          <>
            <Button
              component="a"
              variant="default"
              leftSection={<IconDownload size={16} />}
              href={`/api/v1/orgs/${orgId}/exports/management-review.pdf?reviewId=${encodeURIComponent(r.id)}`}
            >
              Minutes (PDF)
            </Button>
            {r.status === 'planned' && can('management_review:update') && (
              <ConfirmButton
                color="grape"
                variant="filled"
                leftSection={<IconLock size={16} />}
                title="Freeze the review inputs?"
                message="The inputs are stored as they stand now, with their SHA-256. Later changes to the records will not change them, and the review's details can no longer be edited."
                loading={freeze.isPending}
                onConfirm={() =>
                  freeze
                    .mutateAsync(r.id)
                    .then(() => notifications.show({ color: 'teal', message: 'Inputs frozen.' }))
                    .catch(fail('Could not freeze'))
                }
              >
                Freeze inputs
              </ConfirmButton>
            )}
            {r.status === 'frozen' && can('management_review:approve') && (
              <Button
                color="teal.9"
                loading={approve.isPending}
                onClick={() =>
                  approve.mutate(r.id, {
                    onSuccess: () => notifications.show({ color: 'teal', message: 'Review approved.' }),
                    onError: fail('Could not approve'),
                  })
                }
              >
                Approve
              </Button>
            )}
          </>
        }
      />
      <Stack gap="lg">
        <Paper withBorder p="md" radius="md">
          <Stack gap={6}>
            <Text size="sm">
              Chair: {r.chairId ? <OwnerName orgId={orgId} ownerId={r.chairId} /> : 'not set'}
            </Text>
            <Text size="sm">
              Attendees:{' '}
              {r.attendeeIds.length === 0
                ? 'none recorded'
                : r.attendeeIds.map((a, i) => (
                    <span key={a}>
                      {i > 0 && ', '}
                      <OwnerName orgId={orgId} ownerId={a} />
                    </span>
                  ))}
            </Text>
            {r.inputsSha256 ? (
              <Text size="sm">
                Inputs frozen {r.frozenAt?.slice(0, 16).replace('T', ' ')} UTC · SHA-256{' '}
                <Code data-testid="inputs-sha256">{r.inputsSha256}</Code>
              </Text>
            ) : (
              <Text size="sm" c="dimmed">
                Inputs are a live preview until frozen at the meeting.
              </Text>
            )}
            {r.approvedAt && (
              <Text size="sm">
                Approved {r.approvedAt.slice(0, 10)} by <OwnerName orgId={orgId} ownerId={r.approvedBy} />
              </Text>
            )}
          </Stack>
        </Paper>
        <Tabs value={tab} onChange={setTab}>
          <Tabs.List mb="md">
            <Tabs.Tab value="inputs">Inputs (9.3.2)</Tabs.Tab>
            <Tabs.Tab value="decisions">Decisions and actions (9.3.3)</Tabs.Tab>
            <Tabs.Tab value="diff">Since the previous review</Tabs.Tab>
          </Tabs.List>
          <Tabs.Panel value="inputs">
            {inputs.error ? (
              <ErrorState error={inputs.error} />
            ) : !inputs.data ? (
              <PageSkeleton />
            ) : (
              <Stack gap="sm">
                <Text size="sm" c="dimmed">
                  Period: {inputs.data.inputs.period.from?.slice(0, 10) ?? 'start of the AIMS'} to{' '}
                  {inputs.data.inputs.period.to.slice(0, 10)}
                  {inputs.data.frozen ? ' · frozen' : ' · live preview'}
                </Text>
                <ReviewInputsView inputs={inputs.data.inputs} />
              </Stack>
            )}
          </Tabs.Panel>
          <Tabs.Panel value="decisions">
            <Stack gap="md">
              {r.decisions.length === 0 ? (
                <Text size="sm" c="dimmed">
                  No decisions recorded yet.
                </Text>
              ) : (
                <SimpleTable
                  withTableBorder
                  fz="sm"
                  rows={r.decisions}
                  rowKey={(d) => d.id}
                  columns={[
                    { header: 'Decision', render: (d) => d.text },
                    {
                      header: 'Owner',
                      render: (d) => (d.ownerId ? <OwnerName orgId={orgId} ownerId={d.ownerId} /> : '—'),
                    },
                    { header: 'Due', render: (d) => d.dueDate ?? '—' },
                    {
                      header: 'Task',
                      render: (d) =>
                        d.taskId ? (
                          <Badge variant="outline" color="gray.8">
                            Task created
                          </Badge>
                        ) : (
                          'no action'
                        ),
                    },
                  ]}
                />
              )}
              {r.status !== 'approved' && can('management_review:update') && (
                <Paper withBorder p="md" radius="md">
                  <Title order={3} size="h5" mb="xs">
                    Record a decision
                  </Title>
                  <DecisionForm orgId={orgId} review={r} />
                </Paper>
              )}
            </Stack>
          </Tabs.Panel>
          <Tabs.Panel value="diff">{tab === 'diff' && <DiffView orgId={orgId} id={r.id} />}</Tabs.Panel>
        </Tabs>
      </Stack>
    </>
  );
}
