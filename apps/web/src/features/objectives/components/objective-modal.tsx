// Set or change an AI objective (§6.2) and its KPIs; the server decides what is valid and says why.
import { Group, NumberInput, Text, Textarea, TextInput } from '@mantine/core';
import { KPI_DIRECTIONS, OBJECTIVE_STATUSES, type Objective } from '@openaims/core';
import { ChoiceSelect } from '../../../components/choice-select.tsx';
import { dialogRowFields } from '../../../components/dialog-row-fields.ts';
import { FormModal, type OrgDialogProps } from '../../../components/form-modal.tsx';
import { AddRowButton, RemoveRowButton } from '../../../components/row-buttons.tsx';
import { dialogTextFields } from '../../../lib/dialog-text-fields.ts';
import { dialogValueFields } from '../../../lib/dialog-value-fields.ts';
import { pickFields } from '../../../lib/forms.ts';
import { noticeThenClose } from '../../../lib/notice-then-close.ts';
import { useDialogValues } from '../../../lib/use-dialog-values.ts';
import { MemberSelect } from '../../members/components/member-select.tsx';
import { useCreateObjective, useUpdateObjective } from '../api/objectives.ts';

export const STATUS_LABEL = {
  draft: 'Draft',
  active: 'Active',
  achieved: 'Achieved',
  dropped: 'Dropped',
} as const;
const DIRECTION_LABEL = {
  increase: 'Higher is better',
  decrease: 'Lower is better',
  maintain: 'Stay within tolerance',
} as const;

interface KpiDraft {
  id?: string;
  name: string;
  unit: string;
  direction: (typeof KPI_DIRECTIONS)[number];
  target: number | string;
  tolerance: number | string;
}
interface Values {
  title: string;
  description: string;
  policyLink: string;
  ownerId: string | null;
  targetDate: string;
  status: (typeof OBJECTIVE_STATUSES)[number];
  kpis: KpiDraft[];
}

const blank: Values = {
  title: '',
  description: '',
  policyLink: '',
  ownerId: null,
  targetDate: '',
  status: 'draft',
  kpis: [],
};

/** The objective's fields the dialog edits as they are; its target date is held as text. */
const EDITABLE = ['title', 'description', 'policyLink', 'ownerId', 'status', 'kpis'] as const;

export function ObjectiveModal(props: OrgDialogProps & { objective: Objective | null }) {
  const create = useCreateObjective(props.orgId);
  const update = useUpdateObjective(props.orgId);
  const { v, set, errors, onError } = useDialogValues<Values>(
    () => {
      const o = props.objective;
      return o ? { ...pickFields(o, EDITABLE), targetDate: o.targetDate ?? '' } : blank;
    },
    props.opened,
    [create, update],
    [props.objective],
  );
  const text = dialogTextFields({ v, set, errors });
  const pick = dialogValueFields({ v, set });
  const kpis = dialogRowFields({ v, set })('kpis');
  const mutation = props.objective ? update : create;

  const submit = (e?: React.FormEvent) => {
    e?.preventDefault();
    const body = {
      title: v.title,
      description: v.description,
      policyLink: v.policyLink,
      ownerId: v.ownerId,
      targetDate: v.targetDate || null,
      status: v.status,
      kpis: v.kpis.map((k) => ({
        ...(k.id ? { id: k.id } : {}),
        name: k.name,
        unit: k.unit,
        direction: k.direction,
        target: Number(k.target),
        tolerance: Number(k.tolerance || 0),
      })),
    };
    const onSuccess = noticeThenClose(`${v.title} saved.`, props.onClose);
    if (props.objective) update.mutate({ objective: props.objective, changes: body }, { onSuccess, onError });
    else create.mutate(body, { onSuccess, onError });
  };

  return (
    <FormModal
      opened={props.opened}
      onClose={props.onClose}
      title={props.objective ? 'Change objective' : 'New AI objective'}
      size="xl"
      onSubmit={submit}
      error={mutation.error}
      fieldErrors={errors}
      pending={mutation.isPending}
    >
      <TextInput
        label="Objective"
        required
        {...text('title')}
        description="What the AIMS should achieve, e.g. “No unfair selection rates in hiring models”."
      />
      <Textarea label="Description" autosize minRows={2} {...text('description')} />
      <TextInput
        label="AI policy commitment it serves"
        {...text('policyLink')}
        description="§6.2 a: objectives are consistent with the AI policy."
      />
      <Group grow>
        <MemberSelect
          orgId={props.orgId}
          label="Owner"
          clearable
          value={v.ownerId}
          onChange={(x) => set('ownerId', x)}
          error={errors.ownerId}
        />
        <TextInput type="date" label="Target date" {...text('targetDate')} />
        <ChoiceSelect label="Status" choices={OBJECTIVE_STATUSES} labels={STATUS_LABEL} {...pick('status')} />
      </Group>
      <Text fw={600} size="sm" mt="xs">
        KPIs
      </Text>
      <Text size="xs" c="dimmed">
        How progress is measured (§6.2 b). An active objective needs at least one.
      </Text>
      {errors.kpis && (
        <Text size="xs" c="red.8" role="alert">
          {errors.kpis}
        </Text>
      )}
      {v.kpis.map((k, i) => (
        <Group key={k.id ?? i} align="flex-end" wrap="nowrap">
          <TextInput
            label="KPI"
            aria-label={`KPI ${i + 1} name`}
            value={k.name}
            onChange={(e) => kpis.patch(i, { name: e.currentTarget.value })}
            error={errors[`kpis.${i}.name`]}
            style={{ flex: 2 }}
          />
          <TextInput
            label="Unit"
            aria-label={`KPI ${i + 1} unit`}
            value={k.unit}
            onChange={(e) => kpis.patch(i, { unit: e.currentTarget.value })}
            w={70}
          />
          <ChoiceSelect
            label="Better when"
            aria-label={`KPI ${i + 1} direction`}
            choices={KPI_DIRECTIONS}
            labels={DIRECTION_LABEL}
            value={k.direction}
            onChange={(x) => kpis.patch(i, { direction: x })}
            style={{ flex: 1.5 }}
          />
          <NumberInput
            label="Target"
            aria-label={`KPI ${i + 1} target`}
            value={k.target}
            onChange={(x) => kpis.patch(i, { target: x })}
            w={100}
            error={errors[`kpis.${i}.target`]}
          />
          {k.direction === 'maintain' && (
            <NumberInput
              label="±"
              aria-label={`KPI ${i + 1} tolerance`}
              min={0}
              value={k.tolerance}
              onChange={(x) => kpis.patch(i, { tolerance: x })}
              w={80}
            />
          )}
          <RemoveRowButton mb={4} label={`Remove KPI ${i + 1}`} onClick={() => kpis.remove(i)} />
        </Group>
      ))}
      <AddRowButton
        onClick={() => kpis.add({ name: '', unit: '', direction: 'increase', target: 0, tolerance: 0 })}
      >
        Add a KPI
      </AddRowButton>
    </FormModal>
  );
}
