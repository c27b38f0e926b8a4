// Forms for a competence requirement (§7.2 a) and a training record (§7.2 d); the server's field errors show on the fields.
import { Checkbox, Group, NumberInput, Select } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import {
  type CreateCompetenceInput,
  CreateCompetenceSchema,
  type CreateTrainingInput,
  CreateTrainingSchema,
  todayUtc,
} from '@openaims/core';
import { z } from 'zod';
import { FormTextarea, FormTextInput } from '../../../components/form-fields.tsx';
import { FormModal, type OrgDialogProps } from '../../../components/form-modal.tsx';
import { applyFieldErrors } from '../../../lib/errors.ts';
import { useModalForm } from '../../../lib/use-modal-form.ts';
import { FormMemberSelect } from '../../members/components/member-select.tsx';
import { useCompetences, useCreateCompetence, useRecordTraining } from '../api/people.ts';

type CompetenceValues = Omit<CreateCompetenceInput, 'renewalMonths'> & {
  renewalMonths: number | string | null;
};

export function CompetenceModal({ orgId, opened, onClose }: OrgDialogProps) {
  const create = useCreateCompetence(orgId);
  const form = useModalForm<CompetenceValues>(
    CompetenceFormSchema,
    () => ({ role: '', title: '', description: '', aiLiteracy: false, renewalMonths: '' }),
    opened,
  );
  const submit = form.onSubmit((v) =>
    create.mutate(
      {
        ...v,
        renewalMonths: v.renewalMonths === '' || v.renewalMonths === null ? null : Number(v.renewalMonths),
      },
      {
        onSuccess: () => {
          notifications.show({ color: 'teal', message: `${v.title} added.` });
          onClose();
        },
        onError: (e) => applyFieldErrors(form, e),
      },
    ),
  );
  return (
    <FormModal
      opened={opened}
      onClose={onClose}
      title="New competence requirement"
      onSubmit={submit}
      error={create.error}
      fieldErrors={form.errors}
      pending={create.isPending}
    >
      <FormTextInput
        form={form}
        name="role"
        label="Role"
        required
        description="Who needs it, e.g. “Human overseer of the hiring model”."
      />
      <FormTextInput form={form} name="title" label="Competence" required />
      <FormTextarea form={form} name="description" label="What it involves" autosize minRows={2} />
      <Group grow align="flex-end">
        <NumberInput
          label="Renew every (months)"
          description="Leave empty when once is enough."
          min={1}
          max={120}
          {...form.getInputProps('renewalMonths')}
        />
        <Checkbox
          label="Counts toward AI literacy (EU AI Act Art. 4)"
          {...form.getInputProps('aiLiteracy', { type: 'checkbox' })}
        />
      </Group>
    </FormModal>
  );
}

// The form keeps an empty number box as '' until it is sent; the schema sees it as "no renewal".
const CompetenceFormSchema = CreateCompetenceSchema.extend({
  renewalMonths: z.preprocess((x) => (x === '' ? null : x), CreateCompetenceSchema.shape.renewalMonths),
});

type TrainingValues = Required<Omit<CreateTrainingInput, 'competenceId'>> & { competenceId: string | null };

export function TrainingModal({ orgId, opened, onClose }: OrgDialogProps) {
  const record = useRecordTraining(orgId);
  const competences = useCompetences(orgId);
  const form = useModalForm<TrainingValues>(
    CreateTrainingSchema,
    () => ({
      competenceId: null,
      userId: null,
      personName: '',
      activity: '',
      completedOn: todayUtc(),
      note: '',
    }),
    opened,
  );
  const submit = form.onSubmit((v) =>
    record.mutate(
      { ...v, competenceId: v.competenceId ?? '' },
      {
        onSuccess: () => {
          notifications.show({ color: 'teal', message: 'Training recorded.' });
          onClose();
        },
        onError: (e) => applyFieldErrors(form, e),
      },
    ),
  );
  return (
    <FormModal
      opened={opened}
      onClose={onClose}
      title="Record training"
      onSubmit={submit}
      error={record.error}
      fieldErrors={form.errors}
      pending={record.isPending}
    >
      <Select
        label="Competence"
        required
        {...form.getInputProps('competenceId')}
        data={competences.items.map((c) => ({ value: c.id, label: `${c.title} (${c.role})` }))}
      />
      <Group grow>
        <FormMemberSelect form={form} name="userId" orgId={orgId} label="Member" clearable />
        <FormTextInput form={form} name="personName" label="Or person’s name" />
      </Group>
      <FormTextInput form={form} name="activity" label="Training, qualification or experience" required />
      <FormTextInput form={form} name="completedOn" type="date" label="Completed on" />
    </FormModal>
  );
}
