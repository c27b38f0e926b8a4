// Identify and assess a risk, or change its treatment (§6.1.2, §6.1.3). Ratings use the organization's criteria
// labels; the score shown after saving is the server's.
import { Group, Select, Stack, Textarea } from '@mantine/core';
import {
  ANNEX_A_CONTROLS,
  ANNEX_C_OBJECTIVES,
  ANNEX_C_RISK_SOURCES,
  CreateRiskSchema,
  type Risk,
  type RiskCriteria,
  TREATMENT_OPTION_LABEL,
  TREATMENT_OPTIONS,
} from '@openaims/core';
import { FormActions } from '../../../components/form-actions.tsx';
import {
  FormMultiSelect,
  FormOptionalTextInput,
  FormSelect,
  FormTextInput,
} from '../../../components/form-fields.tsx';
import { changedFields } from '../../../lib/forms.ts';
import { type AddOrEditFormProps, useAddOrEditForm } from '../../../lib/use-add-or-edit-form.ts';
import { AiSystemSelect } from '../../ai-systems/components/ai-system-select.tsx';
import { FormMemberSelect } from '../../members/components/member-select.tsx';

const CONTROLS = ANNEX_A_CONTROLS.map((c) => ({ value: c.ref, label: `${c.ref} ${c.title}` }));
const SOURCES = ANNEX_C_RISK_SOURCES.map((c) => ({ value: c.ref, label: `${c.ref} ${c.title}` }));
const OBJECTIVES = ANNEX_C_OBJECTIVES.map((c) => ({ value: c.ref, label: `${c.ref} ${c.title}` }));
const TREATMENTS = TREATMENT_OPTIONS.map((t) => ({ value: t, label: TREATMENT_OPTION_LABEL[t] }));

/** The fields the form edits (status has its own screens: treatment approval and acceptance). */
export const RISK_FORM_FIELDS = [
  'title',
  'description',
  'aiSystemId',
  'ownerId',
  'reviewDate',
  'riskSource',
  'affectedObjective',
  'likelihood',
  'consequence',
  'treatmentOption',
  'controlRefs',
  'threatIds',
  'residualLikelihood',
  'residualConsequence',
] as const;
export type RiskFormValues = Pick<Risk, (typeof RISK_FORM_FIELDS)[number]>;

const EMPTY_RISK: RiskFormValues = {
  title: '',
  description: '',
  aiSystemId: null,
  ownerId: null,
  reviewDate: null,
  riskSource: null,
  affectedObjective: null,
  likelihood: 1,
  consequence: 1,
  treatmentOption: null,
  controlRefs: [],
  threatIds: [],
  residualLikelihood: null,
  residualConsequence: null,
};

/**
 * What an edit sends: only the changed fields, so a title edit never carries the ratings and is not a
 * re-assessment (§8.2). Null when nothing changed.
 */
export function riskChanges(risk: Risk, v: RiskFormValues): Partial<RiskFormValues> | null {
  const input = changedFields(risk, v, RISK_FORM_FIELDS);
  return Object.keys(input).length > 0 ? input : null;
}

export function RiskForm(
  props: AddOrEditFormProps<RiskFormValues> & {
    threats: { id: string; externalId: string; name: string }[];
    criteria: RiskCriteria;
    risk?: Risk;
  },
) {
  const form = useAddOrEditForm(props.risk, RISK_FORM_FIELDS, EMPTY_RISK, CreateRiskSchema);
  const v = form.values;
  const scale = (labels: string[]) =>
    labels.map((l, i) => ({ value: String(i + 1), label: `${i + 1} ${l}` }));
  const num = (x: string | null) => (x ? Number(x) : null);
  const rating = (field: 'likelihood' | 'consequence' | 'residualLikelihood' | 'residualConsequence') => ({
    value: v[field] ? String(v[field]) : null,
    error: form.errors[field],
    onChange: (x: string | null) => form.setFieldValue(field, num(x) as number),
  });
  return (
    <form onSubmit={form.onSubmit((values) => props.onSubmit(values, form))}>
      <Stack gap="sm">
        <FormTextInput form={form} name="title" label="Title" required />
        <Textarea label="Description" {...form.getInputProps('description')} autosize minRows={2} />
        {/* §6.1.2 d): a risk belongs to a system (or the whole AIMS), has an owner and a date to look again. */}
        <AiSystemSelect
          orgId={props.orgId}
          label="AI system"
          placeholder="AIMS-wide (no one system)"
          clearable
          {...form.getInputProps('aiSystemId')}
          value={v.aiSystemId}
        />
        <Group grow align="flex-start">
          <FormMemberSelect
            form={form}
            name="ownerId"
            orgId={props.orgId}
            label="Risk owner"
            placeholder="No owner"
            clearable
          />
          <FormOptionalTextInput form={form} name="reviewDate" label="Review date" type="date" />
        </Group>
        <Group grow>
          <FormSelect form={form} name="riskSource" label="Risk source (Annex C)" data={SOURCES} clearable />
          <FormSelect
            form={form}
            name="affectedObjective"
            label="Affected objective (Annex C)"
            data={OBJECTIVES}
            clearable
          />
        </Group>
        <Group grow>
          <Select
            label="Likelihood"
            data={scale(props.criteria.likelihoodLabels)}
            allowDeselect={false}
            {...rating('likelihood')}
          />
          <Select
            label="Consequence"
            data={scale(props.criteria.consequenceLabels)}
            allowDeselect={false}
            {...rating('consequence')}
          />
        </Group>
        {props.threats.length > 0 && (
          <FormMultiSelect
            form={form}
            name="threatIds"
            label="Threats (imported catalogue)"
            data={props.threats.map((t) => ({ value: t.id, label: `${t.externalId} ${t.name}` }))}
            searchable
            limit={50}
          />
        )}
        <FormSelect form={form} name="treatmentOption" label="Treatment option" data={TREATMENTS} clearable />
        <FormMultiSelect form={form} name="controlRefs" label="Annex A controls" data={CONTROLS} searchable />
        <Group grow>
          <Select
            label="Residual likelihood"
            data={scale(props.criteria.likelihoodLabels)}
            clearable
            {...rating('residualLikelihood')}
          />
          <Select
            label="Residual consequence"
            data={scale(props.criteria.consequenceLabels)}
            clearable
            {...rating('residualConsequence')}
          />
        </Group>
        <FormActions onCancel={props.onCancel} pending={props.pending}>
          Save risk
        </FormActions>
      </Stack>
    </form>
  );
}
