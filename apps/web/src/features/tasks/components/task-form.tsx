// Add or edit a task: title, description, owner (a member) and due date. The server checks the owner and dates.
import { Button, Group, Select, Stack, Textarea, TextInput } from '@mantine/core';
import type { Task } from '@openaims/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { memberOptionsQuery } from '../api/tasks.ts';

/** What the form sends. */
export interface TaskFormValues {
  title: string;
  description: string;
  ownerId: string | null;
  dueDate: string | null;
}

export function TaskForm(props: {
  orgId: string;
  task?: Task;
  pending: boolean;
  submitLabel: string;
  onSubmit: (v: TaskFormValues) => void;
  onCancel: () => void;
}) {
  const members = useQuery(memberOptionsQuery(props.orgId));
  const [v, setV] = useState<TaskFormValues>({
    title: props.task?.title ?? '',
    description: props.task?.description ?? '',
    ownerId: props.task?.ownerId ?? null,
    dueDate: props.task?.dueDate ?? null,
  });
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        props.onSubmit(v);
      }}
    >
      <Stack gap="sm">
        <TextInput
          label="Task"
          required
          maxLength={300}
          value={v.title}
          onChange={(e) => setV({ ...v, title: e.currentTarget.value })}
        />
        <Textarea
          label="Details"
          autosize
          minRows={2}
          value={v.description}
          onChange={(e) => setV({ ...v, description: e.currentTarget.value })}
        />
        <Select
          label="Owner"
          placeholder="No owner"
          clearable
          searchable
          data={(members.data?.items ?? []).map((m) => ({ value: m.userId, label: m.name || m.email }))}
          value={v.ownerId}
          onChange={(x) => setV({ ...v, ownerId: x })}
        />
        <TextInput
          label="Due date"
          type="date"
          value={v.dueDate ?? ''}
          onChange={(e) => setV({ ...v, dueDate: e.currentTarget.value || null })}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={props.onCancel}>
            Cancel
          </Button>
          <Button type="submit" loading={props.pending}>
            {props.submitLabel}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
