// Forms for a competence requirement (§7.2 a) and a training record (§7.2 d); the server's field errors show on the fields.
import {
  Alert,
  Button,
  Checkbox,
  Group,
  Modal,
  NumberInput,
  Select,
  Stack,
  Textarea,
  TextInput,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { todayUtc } from '@openaims/core';
import { useEffect, useState } from 'react';
import { errorMessage, fieldErrorsOf } from '../../../lib/errors.ts';
import { useMembers } from '../../members/api/members.ts';
import { useCompetences, useCreateCompetence, useRecordTraining } from '../api/people.ts';

function useFieldErrors() {
  const [errors, setErrors] = useState<Record<string, string>>({});
  const onError = (err: Error) => {
    setErrors(fieldErrorsOf(err));
  };
  return { errors, setErrors, onError };
}

interface ModalProps {
  orgId: string;
  opened: boolean;
  onClose: () => void;
}

export function CompetenceModal({ orgId, opened, onClose }: ModalProps) {
  const create = useCreateCompetence(orgId);
  const { errors, setErrors, onError } = useFieldErrors();
  const [v, setV] = useState({
    role: '',
    title: '',
    description: '',
    aiLiteracy: false,
    renewalMonths: '' as number | string,
  });
  // biome-ignore lint/correctness/useExhaustiveDependencies: the form resets only when the dialog opens
  useEffect(() => {
    if (opened) {
      setV({ role: '', title: '', description: '', aiLiteracy: false, renewalMonths: '' });
      setErrors({});
      create.reset();
    }
  }, [opened]);
  const submit = (e: React.FormEvent) => {
    e.preventDefault();
    create.mutate(
      {
        role: v.role,
        title: v.title,
        description: v.description,
        aiLiteracy: v.aiLiteracy,
        renewalMonths: v.renewalMonths === '' ? null : Number(v.renewalMonths),
      },
      {
        onSuccess: () => {
          notifications.show({ color: 'teal', message: `${v.title} added.` });
          onClose();
        },
        onError,
      },
    );
  };
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title="New competence requirement"
      size="lg"
      centered
      closeButtonProps={{ 'aria-label': 'Close' }}
    >
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <TextInput
            label="Role"
            required
            description="Who needs it, e.g. “Human overseer of the hiring model”."
            value={v.role}
            onChange={(e) => setV({ ...v, role: e.currentTarget.value })}
            error={errors.role}
          />
          <TextInput
            label="Competence"
            required
            value={v.title}
            onChange={(e) => setV({ ...v, title: e.currentTarget.value })}
            error={errors.title}
          />
          <Textarea
            label="What it involves"
            autosize
            minRows={2}
            value={v.description}
            onChange={(e) => setV({ ...v, description: e.currentTarget.value })}
          />
          <Group grow align="flex-end">
            <NumberInput
              label="Renew every (months)"
              description="Leave empty when once is enough."
              min={1}
              max={120}
              value={v.renewalMonths}
              onChange={(x) => setV({ ...v, renewalMonths: x })}
              error={errors.renewalMonths}
            />
            <Checkbox
              label="Counts toward AI literacy (EU AI Act Art. 4)"
              checked={v.aiLiteracy}
              onChange={(e) => setV({ ...v, aiLiteracy: e.currentTarget.checked })}
            />
          </Group>
          {create.error && !Object.keys(errors).length && (
            <Alert color="red" role="alert">
              {errorMessage(create.error)}
            </Alert>
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button type="submit" loading={create.isPending}>
              Save
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

export function TrainingModal({ orgId, opened, onClose }: ModalProps) {
  const record = useRecordTraining(orgId);
  const competences = useCompetences(orgId);
  const members = useMembers(orgId, {});
  const { errors, setErrors, onError } = useFieldErrors();
  const blank = {
    competenceId: null as string | null,
    userId: null as string | null,
    personName: '',
    activity: '',
    completedOn: todayUtc(),
    note: '',
  };
  const [v, setV] = useState(blank);
  // biome-ignore lint/correctness/useExhaustiveDependencies: the form resets only when the dialog opens
  useEffect(() => {
    if (opened) {
      setV(blank);
      setErrors({});
      record.reset();
    }
  }, [opened]);
  const submit = (e: React.FormEvent) => {
    e.preventDefault();
    if (!v.competenceId) return setErrors({ competenceId: 'Choose the competence this record proves.' });
    record.mutate(
      { ...v, competenceId: v.competenceId },
      {
        onSuccess: () => {
          notifications.show({ color: 'teal', message: 'Training recorded.' });
          onClose();
        },
        onError,
      },
    );
  };
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title="Record training"
      size="lg"
      centered
      closeButtonProps={{ 'aria-label': 'Close' }}
    >
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <Select
            label="Competence"
            required
            value={v.competenceId}
            onChange={(x) => setV({ ...v, competenceId: x })}
            error={errors.competenceId}
            data={competences.items.map((c) => ({ value: c.id, label: `${c.title} (${c.role})` }))}
          />
          <Group grow>
            <Select
              label="Member"
              clearable
              value={v.userId}
              onChange={(x) => setV({ ...v, userId: x })}
              error={errors.userId}
              data={members.items.map((m) => ({ value: m.userId, label: m.name || m.email }))}
            />
            <TextInput
              label="Or person’s name"
              value={v.personName}
              onChange={(e) => setV({ ...v, personName: e.currentTarget.value })}
              error={errors.personName}
            />
          </Group>
          <TextInput
            label="Training, qualification or experience"
            required
            value={v.activity}
            onChange={(e) => setV({ ...v, activity: e.currentTarget.value })}
            error={errors.activity}
          />
          <TextInput
            type="date"
            label="Completed on"
            value={v.completedOn}
            onChange={(e) => setV({ ...v, completedOn: e.currentTarget.value })}
            error={errors.completedOn}
          />
          {record.error && !Object.keys(errors).length && (
            <Alert color="red" role="alert">
              {errorMessage(record.error)}
            </Alert>
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button type="submit" loading={record.isPending}>
              Save
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
