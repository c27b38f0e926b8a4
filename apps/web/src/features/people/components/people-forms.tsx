// Forms for a competence requirement (§7.2 a) and a training record (§7.2 d); the server's field errors show on the fields.
import { Checkbox, Group, NumberInput, Select } from '@mantine/core';
import {
  type CreateCompetenceInput,
  CreateCompetenceSchema,
  type CreateTrainingInput,
  CreateTrainingSchema,
  todayUtc,
} from '@openaims/core';
import { z } from 'zod';
import { CreateFormModal } from '../../../components/create-form-modal.tsx';
import { FormTextarea, FormTextInput } from '../../../components/form-fields.tsx';
import type { OrgDialogProps } from '../../../components/form-modal.tsx';
import { useModalForm } from '../../../lib/use-modal-form.ts';
import { FormMemberSelect } from '../../members/components/member-select.tsx';
import { useCompetences, useCreateCompetence, useRecordTraining } from '../api/people.ts';

type CompetenceValues = Omit<CreateCompetenceInput, 'renewalMonths'> & {
  renewalMonths: number | string | null;
};

export function CompetenceModal(dialog: OrgDialogProps) {
  const form = useModalForm<CompetenceValues>(
    CompetenceFormSchema,
    () => ({ role: '', title: '', description: '', aiLiteracy: false, renewalMonths: '' }),
    dialog.opened,
  );
  return (
    <CreateFormModal
      title="New competence requirement"
      {...dialog}
      form={form}
      mutation={useCreateCompetence(dialog.orgId)}
      toInput={(v) => ({
        ...v,
        renewalMonths: v.renewalMonths === '' || v.renewalMonths === null ? null : Number(v.renewalMonths),
      })}
      notice={(v) => `${v.title} added.`}
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
    </CreateFormModal>
  );
}

// The form keeps an empty number box as '' until it is sent; the schema sees it as "no renewal".
const CompetenceFormSchema = CreateCompetenceSchema.extend({
  renewalMonths: z.preprocess((x) => (x === '' ? null : x), CreateCompetenceSchema.shape.renewalMonths),
});

type TrainingValues = Required<Omit<CreateTrainingInput, 'competenceId'>> & { competenceId: string | null };

export function TrainingModal(dialog: OrgDialogProps) {
  const competences = useCompetences(dialog.orgId);
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
    dialog.opened,
  );
  return (
    <CreateFormModal
      title="Record training"
      {...dialog}
      form={form}
      mutation={useRecordTraining(dialog.orgId)}
      toInput={(v) => ({ ...v, competenceId: v.competenceId ?? '' })}
      notice={() => 'Training recorded.'}
    >
      <Select
        label="Competence"
        required
        {...form.getInputProps('competenceId')}
        data={competences.items.map((c) => ({ value: c.id, label: `${c.title} (${c.role})` }))}
      />
      <Group grow>
        <FormMemberSelect form={form} name="userId" orgId={dialog.orgId} label="Member" clearable />
        <FormTextInput form={form} name="personName" label="Or person’s name" />
      </Group>
      <FormTextInput form={form} name="activity" label="Training, qualification or experience" required />
      <FormTextInput form={form} name="completedOn" type="date" label="Completed on" />
    </CreateFormModal>
  );
}
