// Plan a management review (§9.3.1): title, date, chair and attendees; validated with the core schema.
import { Alert, Modal, Stack } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { CreateManagementReviewSchema } from '@openaims/core';
import { useNavigate } from '@tanstack/react-router';
import { zod4Resolver } from 'mantine-form-zod-resolver';
import { useEffect } from 'react';
import { FormActions } from '../../../components/form-actions.tsx';
import { FormMultiSelect, FormSelect, FormTextInput } from '../../../components/form-fields.tsx';
import { applyFieldErrors, errorMessage } from '../../../lib/errors.ts';
import { useMembers } from '../../members/api/members.ts';
import { useCreateManagementReview } from '../api/create-management-review.ts';

type Values = {
  title: string;
  plannedDate: string;
  chairId: string | null;
  attendeeIds: string[];
};

const blank = (): Values => ({
  title: `Management review ${new Date().getUTCFullYear()}`,
  plannedDate: new Date().toISOString().slice(0, 10),
  chairId: null,
  attendeeIds: [],
});

export function ManagementReviewModal(props: { orgId: string; opened: boolean; onClose: () => void }) {
  const create = useCreateManagementReview(props.orgId);
  const members = useMembers(props.orgId, {});
  const navigate = useNavigate();
  const form = useForm<Values>({
    mode: 'controlled',
    initialValues: blank(),
    validate: zod4Resolver(CreateManagementReviewSchema),
  });
  // biome-ignore lint/correctness/useExhaustiveDependencies: the form resets only when the dialog opens
  useEffect(() => {
    if (!props.opened) return;
    form.setValues(blank());
    form.clearErrors();
    create.reset();
  }, [props.opened]);
  const people = members.items.map((m) => ({ value: m.userId, label: m.name || m.email }));
  const submit = form.onSubmit((v) =>
    create.mutate(v, {
      onSuccess: (r) => {
        notifications.show({ color: 'teal', message: 'Review planned.' });
        props.onClose();
        void navigate({
          to: '/orgs/$orgId/management-reviews/$id',
          params: { orgId: props.orgId, id: r.id },
        });
      },
      onError: (e) => applyFieldErrors(form, e),
    }),
  );
  return (
    <Modal
      opened={props.opened}
      onClose={props.onClose}
      title="Plan a management review"
      centered
      closeButtonProps={{ 'aria-label': 'Close' }}
    >
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <FormTextInput form={form} name="title" label="Title" required />
          <FormTextInput form={form} name="plannedDate" label="Planned date" type="date" required />
          <FormSelect form={form} name="chairId" label="Chair" clearable searchable data={people} />
          <FormMultiSelect form={form} name="attendeeIds" label="Attendees" searchable data={people} />
          {create.error && !form.errors.title && <Alert color="red">{errorMessage(create.error)}</Alert>}
          <FormActions onCancel={props.onClose} pending={create.isPending}>
            Plan review
          </FormActions>
        </Stack>
      </form>
    </Modal>
  );
}
