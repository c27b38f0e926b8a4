// New nonconformity (§10.2) and new incident (A.8.4, Art. 73) forms; the server's field errors show on the fields.
import { Checkbox, Group, Select, Stack, Textarea, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import {
  INCIDENT_SEVERITIES,
  INCIDENT_SEVERITY_LABEL,
  NC_SEVERITIES,
  NC_SEVERITY_LABEL,
  NC_SOURCES,
  SERIOUS_CATEGORIES,
  todayUtc,
} from '@openaims/core';
import { FormModal, type OrgDialogProps } from '../../../components/form-modal.tsx';
import { dialogTextFields } from '../../../lib/dialog-text-fields.ts';
import { useDialogValues } from '../../../lib/use-dialog-values.ts';
import { useCreateIncident, useCreateNonconformity } from '../api/improvement.ts';
import { SERIOUS_LABEL, SOURCE_LABEL } from './labels.ts';

export function NonconformityModal({ orgId, opened, onClose }: OrgDialogProps) {
  const create = useCreateNonconformity(orgId);
  const blank = {
    title: '',
    description: '',
    source: 'audit' as (typeof NC_SOURCES)[number],
    severity: 'minor' as (typeof NC_SEVERITIES)[number],
    refs: '',
    detectedOn: todayUtc(),
  };
  const { v, set, errors, onError } = useDialogValues(() => blank, opened, [create]);
  const text = dialogTextFields({ v, set, errors });
  const submit = (e?: React.FormEvent) => {
    e?.preventDefault();
    const requirementRefs = v.refs.split(/[\s,]+/).filter(Boolean);
    create.mutate(
      {
        title: v.title,
        description: v.description,
        source: v.source,
        severity: v.severity,
        requirementRefs,
        detectedOn: v.detectedOn,
      },
      {
        onSuccess: () => {
          notifications.show({ color: 'teal', message: 'Nonconformity recorded.' });
          onClose();
        },
        onError,
      },
    );
  };
  return (
    <FormModal
      opened={opened}
      onClose={onClose}
      title="Record a nonconformity"
      onSubmit={submit}
      error={create.error}
      fieldErrors={errors}
      pending={create.isPending}
    >
      <TextInput label="What is not fulfilled" required {...text('title')} />
      <Textarea label="Description" autosize minRows={2} {...text('description')} />
      <Group grow>
        <Select
          label="Source"
          allowDeselect={false}
          value={v.source}
          onChange={(x) => x && set('source', x as typeof v.source)}
          data={NC_SOURCES.map((s) => ({ value: s, label: SOURCE_LABEL[s] }))}
        />
        <Select
          label="Severity"
          allowDeselect={false}
          value={v.severity}
          onChange={(x) => x && set('severity', x as typeof v.severity)}
          data={NC_SEVERITIES.map((s) => ({ value: s, label: NC_SEVERITY_LABEL[s] }))}
        />
        <TextInput type="date" label="Detected on" {...text('detectedOn')} />
      </Group>
      <TextInput
        label="Requirements not met"
        description="Clauses or Annex A controls, e.g. 8.4, A.6.2.4"
        value={v.refs}
        onChange={(e) => set('refs', e.currentTarget.value)}
        error={errors.requirementRefs}
      />
    </FormModal>
  );
}

export function IncidentModal({ orgId, opened, onClose }: OrgDialogProps) {
  const create = useCreateIncident(orgId);
  const blank = {
    title: '',
    description: '',
    occurredAt: todayUtc(),
    awareOn: todayUtc(),
    severity: 'medium' as (typeof INCIDENT_SEVERITIES)[number],
    seriousCategories: [] as string[],
    widespread: false,
    informed: '',
  };
  const { v, set, errors, onError } = useDialogValues(() => blank, opened, [create]);
  const text = dialogTextFields({ v, set, errors });
  const submit = (e?: React.FormEvent) => {
    e?.preventDefault();
    create.mutate(
      { ...v, seriousCategories: v.seriousCategories as (typeof SERIOUS_CATEGORIES)[number][] },
      {
        onSuccess: (i) => {
          notifications.show({
            color: i.serious ? 'red' : 'teal',
            message: i.serious
              ? `Serious incident: report to the authority by ${i.reportingDeadline}.`
              : 'Incident recorded.',
          });
          onClose();
        },
        onError,
      },
    );
  };
  return (
    <FormModal
      opened={opened}
      onClose={onClose}
      title="Record an AI incident"
      onSubmit={submit}
      error={create.error}
      fieldErrors={errors}
      pending={create.isPending}
    >
      <TextInput label="What happened" required {...text('title')} />
      <Textarea label="Description" autosize minRows={2} {...text('description')} />
      <Group grow>
        <TextInput type="date" label="Occurred on" {...text('occurredAt')} />
        <TextInput type="date" label="Became aware on" {...text('awareOn')} />
        <Select
          label="Severity"
          allowDeselect={false}
          value={v.severity}
          onChange={(x) => x && set('severity', x as typeof v.severity)}
          data={INCIDENT_SEVERITIES.map((s) => ({ value: s, label: INCIDENT_SEVERITY_LABEL[s] }))}
        />
      </Group>
      <Checkbox.Group
        label="Did it lead to any of these? (EU AI Act Art. 3(49))"
        value={v.seriousCategories}
        onChange={(x) => set('seriousCategories', x)}
      >
        <Stack gap={6} mt="xs">
          {SERIOUS_CATEGORIES.map((c) => (
            <Checkbox key={c} value={c} label={SERIOUS_LABEL[c]} />
          ))}
        </Stack>
      </Checkbox.Group>
      <Checkbox
        label="Widespread infringement across Member States"
        checked={v.widespread}
        onChange={(e) => set('widespread', e.currentTarget.checked)}
      />
      <Textarea label="Who was informed, and how (A.8.4)" autosize minRows={2} {...text('informed')} />
    </FormModal>
  );
}
