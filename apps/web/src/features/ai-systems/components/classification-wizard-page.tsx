// The EU AI Act questionnaire, one legal test per step (Art. 2, 5, 6, 50, 51). The preview uses the same core
// classifier as the server; the stored class is always the one the server computes.
import {
  Button,
  Checkbox,
  Group,
  Paper,
  Stack,
  Stepper,
  Switch,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import {
  ANNEX_III_AREAS,
  ARTICLE_6_3_CONDITIONS,
  type ClassificationAnswers,
  ClassificationAnswersSchema,
  classifyEuAiAct,
  OPERATOR_ROLE_LABEL,
  PROHIBITED_PRACTICES,
  RISK_CLASS_LABEL,
  SCOPE_EXCLUSIONS,
  TRANSPARENCY_CASES,
} from '@openaims/core';
import { useNavigate, useParams } from '@tanstack/react-router';
import { type ChangeEvent, useState } from 'react';
import { ErrorAlert } from '../../../components/error-alert.tsx';
import { ErrorState } from '../../../components/error-state.tsx';
import { AnchorLink } from '../../../components/links.tsx';
import { PageHeader } from '../../../components/page-header.tsx';
import { PageSkeleton } from '../../../components/page-loader.tsx';
import { useCurrentOrg } from '../../orgs/use-current-org.ts';
import { useClassifyAiSystem } from '../api/classify-ai-system.ts';
import { useAiSystem } from '../api/get-ai-system.ts';
import { ClassificationSummary } from './classification-summary.tsx';

type ListKey =
  | 'exclusions'
  | 'prohibitedPractices'
  | 'annexIIIAreas'
  | 'article63Conditions'
  | 'transparencyCases';
/** The yes/no answers. */
type FlagKey = {
  [K in keyof ClassificationAnswers]-?: ClassificationAnswers[K] extends boolean ? K : never;
}[keyof ClassificationAnswers];

function Choices(props: {
  label: string;
  options: Record<string, string>;
  value: string[];
  onChange: (v: string[]) => void;
  keyPrefix?: (k: string) => string;
}) {
  return (
    <Checkbox.Group label={props.label} value={props.value} onChange={props.onChange}>
      <Stack gap={6} mt="xs">
        {Object.entries(props.options).map(([k, text]) => (
          <Checkbox key={k} value={k} label={props.keyPrefix ? `${props.keyPrefix(k)} ${text}` : text} />
        ))}
      </Stack>
    </Checkbox.Group>
  );
}

export function ClassificationWizardPage() {
  const { orgId } = useCurrentOrg();
  const { id = '' } = useParams({ strict: false });
  const query = useAiSystem(orgId, id);
  const classify = useClassifyAiSystem(orgId, id);
  const navigate = useNavigate();
  const [step, setStep] = useState(0);
  const [answers, setAnswers] = useState<ClassificationAnswers | null>(null);

  if (query.isPending) return <PageSkeleton />;
  if (query.error) return <ErrorState error={query.error} onRetry={() => void query.refetch()} />;
  const sys = query.data;
  const a = answers ?? ClassificationAnswersSchema.parse(sys.classification?.answers ?? {});
  const set = <K extends keyof ClassificationAnswers>(k: K, v: ClassificationAnswers[K]) =>
    setAnswers({ ...a, [k]: v });
  const list = (k: ListKey) => ({ value: a[k] as string[], onChange: (v: string[]) => set(k, v as never) });
  // Every yes/no answer is a Switch bound the same way.
  const flag = (k: FlagKey) => ({
    checked: a[k],
    onChange: (e: ChangeEvent<HTMLInputElement>) => set(k, e.currentTarget.checked),
  });
  const preview = classifyEuAiAct(a, sys.operatorRole);
  const submit = () =>
    classify.mutate(a, {
      onSuccess: (s) => {
        notifications.show({ color: 'teal', message: `Classified: ${RISK_CLASS_LABEL[s.riskClass]}.` });
        void navigate({ to: '/orgs/$orgId/ai-systems/$id', params: { orgId, id } });
      },
    });

  const steps = [
    {
      label: 'Scope',
      body: (
        <Stack gap="sm">
          <Switch
            label="It is an AI system: a machine-based system that infers outputs with some autonomy (Art. 3(1))"
            {...flag('isAiSystem')}
          />
          <Switch
            label="It is placed on the EU market, put into service or used in the EU, or its output is used there (Art. 2(1))"
            {...flag('euNexus')}
          />
          <Choices label="Exclusions that apply" options={SCOPE_EXCLUSIONS} {...list('exclusions')} />
        </Stack>
      ),
    },
    {
      label: 'Prohibited practices',
      body: (
        <Choices
          label="Does the system do any of these? (Art. 5(1))"
          options={PROHIBITED_PRACTICES}
          keyPrefix={(k) => `(${k})`}
          {...list('prohibitedPractices')}
        />
      ),
    },
    {
      label: 'High-risk',
      body: (
        <Stack gap="sm">
          <Switch
            label="It is a product, or a safety component of a product, covered by Annex I harmonisation law"
            {...flag('annexIProduct')}
          />
          <Switch
            label="That product needs a third-party conformity assessment (Art. 6(1)(b))"
            {...flag('annexIThirdPartyAssessment')}
          />
          <Choices
            label="Annex III areas the system is used in"
            options={ANNEX_III_AREAS}
            {...list('annexIIIAreas')}
          />
          <Switch
            label="It profiles natural persons (then it stays high-risk, Art. 6(3))"
            {...flag('profilesNaturalPersons')}
          />
          <Choices
            label="Art. 6(3) conditions that hold"
            options={ARTICLE_6_3_CONDITIONS}
            {...list('article63Conditions')}
          />
          <Switch
            label="It poses no significant risk of harm to health, safety or fundamental rights (documented, Art. 6(4))"
            {...flag('noSignificantRisk')}
          />
          <Switch
            label="The deployer is a public body or provides public services (Art. 27 FRIA)"
            {...flag('deployerIsPublicBody')}
          />
        </Stack>
      ),
    },
    {
      label: 'Transparency',
      body: (
        <Choices
          label="Transparency cases (Art. 50)"
          options={TRANSPARENCY_CASES}
          {...list('transparencyCases')}
        />
      ),
    },
    {
      label: 'General-purpose AI',
      body: (
        <Stack gap="sm">
          <Switch label="The record is a general-purpose AI model (Art. 3(63))" {...flag('isGpaiModel')} />
          <TextInput
            label="Training compute in FLOP (optional)"
            description="Above 10^25 FLOP, systemic risk is presumed (Art. 51(2)). Write e.g. 3e25."
            value={a.trainingComputeFlop === undefined ? '' : String(a.trainingComputeFlop)}
            onChange={(e) => {
              const n = Number(e.currentTarget.value);
              set(
                'trainingComputeFlop',
                e.currentTarget.value.trim() === '' || !Number.isFinite(n) || n < 0 ? undefined : n,
              );
            }}
          />
          <Switch
            label="Designated by the Commission as having systemic risk (Art. 51(1)(b))"
            {...flag('designatedSystemicRisk')}
          />
        </Stack>
      ),
    },
  ];

  return (
    <>
      <PageHeader
        title={`Classify ${sys.name}`}
        eyebrow={
          <AnchorLink to="/orgs/$orgId/ai-systems/$id" params={{ orgId, id }} size="sm">
            ← {sys.name}
          </AnchorLink>
        }
        description={`EU AI Act classification for the operator role ${sys.operatorRole ? OPERATOR_ROLE_LABEL[sys.operatorRole] : 'not yet recorded (every role’s duties are listed)'}.`}
      />
      <Paper withBorder p="lg" radius="md" maw={960}>
        <Stepper active={step} onStepClick={setStep} size="sm" allowNextStepsSelect>
          {steps.map((s) => (
            <Stepper.Step key={s.label} label={s.label}>
              <Title order={2} size="h4" mb="sm">
                {s.label}
              </Title>
              {s.body}
            </Stepper.Step>
          ))}
          <Stepper.Completed>
            <Title order={2} size="h4" mb="sm">
              Result
            </Title>
            <ClassificationSummary result={preview} />
          </Stepper.Completed>
        </Stepper>
        <ErrorAlert error={classify.error} mt="md" />
        <Group mt="lg">
          {step > 0 && (
            <Button variant="default" onClick={() => setStep(step - 1)}>
              Back
            </Button>
          )}
          {step < steps.length ? (
            <Button onClick={() => setStep(step + 1)}>Next</Button>
          ) : (
            <Button onClick={submit} loading={classify.isPending}>
              Save classification
            </Button>
          )}
          <Text size="xs" c="dimmed">
            Preview: {RISK_CLASS_LABEL[preview.riskClass]}
          </Text>
        </Group>
      </Paper>
    </>
  );
}
