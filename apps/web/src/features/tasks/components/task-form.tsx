// Add or edit a task: title, description, owner (a member) and due date; validated with the core schema, and
// the server's field errors land on the fields. An edit sends only what changed.
import { Stack } from '@mantine/core';
import { type UseFormReturnType, useForm } from '@mantine/form';
import { type Task, UpdateTaskSchema } from '@openaims/core';
import { zod4Resolver } from 'mantine-form-zod-resolver';
import { FormActions } from '../../../components/form-actions.tsx';
import { FormOptionalTextInput, FormTextarea, FormTextInput } from '../../../components/form-fields.tsx';
import { pickFields } from '../../../lib/forms.ts';
import { MemberSelect } from '../../members/components/member-select.tsx';

export const TASK_FORM_FIELDS = ['title', 'description', 'ownerId', 'dueDate'] as const;
/** What the form edits. */
export type TaskFormValues = Pick<Task, (typeof TASK_FORM_FIELDS)[number]>;

const EMPTY_TASK: TaskFormValues = { title: '', description: '', ownerId: null, dueDate: null };

export function TaskForm(props: {
  orgId: string;
  task?: Task;
  pending: boolean;
  submitLabel: string;
  /** Receives the form too, so the caller can put the server's field errors on it (applyFieldErrors). */
  onSubmit: (v: TaskFormValues, form: UseFormReturnType<TaskFormValues>) => void;
  onCancel: () => void;
}) {
  const form = useForm<TaskFormValues>({
    initialValues: props.task ? pickFields(props.task, TASK_FORM_FIELDS) : EMPTY_TASK,
    validate: zod4Resolver(UpdateTaskSchema),
  });
  return (
    <form onSubmit={form.onSubmit((v) => props.onSubmit(v, form))}>
      <Stack gap="sm">
        <FormTextInput form={form} name="title" label="Task" required maxLength={300} />
        <FormTextarea form={form} name="description" label="Details" autosize minRows={2} />
        <MemberSelect
          orgId={props.orgId}
          label="Owner"
          placeholder="No owner"
          clearable
          {...form.getInputProps('ownerId')}
          value={form.values.ownerId}
        />
        <FormOptionalTextInput form={form} name="dueDate" label="Due date" type="date" />
        <FormActions onCancel={props.onCancel} pending={props.pending}>
          {props.submitLabel}
        </FormActions>
      </Stack>
    </form>
  );
}
