// Treatment tab of a risk (§6.1.3, §8.3): option, controls, the treatment tasks, plan approval and acceptance.
// Approve and Accept appear only to roles holding `risk:accept`; the server checks again.
import { Alert, Badge, Button, Group, Modal, Stack, Text, Title } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { ANNEX_A_CONTROLS, type Risk, type Task } from '@openaims/core';
import { IconPlus } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { ErrorAlert } from '../../../components/error-alert.tsx';
import { ErrorState } from '../../../components/error-state.tsx';
import { RowActionButton } from '../../../components/row-buttons.tsx';
import { SimpleTable } from '../../../components/simple-table.tsx';
import { applyFieldErrors, errorMessage } from '../../../lib/errors.ts';
import { formatDate, formatDateTime } from '../../../lib/format.ts';
import { changedFields } from '../../../lib/forms.ts';
import { useCurrentOrg } from '../../orgs/use-current-org.ts';
import { tasksQuery, useCreateTask, useUpdateTask } from '../../tasks/api/tasks.ts';
import {
  MoveTaskMenu,
  OverdueBadge,
  OwnerName,
  TASK_STATUS_LABEL,
} from '../../tasks/components/task-bits.tsx';
import { TASK_FORM_FIELDS, TaskForm, type TaskFormValues } from '../../tasks/components/task-form.tsx';
import { type RiskDecision, RiskDecisionModal } from './risk-decision-modal.tsx';

const controlTitle = (ref: string) => ANNEX_A_CONTROLS.find((c) => c.ref === ref)?.title ?? '';

function TreatmentTasks({ risk }: { risk: Risk }) {
  const { orgId, can } = useCurrentOrg();
  const tasks = useQuery(
    tasksQuery(orgId, { kind: 'treatment', sourceType: 'risk', sourceId: risk.id, sort: 'createdAt' }),
  );
  const create = useCreateTask(orgId);
  const update = useUpdateTask(orgId);
  const [editing, setEditing] = useState<Task | 'new' | null>(null);
  const canEdit = can('task:update');
  const save = (v: TaskFormValues, form: UseFormReturnType<TaskFormValues>) => {
    const done = { onSuccess: () => setEditing(null), onError: (e: unknown) => applyFieldErrors(form, e) };
    if (editing === 'new')
      create.mutate({ ...v, kind: 'treatment', source: { entityType: 'risk', entityId: risk.id } }, done);
    else if (editing) {
      const input = changedFields(editing, v, TASK_FORM_FIELDS);
      if (Object.keys(input).length === 0) setEditing(null);
      else update.mutate({ task: editing, input }, done);
    }
  };
  return (
    <Stack gap="sm">
      <Group justify="space-between">
        <Title order={3} size="h5">
          Treatment tasks
        </Title>
        {can('task:create') && (
          <Button size="xs" leftSection={<IconPlus size={14} />} onClick={() => setEditing('new')}>
            Add treatment task
          </Button>
        )}
      </Group>
      <ErrorAlert error={update.error} title="Not changed" />
      {tasks.error ? (
        <ErrorState error={tasks.error} onRetry={() => tasks.refetch()} />
      ) : tasks.isPending ? (
        <Text size="sm" c="dimmed">
          Loading…
        </Text>
      ) : tasks.data.items.length === 0 ? (
        <Text size="sm" c="dimmed">
          No treatment tasks yet. Add the actions that carry out this plan, each with an owner and a due date.
        </Text>
      ) : (
        <SimpleTable
          label="Treatment tasks"
          striped
          rows={tasks.data.items}
          rowKey={(t) => t.id}
          rowProps={(t) => ({ 'data-task': t.title })}
          columns={[
            { header: 'Task', render: (t) => t.title },
            { header: 'Owner', render: (t) => <OwnerName orgId={orgId} ownerId={t.ownerId} /> },
            {
              header: 'Due',
              render: (t) => (
                <Group gap={6}>
                  {t.dueDate ? formatDate(t.dueDate) : '—'}
                  <OverdueBadge task={t} />
                </Group>
              ),
            },
            { header: 'Status', render: (t) => TASK_STATUS_LABEL[t.status] },
            {
              header: 'Actions',
              render: (t) =>
                canEdit && (
                  <Group gap={4} wrap="nowrap">
                    <RowActionButton onClick={() => setEditing(t)} aria-label={`Edit ${t.title}`}>
                      Edit
                    </RowActionButton>
                    {t.status !== 'done' && t.status !== 'cancelled' && (
                      <RowActionButton
                        onClick={() => update.mutate({ task: t, input: { status: 'done' } })}
                        aria-label={`Complete ${t.title}`}
                      >
                        Complete
                      </RowActionButton>
                    )}
                    <MoveTaskMenu task={t} onMove={(s) => update.mutate({ task: t, input: { status: s } })} />
                  </Group>
                ),
            },
          ]}
        />
      )}
      <Modal
        closeButtonProps={{ 'aria-label': 'Close' }}
        opened={editing !== null}
        onClose={() => setEditing(null)}
        title={editing === 'new' ? 'New treatment task' : 'Edit treatment task'}
      >
        {(create.error || update.error) && (
          <Alert color="red" mb="sm" title="Not saved">
            {errorMessage(create.error ?? update.error)}
          </Alert>
        )}
        {editing !== null && (
          <TaskForm
            orgId={orgId}
            task={editing === 'new' ? undefined : editing}
            pending={create.isPending || update.isPending}
            submitLabel="Save task"
            onSubmit={save}
            onCancel={() => setEditing(null)}
          />
        )}
      </Modal>
    </Stack>
  );
}

export function RiskTreatmentPanel({ risk }: { risk: Risk }) {
  const { can } = useCurrentOrg();
  const [dialog, setDialog] = useState<RiskDecision | null>(null);
  const mayDecide = can('risk:accept');
  return (
    <Stack gap="lg">
      <Group gap="xl" align="flex-start">
        <Stack gap={2}>
          <Text size="xs" c="dimmed" fw={600} tt="uppercase">
            Option
          </Text>
          <Text size="sm">{risk.treatmentOption ?? 'Not chosen yet'}</Text>
        </Stack>
        <Stack gap={2}>
          <Text size="xs" c="dimmed" fw={600} tt="uppercase">
            Annex A controls
          </Text>
          {risk.controlRefs.length === 0 ? (
            <Text size="sm">None</Text>
          ) : (
            risk.controlRefs.map((ref) => (
              <Text size="sm" key={ref}>
                {ref} {controlTitle(ref)}
              </Text>
            ))
          )}
          {risk.ownControls.map((c) => (
            <Text size="sm" key={c}>
              {c}
            </Text>
          ))}
        </Stack>
        <Stack gap={2}>
          <Text size="xs" c="dimmed" fw={600} tt="uppercase">
            Plan approval
          </Text>
          {risk.treatmentApprovedAt ? (
            <Badge color="teal.9" variant="light">
              Approved {formatDateTime(risk.treatmentApprovedAt)}
            </Badge>
          ) : (
            <Text size="sm">Not approved</Text>
          )}
        </Stack>
        <Stack gap={2}>
          <Text size="xs" c="dimmed" fw={600} tt="uppercase">
            Residual risk
          </Text>
          <Text size="sm">
            {risk.acceptedAt ? `Accepted ${formatDateTime(risk.acceptedAt)}` : 'Not accepted'}
          </Text>
        </Stack>
      </Group>
      {mayDecide && (
        <Group gap="sm">
          {!risk.treatmentApprovedAt && (
            <Button variant="default" onClick={() => setDialog('approve')}>
              Approve plan
            </Button>
          )}
          {risk.treatmentApprovedAt && risk.status !== 'accepted' && (
            <Button variant="default" onClick={() => setDialog('accept')}>
              Accept residual risk
            </Button>
          )}
        </Group>
      )}
      <TreatmentTasks risk={risk} />
      {dialog && <RiskDecisionModal risk={risk} decision={dialog} onClose={() => setDialog(null)} />}
    </Stack>
  );
}
