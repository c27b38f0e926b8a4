// Add or edit a task: title, description, owner (a member) and due date; validated with the core schema, and
// the server's field errors land on the fields. An edit sends only what changed.
import { Stack } from '@mantine/core';
import { type Task, UpdateTaskSchema } from '@openaims/core';
import { FormActions } from '../../../components/form-actions.tsx';
import { FormOptionalTextInput, FormTextarea, FormTextInput } from '../../../components/form-fields.tsx';
import { type AddOrEditFormProps, useAddOrEditForm } from '../../../lib/use-add-or-edit-form.ts';
import { FormMemberSelect } from '../../members/components/member-select.tsx';

export const TASK_FORM_FIELDS = ['title', 'description', 'ownerId', 'dueDate'] as const;
/** What the form edits. */
export type TaskFormValues = Pick<Task, (typeof TASK_FORM_FIELDS)[number]>;

const EMPTY_TASK: TaskFormValues = { title: '', description: '', ownerId: null, dueDate: null };

export function TaskForm(props: AddOrEditFormProps<TaskFormValues> & { task?: Task; submitLabel: string }) {
  const form = useAddOrEditForm(props.task, TASK_FORM_FIELDS, EMPTY_TASK, UpdateTaskSchema);
  return (
    <form onSubmit={form.onSubmit((v) => props.onSubmit(v, form))}>
      <Stack gap="sm">
        <FormTextInput form={form} name="title" label="Task" required maxLength={300} />
        <FormTextarea form={form} name="description" label="Details" autosize minRows={2} />
        <FormMemberSelect
          form={form}
          name="ownerId"
          orgId={props.orgId}
          label="Owner"
          placeholder="No owner"
          clearable
        />
        <FormOptionalTextInput form={form} name="dueDate" label="Due date" type="date" />
        <FormActions onCancel={props.onCancel} pending={props.pending}>
          {props.submitLabel}
        </FormActions>
      </Stack>
    </form>
  );
}
