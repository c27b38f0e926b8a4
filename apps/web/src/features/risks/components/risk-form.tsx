// Identify and assess a risk, or change its treatment (§6.1.2, §6.1.3). Ratings use the organization's criteria
// labels; the score shown after saving is the server's.
import { Button, Group, MultiSelect, Select, Stack, Textarea, TextInput } from '@mantine/core';
import {
  ANNEX_A_CONTROLS,
  ANNEX_C_OBJECTIVES,
  ANNEX_C_RISK_SOURCES,
  type Risk,
  type RiskCriteria,
  TREATMENT_OPTIONS,
} from '@openaims/core';
import { useState } from 'react';

const CONTROLS = ANNEX_A_CONTROLS.map((c) => ({ value: c.ref, label: `${c.ref} ${c.title}` }));
const SOURCES = ANNEX_C_RISK_SOURCES.map((c) => ({ value: c.ref, label: `${c.ref} ${c.title}` }));
const OBJECTIVES = ANNEX_C_OBJECTIVES.map((c) => ({ value: c.ref, label: `${c.ref} ${c.title}` }));
const TREATMENTS = TREATMENT_OPTIONS.map((t) => ({ value: t, label: t[0]!.toUpperCase() + t.slice(1) }));

/** What the form sends. */
export interface RiskFormValues {
  title: string;
  description: string;
  riskSource: string | null;
  affectedObjective: string | null;
  likelihood: number;
  consequence: number;
  treatmentOption: (typeof TREATMENT_OPTIONS)[number] | null;
  controlRefs: string[];
  threatIds: string[];
  residualLikelihood: number | null;
  residualConsequence: number | null;
}

export function RiskForm(props: {
  threats: { id: string; externalId: string; name: string }[];
  criteria: RiskCriteria;
  risk?: Risk;
  pending: boolean;
  onSubmit: (v: RiskFormValues) => void;
  onCancel: () => void;
}) {
  const r = props.risk;
  const [v, setV] = useState<RiskFormValues>({
    title: r?.title ?? '',
    description: r?.description ?? '',
    riskSource: r?.riskSource ?? null,
    affectedObjective: r?.affectedObjective ?? null,
    likelihood: r?.likelihood ?? 1,
    consequence: r?.consequence ?? 1,
    treatmentOption: r?.treatmentOption ?? null,
    controlRefs: r?.controlRefs ?? [],
    threatIds: r?.threatIds ?? [],
    residualLikelihood: r?.residualLikelihood ?? null,
    residualConsequence: r?.residualConsequence ?? null,
  });
  const scale = (labels: string[]) =>
    labels.map((l, i) => ({ value: String(i + 1), label: `${i + 1} ${l}` }));
  const num = (x: string | null) => (x ? Number(x) : null);
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        props.onSubmit(v);
      }}
    >
      <Stack gap="sm">
        <TextInput
          label="Title"
          required
          value={v.title}
          onChange={(e) => setV({ ...v, title: e.currentTarget.value })}
        />
        <Textarea
          label="Description"
          value={v.description}
          onChange={(e) => setV({ ...v, description: e.currentTarget.value })}
          autosize
          minRows={2}
        />
        <Group grow>
          <Select
            label="Risk source (Annex C)"
            data={SOURCES}
            clearable
            value={v.riskSource}
            onChange={(x) => setV({ ...v, riskSource: x })}
          />
          <Select
            label="Affected objective (Annex C)"
            data={OBJECTIVES}
            clearable
            value={v.affectedObjective}
            onChange={(x) => setV({ ...v, affectedObjective: x })}
          />
        </Group>
        <Group grow>
          <Select
            label="Likelihood"
            data={scale(props.criteria.likelihoodLabels)}
            allowDeselect={false}
            value={String(v.likelihood)}
            onChange={(x) => setV({ ...v, likelihood: Number(x) })}
          />
          <Select
            label="Consequence"
            data={scale(props.criteria.consequenceLabels)}
            allowDeselect={false}
            value={String(v.consequence)}
            onChange={(x) => setV({ ...v, consequence: Number(x) })}
          />
        </Group>
        {props.threats.length > 0 && (
          <MultiSelect
            label="Threats (imported catalogue)"
            data={props.threats.map((t) => ({ value: t.id, label: `${t.externalId} ${t.name}` }))}
            searchable
            limit={50}
            value={v.threatIds}
            onChange={(x) => setV({ ...v, threatIds: x })}
          />
        )}
        <Select
          label="Treatment option"
          data={TREATMENTS}
          clearable
          value={v.treatmentOption}
          onChange={(x) => setV({ ...v, treatmentOption: x as RiskFormValues['treatmentOption'] })}
        />
        <MultiSelect
          label="Annex A controls"
          data={CONTROLS}
          searchable
          value={v.controlRefs}
          onChange={(x) => setV({ ...v, controlRefs: x })}
        />
        <Group grow>
          <Select
            label="Residual likelihood"
            data={scale(props.criteria.likelihoodLabels)}
            clearable
            value={v.residualLikelihood ? String(v.residualLikelihood) : null}
            onChange={(x) => setV({ ...v, residualLikelihood: num(x) })}
          />
          <Select
            label="Residual consequence"
            data={scale(props.criteria.consequenceLabels)}
            clearable
            value={v.residualConsequence ? String(v.residualConsequence) : null}
            onChange={(x) => setV({ ...v, residualConsequence: num(x) })}
          />
        </Group>
        <Group justify="flex-end">
          <Button variant="default" onClick={props.onCancel}>
            Cancel
          </Button>
          <Button type="submit" loading={props.pending}>
            Save risk
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
