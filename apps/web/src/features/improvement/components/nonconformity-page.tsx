// One nonconformity through §10.2: correction and root cause, corrective actions, effectiveness checks, closing.
import { Alert, Badge, Button, Group, Paper, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { CA_STATUS_LABEL, type CorrectiveAction, NC_SEVERITY_LABEL } from '@openaims/core';
import { useParams } from '@tanstack/react-router';
import { useEffect, useState } from 'react';
import { ErrorAlert } from '../../../components/error-alert.tsx';
import { ErrorState } from '../../../components/error-state.tsx';
import { GrowingTextarea } from '../../../components/growing-textarea.tsx';
import { PageHeader } from '../../../components/page-header.tsx';
import { PageSkeleton } from '../../../components/page-loader.tsx';
import { TableHead } from '../../../components/table-head.tsx';
import { notifyError } from '../../../lib/notify-error.ts';
import { useCurrentOrg } from '../../orgs/use-current-org.ts';
import {
  useCheckCorrectiveAction,
  useCloseNonconformity,
  useCorrectiveActions,
  useCreateCorrectiveAction,
  useNonconformity,
  useUpdateCorrectiveAction,
  useUpdateNonconformity,
} from '../api/improvement.ts';
import { NC_STATUS_COLOR, NC_STATUS_LABEL, SOURCE_LABEL } from './labels.ts';

function ActionRow({
  orgId,
  ca,
  canCheck,
  closed,
}: {
  orgId: string;
  ca: CorrectiveAction;
  canCheck: boolean;
  closed: boolean;
}) {
  const update = useUpdateCorrectiveAction(orgId);
  const check = useCheckCorrectiveAction(orgId);
  const [note, setNote] = useState('');
  return (
    <Table.Tr>
      <Table.Td>{ca.description}</Table.Td>
      <Table.Td>{ca.dueDate ?? '—'}</Table.Td>
      <Table.Td>{CA_STATUS_LABEL[ca.status]}</Table.Td>
      <Table.Td>
        {ca.effective === null ? (
          '—'
        ) : (
          <Badge color={ca.effective ? 'teal.9' : 'red.9'}>
            {ca.effective ? 'Effective' : 'Not effective'}
          </Badge>
        )}
        {ca.effectivenessNote && <Text size="xs">{ca.effectivenessNote}</Text>}
      </Table.Td>
      <Table.Td>
        {!closed && ca.status === 'open' && (
          <Button
            size="xs"
            variant="light"
            loading={update.isPending}
            onClick={() => update.mutate({ ca, changes: { status: 'done' } }, { onError: notifyError })}
          >
            Mark done
          </Button>
        )}
        {!closed && canCheck && ca.status === 'done' && ca.effective === null && (
          <Group gap="xs" wrap="nowrap">
            <TextInput
              size="xs"
              aria-label={`Effectiveness note for ${ca.description}`}
              placeholder="What shows it worked"
              value={note}
              onChange={(e) => setNote(e.currentTarget.value)}
            />
            <Button
              size="xs"
              disabled={!note.trim()}
              onClick={() =>
                check.mutate({ id: ca.id, check: { effective: true, note } }, { onError: notifyError })
              }
            >
              Effective
            </Button>
            <Button
              size="xs"
              variant="default"
              disabled={!note.trim()}
              onClick={() =>
                check.mutate({ id: ca.id, check: { effective: false, note } }, { onError: notifyError })
              }
            >
              Not effective
            </Button>
          </Group>
        )}
      </Table.Td>
    </Table.Tr>
  );
}

export function NonconformityPage() {
  const { orgId, can } = useCurrentOrg();
  const { id = '' } = useParams({ strict: false });
  const q = useNonconformity(orgId, id);
  const actions = useCorrectiveActions(orgId, id);
  const update = useUpdateNonconformity(orgId);
  const addAction = useCreateCorrectiveAction(orgId);
  const close = useCloseNonconformity(orgId);
  const [correction, setCorrection] = useState('');
  const [rootCause, setRootCause] = useState('');
  const [action, setAction] = useState('');
  useEffect(() => {
    if (q.data) {
      setCorrection(q.data.correction);
      setRootCause(q.data.rootCause);
    }
  }, [q.data]);
  if (q.error) return <ErrorState error={q.error} />;
  if (!q.data) return <PageSkeleton />;
  const nc = q.data;
  const closed = nc.status === 'closed';
  const canEdit = can('nonconformity:update') && !closed;
  /** Correction and root cause (§10.2 a, b): edited alike, until the nonconformity is closed. */
  const analysisText = (value: string, onChange: (v: string) => void) => ({
    value,
    onChange,
    minRows: 2,
    readOnly: !canEdit,
  });
  return (
    <>
      <PageHeader
        title={nc.title}
        description={`${NC_SEVERITY_LABEL[nc.severity]} · from ${SOURCE_LABEL[nc.source].toLowerCase()} · detected ${nc.detectedOn}${nc.requirementRefs.length ? ` · ${nc.requirementRefs.join(', ')}` : ''}`}
        actions={
          <Badge size="lg" color={NC_STATUS_COLOR[nc.status]}>
            {NC_STATUS_LABEL[nc.status]}
          </Badge>
        }
      />
      <Stack gap="lg">
        {nc.description && <Text>{nc.description}</Text>}
        <Paper withBorder p="md">
          <Stack gap="sm">
            <GrowingTextarea
              label="Correction (§10.2 a)"
              description="What was done at once to control and correct it."
              {...analysisText(correction, setCorrection)}
            />
            <GrowingTextarea
              label="Root cause (§10.2 b)"
              description="Why it happened, and whether similar ones exist or could occur."
              {...analysisText(rootCause, setRootCause)}
            />
            {canEdit && (
              <Group justify="flex-end">
                <Button
                  variant="default"
                  loading={update.isPending}
                  onClick={() =>
                    update.mutate(
                      { nc, changes: { correction, rootCause } },
                      {
                        onSuccess: () => notifications.show({ color: 'teal', message: 'Saved.' }),
                        onError: notifyError,
                      },
                    )
                  }
                >
                  Save analysis
                </Button>
              </Group>
            )}
          </Stack>
        </Paper>
        <Title order={2} size="h4">
          Corrective actions
        </Title>
        {(actions.data?.items.length ?? 0) === 0 ? (
          <Text c="dimmed">No corrective action yet.</Text>
        ) : (
          <Table aria-label="Corrective actions">
            <TableHead labels={['Action', 'Due', 'Status', 'Effectiveness', '']} />
            <Table.Tbody>
              {actions.data?.items.map((ca) => (
                <ActionRow
                  key={ca.id}
                  orgId={orgId}
                  ca={ca}
                  canCheck={can('nonconformity:close')}
                  closed={closed}
                />
              ))}
            </Table.Tbody>
          </Table>
        )}
        {canEdit && (
          <Group align="flex-end">
            <TextInput
              label="New corrective action"
              style={{ flex: 1 }}
              value={action}
              onChange={(e) => setAction(e.currentTarget.value)}
            />
            <Button
              disabled={!action.trim()}
              loading={addAction.isPending}
              onClick={() =>
                addAction.mutate(
                  { nonconformityId: nc.id, description: action },
                  { onSuccess: () => setAction(''), onError: notifyError },
                )
              }
            >
              Add action
            </Button>
          </Group>
        )}
        <ErrorAlert error={close.error} />
        {can('nonconformity:close') && !closed && (
          <Group justify="flex-end">
            <Button
              color="teal.9"
              loading={close.isPending}
              onClick={() =>
                close.mutate(nc.id, {
                  onSuccess: () => notifications.show({ color: 'teal', message: 'Nonconformity closed.' }),
                })
              }
            >
              Close nonconformity
            </Button>
          </Group>
        )}
        {closed && <Alert color="teal">Closed {nc.closedAt?.slice(0, 10)}.</Alert>}
      </Stack>
    </>
  );
}
