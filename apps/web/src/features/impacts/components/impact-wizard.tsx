// The impact assessment wizard (ISO/IEC 42005 clause 6 steps; Art. 27 elements for a FRIA). Each step change
// autosaves the draft; the last step submits. It reopens where work is left (core `firstIncompleteImpactStep`),
// marks what submission needs, and checks it here first (core `impactProblems`), taking the user to the step
// that lacks an item instead of failing at the end. What the AI system record holds is prefilled by the server.
import {
  Alert,
  Button,
  Checkbox,
  Group,
  NumberInput,
  Select,
  Stack,
  Stepper,
  Textarea,
  TextInput,
} from '@mantine/core';
import {
  firstIncompleteImpactStep,
  IMPACT_AREA_LABEL,
  IMPACT_AREAS,
  IMPACT_DECISION_LABEL,
  IMPACT_DECISIONS,
  IMPACT_KIND_LABEL,
  IMPACT_KINDS,
  IMPACT_REVERSIBILITIES,
  IMPACT_REVERSIBILITY_LABEL,
  IMPACT_WIZARD_STEPS,
  type ImpactAssessment,
  type ImpactContentInput,
  ImpactContentSchema,
  impactProblems,
  impactStepOf,
} from '@openaims/core';
import { useState } from 'react';
import { errorMessage } from '../../../lib/errors.ts';
import { useImpactAction, useSaveImpact } from '../api/impacts.ts';

type Content = ImpactAssessment['content'];
type Impact = Content['impacts'][number];
const lines = (s: string) =>
  s
    .split('\n')
    .map((x) => x.trim())
    .filter(Boolean);

export function ImpactWizard(props: { orgId: string; assessment: ImpactAssessment; onDone: () => void }) {
  const ia = props.assessment;
  const [c, setC] = useState<Content>(ia.content);
  const [step, setStep] = useState(() => firstIncompleteImpactStep(ia.content, ia.template));
  const [missing, setMissing] = useState<Record<string, string>>({});
  const save = useSaveImpact(props.orgId);
  const submit = useImpactAction(props.orgId, 'submit');
  const fria = ia.template === 'eu_fria';
  const party = c.affectedParties[0] ?? { category: '', description: '', vulnerable: false };
  const impact: Impact = c.impacts[0] ?? {
    area: 'fairness',
    description: '',
    kind: 'harm',
    severity: 3,
    likelihood: 3,
    reversibility: 'reversible',
    scale: 3,
  };
  const measure = c.measures[0]?.description ?? '';
  // A party without a category or an impact without a description is still being written: it is kept on
  // screen but not sent, so saving a half-filled step never fails on a field the user has not reached.
  const draft = (): ImpactContentInput => ({
    ...(c as ImpactContentInput),
    affectedParties: c.affectedParties.filter((p) => p.category.trim() !== ''),
    impacts: c.impacts.filter((i) => i.description.trim() !== ''),
  });
  const go = (next: number) => {
    // Once the user has been told what is missing, the list follows their edits.
    if (Object.keys(missing).length)
      setMissing(
        Object.fromEntries(
          impactProblems(ImpactContentSchema.parse(draft()), ia.template).map((p) => [
            p.path,
            `Needed: ${p.message}`,
          ]),
        ),
      );
    save.mutate({ id: ia.id, input: { content: draft() } }, { onSuccess: () => setStep(next) });
  };
  const steps = IMPACT_WIZARD_STEPS.filter((s) => s !== 'fria' || fria);
  const err = (path: string) => missing[`content.${path}`];
  const trySubmit = () => {
    const problems = impactProblems(ImpactContentSchema.parse(draft()), ia.template);
    setMissing(Object.fromEntries(problems.map((p) => [p.path, `Needed: ${p.message}`])));
    if (problems.length) {
      const first = problems[0];
      if (first) go(Math.max(0, steps.indexOf(impactStepOf(first.path))));
      return;
    }
    save.mutate(
      { id: ia.id, input: { content: draft() } },
      { onSuccess: () => submit.mutate(ia.id, { onSuccess: props.onDone }) },
    );
  };
  const setImpact = (p: Partial<Impact>) =>
    setC({ ...c, impacts: [{ ...impact, ...p }, ...c.impacts.slice(1)] });
  /** A text of the assessment itself, with what submission still needs of it. */
  const contentText = (k: 'scope' | 'residualImpact') => ({
    value: c[k],
    error: err(k),
    onChange: (e: React.ChangeEvent<HTMLTextAreaElement>) => setC({ ...c, [k]: e.currentTarget.value }),
  });
  /** A select over one of the impact's fixed lists, always holding a value. */
  const choice = <K extends 'area' | 'kind' | 'reversibility'>(
    k: K,
    values: readonly Impact[K][],
    labels: Record<Impact[K], string>,
  ) => ({
    data: values.map((v) => ({ value: v, label: labels[v] })),
    allowDeselect: false,
    value: impact[k],
    onChange: (x: string | null) => setImpact({ [k]: x } as Partial<Impact>),
  });
  /** A 1–5 rating of the impact; an emptied box counts as 1. */
  const rating = (k: 'severity' | 'likelihood' | 'scale') => ({
    min: 1,
    max: 5,
    value: impact[k],
    onChange: (x: string | number) => setImpact({ [k]: Number(x) || 1 }),
  });
  const f = c.fria ?? {
    deployerProcesses: '',
    periodAndFrequency: '',
    affectedCategories: '',
    specificHarms: '',
    humanOversightMeasures: '',
    measuresIfRisksMaterialise: '',
    complaintMechanism: '',
    authorityNotifiedOn: null,
  };
  const friaField = (k: keyof typeof f, label: string) => (
    <Textarea
      key={k}
      label={label}
      value={(f[k] as string) ?? ''}
      withAsterisk={k !== 'complaintMechanism'}
      error={err(`fria.${k}`)}
      onChange={(e) => setC({ ...c, fria: { ...f, [k]: e.currentTarget.value } })}
      autosize
    />
  );
  const last = steps.length;

  return (
    <Stack>
      {Object.keys(missing).length > 0 && (
        <Alert color="red" title="Not yet complete">
          Submission needs:{' '}
          {Object.values(missing)
            .map((m) => m.replace(/^Needed: /, ''))
            .join('; ')}
          .
        </Alert>
      )}
      {(save.error || submit.error) && (
        <Alert color="red" title="Not saved">
          {errorMessage(save.error ?? submit.error)}
        </Alert>
      )}
      <Stepper active={step} onStepClick={go} size="sm">
        <Stepper.Step label="Scope and system">
          <Stack gap="sm">
            <Textarea label="Scope" withAsterisk {...contentText('scope')} autosize />
            <TextInput
              label="Purpose"
              description="From the AI system record; adjust it for this assessment if needed"
              withAsterisk
              error={err('system.purpose')}
              value={c.system.purpose}
              onChange={(e) => setC({ ...c, system: { ...c.system, purpose: e.currentTarget.value } })}
            />
            <Textarea
              label="Intended uses (one per line)"
              withAsterisk
              error={err('system.intendedUses')}
              value={c.system.intendedUses.join('\n')}
              onChange={(e) =>
                setC({ ...c, system: { ...c.system, intendedUses: lines(e.currentTarget.value) } })
              }
              autosize
            />
            <Textarea
              label="Data sources (one per line)"
              value={c.data.sources.join('\n')}
              onChange={(e) => setC({ ...c, data: { ...c.data, sources: lines(e.currentTarget.value) } })}
              autosize
            />
            <TextInput
              label="Model type"
              value={c.model.type}
              onChange={(e) => setC({ ...c, model: { ...c.model, type: e.currentTarget.value } })}
            />
          </Stack>
        </Stepper.Step>
        <Stepper.Step label="Deployment and parties">
          <Stack gap="sm">
            <Textarea
              label="Human oversight"
              withAsterisk
              error={err('deployment.humanOversight')}
              value={c.deployment.humanOversight}
              onChange={(e) =>
                setC({ ...c, deployment: { ...c.deployment, humanOversight: e.currentTarget.value } })
              }
              autosize
            />
            <TextInput
              label="Affected party"
              description="A group of people the system affects, e.g. applicants, patients, employees"
              withAsterisk
              error={err('affectedParties')}
              value={party.category}
              onChange={(e) =>
                setC({ ...c, affectedParties: [{ ...party, category: e.currentTarget.value }] })
              }
            />
            <Checkbox
              label="Vulnerable group"
              checked={party.vulnerable}
              onChange={(e) =>
                setC({ ...c, affectedParties: [{ ...party, vulnerable: e.currentTarget.checked }] })
              }
            />
          </Stack>
        </Stepper.Step>
        <Stepper.Step label="Impacts">
          <Stack gap="sm">
            <Group grow>
              <Select label="Area" {...choice('area', IMPACT_AREAS, IMPACT_AREA_LABEL)} />
              <Select label="Benefit or harm" {...choice('kind', IMPACT_KINDS, IMPACT_KIND_LABEL)} />
              <Select
                label="Reversibility"
                {...choice('reversibility', IMPACT_REVERSIBILITIES, IMPACT_REVERSIBILITY_LABEL)}
              />
            </Group>
            <TextInput
              label="Impact description"
              withAsterisk
              error={err('impacts')}
              value={impact.description}
              onChange={(e) => setImpact({ description: e.currentTarget.value })}
            />
            <Group grow>
              <NumberInput label="Severity (1–5)" {...rating('severity')} />
              <NumberInput label="Likelihood (1–5)" {...rating('likelihood')} />
              <NumberInput label="Scale (1–5)" {...rating('scale')} />
            </Group>
          </Stack>
        </Stepper.Step>
        <Stepper.Step label="Measures and decision">
          <Stack gap="sm">
            <Textarea
              label="Measure"
              description="Needed when an impact is a harm"
              error={err('measures')}
              value={measure}
              onChange={(e) =>
                setC({
                  ...c,
                  measures: e.currentTarget.value
                    ? [{ description: e.currentTarget.value, ownerId: null, status: 'planned' }]
                    : [],
                })
              }
              autosize
            />
            <Textarea label="Residual impact" withAsterisk {...contentText('residualImpact')} autosize />
            <Select
              label="Decision"
              withAsterisk
              error={err('decision')}
              data={IMPACT_DECISIONS.map((d) => ({ value: d, label: IMPACT_DECISION_LABEL[d] }))}
              value={c.decision}
              onChange={(x) => setC({ ...c, decision: x as Content['decision'] })}
            />
          </Stack>
        </Stepper.Step>
        {fria && (
          <Stepper.Step label="FRIA (Art. 27)">
            <Stack gap="sm">
              {friaField('deployerProcesses', 'Processes in which the system is used')}
              {friaField('periodAndFrequency', 'Period and frequency of use')}
              {friaField('affectedCategories', 'Categories of persons affected')}
              {friaField('specificHarms', 'Specific risks of harm')}
              {friaField('humanOversightMeasures', 'Human oversight measures')}
              {friaField('measuresIfRisksMaterialise', 'Measures if risks materialise, incl. complaints')}
            </Stack>
          </Stepper.Step>
        )}
      </Stepper>
      <Group justify="space-between">
        <Button variant="default" disabled={step === 0} onClick={() => go(step - 1)}>
          Back
        </Button>
        {step < last - 1 ? (
          <Button onClick={() => go(step + 1)} loading={save.isPending}>
            Save and continue
          </Button>
        ) : (
          <Button loading={save.isPending || submit.isPending} onClick={trySubmit}>
            Submit for approval
          </Button>
        )}
      </Group>
    </Stack>
  );
}
