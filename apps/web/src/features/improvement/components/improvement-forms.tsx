// New nonconformity (§10.2) and new incident (A.8.4, Art. 73) forms; the server's field errors show on the fields.
import { Checkbox, Group, Stack, Textarea, TextInput } from '@mantine/core';
import {
  INCIDENT_SEVERITIES,
  INCIDENT_SEVERITY_LABEL,
  NC_SEVERITIES,
  NC_SEVERITY_LABEL,
  NC_SOURCES,
  SERIOUS_CATEGORIES,
  todayUtc,
} from '@openaims/core';
import { ChoiceSelect } from '../../../components/choice-select.tsx';
import { FormModal, type OrgDialogProps } from '../../../components/form-modal.tsx';
import { useCreateDialog } from '../../../lib/use-create-dialog.ts';
import { useCreateIncident, useCreateNonconformity } from '../api/improvement.ts';
import { SERIOUS_LABEL, SOURCE_LABEL } from './labels.ts';

export function NonconformityModal({ orgId, opened, onClose }: OrgDialogProps) {
  const { v, set, errors, text, pick, modal } = useCreateDialog({
    opened,
    onClose,
    mutation: useCreateNonconformity(orgId),
    initial: () => ({
      title: '',
      description: '',
      source: 'audit' as (typeof NC_SOURCES)[number],
      severity: 'minor' as (typeof NC_SEVERITIES)[number],
      refs: '',
      detectedOn: todayUtc(),
    }),
    toInput: (v) => ({
      title: v.title,
      description: v.description,
      source: v.source,
      severity: v.severity,
      requirementRefs: v.refs.split(/[\s,]+/).filter(Boolean),
      detectedOn: v.detectedOn,
    }),
    notice: () => 'Nonconformity recorded.',
  });
  return (
    <FormModal {...modal} title="Record a nonconformity">
      <TextInput label="What is not fulfilled" required {...text('title')} />
      <Textarea label="Description" autosize minRows={2} {...text('description')} />
      <Group grow>
        <ChoiceSelect label="Source" choices={NC_SOURCES} labels={SOURCE_LABEL} {...pick('source')} />
        <ChoiceSelect
          label="Severity"
          choices={NC_SEVERITIES}
          labels={NC_SEVERITY_LABEL}
          {...pick('severity')}
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
  const { v, set, text, pick, modal } = useCreateDialog({
    opened,
    onClose,
    mutation: useCreateIncident(orgId),
    initial: () => ({
      title: '',
      description: '',
      occurredAt: todayUtc(),
      awareOn: todayUtc(),
      severity: 'medium' as (typeof INCIDENT_SEVERITIES)[number],
      seriousCategories: [] as string[],
      widespread: false,
      informed: '',
    }),
    toInput: (v) => ({
      ...v,
      seriousCategories: v.seriousCategories as (typeof SERIOUS_CATEGORIES)[number][],
    }),
    notice: (i) => ({
      color: i.serious ? 'red' : 'teal',
      message: i.serious
        ? `Serious incident: report to the authority by ${i.reportingDeadline}.`
        : 'Incident recorded.',
    }),
  });
  return (
    <FormModal {...modal} title="Record an AI incident">
      <TextInput label="What happened" required {...text('title')} />
      <Textarea label="Description" autosize minRows={2} {...text('description')} />
      <Group grow>
        <TextInput type="date" label="Occurred on" {...text('occurredAt')} />
        <TextInput type="date" label="Became aware on" {...text('awareOn')} />
        <ChoiceSelect
          label="Severity"
          choices={INCIDENT_SEVERITIES}
          labels={INCIDENT_SEVERITY_LABEL}
          {...pick('severity')}
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
