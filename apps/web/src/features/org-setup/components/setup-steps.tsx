// The body of each guided set-up step (issue 16). Each reuses the module's own form or API hooks and calls
// `onDone` once the step's record is saved, so the guide moves on.
import {
  Alert,
  Button,
  type ButtonProps,
  Checkbox,
  Grid,
  Group,
  Paper,
  Stack,
  Text,
  TextInput,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { documentTemplate, type RiskCriteria, type Role, type SetupStep } from '@openaims/core';
import { useQuery } from '@tanstack/react-query';
import { type ReactNode, useState } from 'react';
import { ErrorAlert } from '../../../components/error-alert.tsx';
import { ErrorState } from '../../../components/error-state.tsx';
import { GrowingTextarea } from '../../../components/growing-textarea.tsx';
import { AnchorLink } from '../../../components/links.tsx';
import { PageSkeleton } from '../../../components/page-loader.tsx';
import { NewAiSystemForm } from '../../ai-systems/components/new-ai-system-form.tsx';
import { AiRolesForm } from '../../context/components/ai-roles-form.tsx';
import { useCreateDocument } from '../../documents/api/documents.ts';
import { InviteForm } from '../../invitations/components/invite-form.tsx';
import { useUpdateOrganization } from '../../orgs/api/update-organization.ts';
import { type CurrentOrg, useCurrentOrg } from '../../orgs/use-current-org.ts';
import { useUpdateRiskCriteria } from '../../risks/api/criteria.ts';
import { riskCriteriaQuery } from '../../risks/api/risks.ts';
import { CriteriaEditor } from '../../risks/components/criteria-editor.tsx';
import { CriteriaLegend } from '../../risks/components/criteria-legend.tsx';
import { RiskHeatmap } from '../../risks/components/risk-heatmap.tsx';
import { useDecideRemainingSoa } from '../../soa/api/soa.ts';

export interface StepProps {
  orgId: string;
  step: SetupStep;
  /** The caller's role in the organization. */
  role: Role;
  can: CurrentOrg['can'];
  onDone: () => void;
}

/** What the step already shows in the records, with a way on. */
function AlreadyDone({
  step,
  onDone,
  children,
}: {
  step: SetupStep;
  onDone: () => void;
  children?: ReactNode;
}) {
  return (
    <Stack gap="sm">
      <Alert color="teal.9" variant="light" title="Done">
        {step.detail}. {children}
      </Alert>
      <Group>
        <Button onClick={onDone}>Continue</Button>
      </Group>
    </Stack>
  );
}

/** The organization's name and approval options (§5.3, A.3.2: who may approve what). */
function OrgProfileForm({ orgId }: { orgId: string }) {
  const { org } = useCurrentOrg();
  const update = useUpdateOrganization(orgId);
  const [name, setName] = useState(org?.name ?? '');
  const [soaSod, setSoaSod] = useState(org?.soaSeparationOfDuties ?? false);
  const [fourEyes, setFourEyes] = useState(org?.documentFourEyes ?? false);
  if (!org) return null;
  const changed =
    name.trim() !== org.name || soaSod !== org.soaSeparationOfDuties || fourEyes !== org.documentFourEyes;
  return (
    <Paper withBorder p="md">
      <Stack gap="sm">
        <TextInput label="Organization name" value={name} onChange={(e) => setName(e.currentTarget.value)} />
        <Checkbox
          label="The person who submits a Statement of Applicability may not approve it"
          checked={soaSod}
          onChange={(e) => setSoaSod(e.currentTarget.checked)}
        />
        <Checkbox
          label="The author of a document version may not approve it"
          checked={fourEyes}
          onChange={(e) => setFourEyes(e.currentTarget.checked)}
        />
        <StepActions
          mutation={update}
          label="Save profile"
          variant="default"
          disabled={!changed}
          onClick={() =>
            update.mutate(
              { name: name.trim(), soaSeparationOfDuties: soaSod, documentFourEyes: fourEyes },
              {
                onSuccess: () =>
                  notifications.show({ color: 'teal', message: 'Organization profile saved.' }),
              },
            )
          }
        />
      </Stack>
    </Paper>
  );
}

/** A step's save: the error if it failed, then its main button (busy while saving) and any others. */
function StepActions(props: {
  mutation: { error: unknown; isPending: boolean };
  label: string;
  onClick: () => void;
  variant?: ButtonProps['variant'];
  disabled?: boolean;
  children?: ReactNode;
}) {
  return (
    <>
      <ErrorAlert error={props.mutation.error} />
      <Group>
        <Button
          variant={props.variant}
          disabled={props.disabled}
          loading={props.mutation.isPending}
          onClick={props.onClick}
        >
          {props.label}
        </Button>
        {props.children}
      </Group>
    </>
  );
}

/** §4.1: the organization's profile and its roles toward AI systems, with the context module's own form. */
export function ProfileStep({ orgId, can, onDone }: StepProps) {
  return (
    <Stack gap="md">
      {can('org:update') && <OrgProfileForm orgId={orgId} />}
      <AiRolesForm
        orgId={orgId}
        canEdit={can('context:update')}
        submitLabel="Save and continue"
        onSaved={onDone}
      />
    </Stack>
  );
}

/** §4.3: the scope statement, started from the starter document and kept as a controlled document. */
export function ScopeStep({ orgId, step, can, onDone }: StepProps) {
  const template = documentTemplate('aims_scope');
  const create = useCreateDocument(orgId);
  const [title, setTitle] = useState(template?.title ?? 'Scope of the AI management system');
  const [content, setContent] = useState(template?.content ?? '');
  if (step.done)
    return (
      <AlreadyDone step={step} onDone={onDone}>
        <AnchorLink to="/orgs/$orgId/documents" params={{ orgId }}>
          Open Policies & documents
        </AnchorLink>{' '}
        to edit, submit and approve it.
      </AlreadyDone>
    );
  if (!can('document:create'))
    return <Text size="sm">Your role cannot create documents; ask a manager to write the scope.</Text>;
  return (
    <Stack gap="sm">
      <Text size="sm">
        Replace the bracketed places with your facts. The scope is saved as a draft controlled document marked
        as the AIMS scope; you can submit it for approval later under Policies & documents.
      </Text>
      <TextInput label="Title" required value={title} onChange={(e) => setTitle(e.currentTarget.value)} />
      <GrowingTextarea
        label="Scope statement"
        description="Markdown. Units, locations, activities and AI systems in scope, and what is out of scope and why."
        minRows={10}
        maxRows={24}
        value={content}
        onChange={setContent}
      />
      <StepActions
        mutation={create}
        label="Save and continue"
        onClick={() =>
          create.mutate(
            {
              title,
              type: 'scope',
              mandatoryKey: 'aims_scope',
              requirementRefs: ['4.3'],
              description: template?.description ?? '',
              content,
            },
            {
              onSuccess: () => {
                notifications.show({ color: 'teal', message: 'Scope saved as a draft document.' });
                onDone();
              },
            },
          )
        }
      />
    </Stack>
  );
}

function CriteriaView({ criteria }: { criteria: RiskCriteria }) {
  return (
    <Paper withBorder p="md" radius="md" maw={560}>
      <RiskHeatmap title={`Risk criteria: version ${criteria.number}`} criteria={criteria} />
      <CriteriaLegend criteria={criteria} />
    </Paper>
  );
}

/** §6.1.1–6.1.2: adopt the sensible default as the organization's criteria, or adjust it first. */
export function RiskCriteriaStep({ orgId, step, can, onDone }: StepProps) {
  const q = useQuery(riskCriteriaQuery(orgId));
  const update = useUpdateRiskCriteria(orgId);
  const [editing, setEditing] = useState(false);
  if (q.error) return <ErrorState error={q.error} onRetry={() => q.refetch()} />;
  if (!q.data) return <PageSkeleton />;
  const c = q.data;
  if (step.done)
    return (
      <Stack gap="sm">
        <CriteriaView criteria={c} />
        <AlreadyDone step={step} onDone={onDone}>
          <AnchorLink to="/orgs/$orgId/risks/criteria" params={{ orgId }}>
            Change them on the risk criteria page
          </AnchorLink>
          .
        </AlreadyDone>
      </Stack>
    );
  if (!can('risk_criteria:update'))
    return <Text size="sm">Your role cannot set the risk criteria; ask an owner, admin or manager.</Text>;
  const saved = (number: number) => {
    notifications.show({ color: 'teal', message: `Risk criteria version ${number} saved.` });
    onDone();
  };
  if (editing)
    return (
      <CriteriaEditor
        current={c}
        update={update}
        onCancel={() => setEditing(false)}
        onSaved={(v) => saved(v.number)}
      />
    );
  return (
    <Stack gap="sm">
      <Text size="sm">
        A sensible default is ready: five levels of likelihood and of consequence, four level bands, and an
        appetite up to which a risk is accepted without treatment. Adopt it as it is, or adjust it to your
        organization first. Either way it is saved as a new version, so later changes stay traceable.
      </Text>
      <CriteriaView criteria={c} />
      <StepActions
        mutation={update}
        label="Save and continue"
        onClick={() =>
          update.mutate(
            {
              likelihoodLabels: c.likelihoodLabels,
              consequenceLabels: c.consequenceLabels,
              bands: c.bands,
              appetite: c.appetite,
              note: 'Adopted during the guided set-up',
            },
            { onSuccess: (v) => saved(v.number) },
          )
        }
      >
        <Button variant="default" onClick={() => setEditing(true)}>
          Adjust the criteria
        </Button>
      </StepActions>
    </Stack>
  );
}

/** The first AI system of the inventory, with the inventory's own form. */
export function AiSystemStep({ orgId, step, can, onDone }: StepProps) {
  if (step.done)
    return (
      <AlreadyDone step={step} onDone={onDone}>
        <AnchorLink to="/orgs/$orgId/ai-systems" params={{ orgId }}>
          Open the AI systems
        </AnchorLink>{' '}
        to classify them under the EU AI Act and link their records.
      </AlreadyDone>
    );
  if (!can('ai_system:create'))
    return <Text size="sm">Your role cannot add AI systems; ask a contributor or manager.</Text>;
  return (
    <Stack gap="sm">
      <NewAiSystemForm orgId={orgId} submitLabel="Save and continue" onCreated={onDone} />
    </Stack>
  );
}

/** §6.1.3: a first decision on every Annex A control, refined control by control afterwards. */
export function SoaStep({ orgId, step, can, onDone }: StepProps) {
  const decide = useDecideRemainingSoa(orgId);
  const [justification, setJustification] = useState(
    'Applicable: taken into the AIMS in the first pass at set-up; to be reviewed control by control.',
  );
  if (step.done)
    return (
      <AlreadyDone step={step} onDone={onDone}>
        <AnchorLink to="/orgs/$orgId/soa" params={{ orgId }}>
          Refine the decisions on the SoA page
        </AnchorLink>
        .
      </AlreadyDone>
    );
  if (!can('soa:update')) return <Text size="sm">Your role cannot change the SoA; ask a manager.</Text>;
  return (
    <Stack gap="sm">
      <Alert color="#735600" variant="light" title="Undecided controls">
        {step.detail}.
      </Alert>
      <Text size="sm">
        A first pass marks every control that has no decision yet as applicable, with its implementation
        planned. Afterwards, exclude the controls that do not apply to you — each with its reason — and record
        how far the others are implemented, on the SoA page.
      </Text>
      <GrowingTextarea
        label="Justification"
        description="Recorded on each control this pass decides (why it is included)."
        minRows={2}
        value={justification}
        onChange={setJustification}
      />
      <StepActions
        mutation={decide}
        label="Mark remaining controls applicable and continue"
        onClick={() =>
          decide.mutate(
            { justification },
            {
              onSuccess: (r) => {
                notifications.show({
                  color: 'teal',
                  message: `${r.decided.length} controls marked applicable, implementation planned.`,
                });
                onDone();
              },
            },
          )
        }
      >
        <AnchorLink to="/orgs/$orgId/soa" params={{ orgId }} size="sm">
          Decide control by control instead
        </AnchorLink>
      </StepActions>
    </Stack>
  );
}

/** §5.3, §7.4: colleagues who will hold AIMS roles, invited with the invitations module's form. */
export function InviteStep({ orgId, step, role, can, onDone }: StepProps) {
  return (
    <Stack gap="sm">
      {step.done && (
        <Alert color="teal.9" variant="light" title="Done">
          {step.detail}.
        </Alert>
      )}
      {can('invitation:manage') ? (
        <InviteForm orgId={orgId} myRole={role} />
      ) : (
        <Text size="sm">Only owners and admins invite people; ask one of them.</Text>
      )}
      <Group>
        <Button onClick={onDone}>Continue</Button>
      </Group>
    </Stack>
  );
}

/** Two columns on wide screens: the step's body, and why it matters. */
export function StepLayout({ why, children }: { why: string; children: ReactNode }) {
  return (
    <Grid gap="lg">
      <Grid.Col span={{ base: 12, lg: 8 }}>{children}</Grid.Col>
      <Grid.Col span={{ base: 12, lg: 4 }}>
        <Paper withBorder p="md" radius="md">
          <Text fw={600} size="sm" mb={4}>
            Why this step
          </Text>
          <Text size="sm">{why}</Text>
        </Paper>
      </Grid.Col>
    </Grid>
  );
}
