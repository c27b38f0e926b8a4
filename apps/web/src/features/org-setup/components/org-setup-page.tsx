// `/orgs/:orgId/setup` — the guided set-up (issue 16): six steps from an empty organization to scope, risk criteria,
// a first AI system, a decided SoA and colleagues. Each step can be skipped; the guide reopens at the first step
// neither done nor skipped, read from the server, so it resumes after a reload or on another device.
import { Badge, Button, Group, List, Paper, Progress, Stack, Stepper, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import type { SetupStep, SetupStepKey, SetupStepStatus } from '@openaims/core';
import { IconCheck, IconPlayerTrackNext } from '@tabler/icons-react';
import { useQueryClient } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { type ComponentType, useEffect, useState } from 'react';
import { ErrorAlert } from '../../../components/error-alert.tsx';
import { ErrorState } from '../../../components/error-state.tsx';
import { PageHeader } from '../../../components/page-header.tsx';
import { PageSkeleton } from '../../../components/page-loader.tsx';
import { useCurrentOrg } from '../../orgs/use-current-org.ts';
import { orgSetupKeys, useOrgSetup } from '../api/get-org-setup.ts';
import { useUpdateOrgSetup } from '../api/update-org-setup.ts';
import {
  AiSystemStep,
  InviteStep,
  ProfileStep,
  RiskCriteriaStep,
  ScopeStep,
  SoaStep,
  StepLayout,
  type StepProps,
} from './setup-steps.tsx';

/** Why each step matters, in our own words, with the clause it serves. */
const WHY: Record<SetupStepKey, string> = {
  profile:
    'ISO/IEC 42001 starts from your context, including the roles you hold toward AI systems (clause 4.1). Whether you develop, provide or only use AI decides which controls and legal duties apply to you.',
  scope:
    'The scope draws the boundaries of the management system: which units, locations, activities and AI systems it covers (clause 4.3). Auditors read it first, and everything else is judged against it.',
  risk_criteria:
    'Risk assessments must give consistent, comparable results (clause 6.1.2). The criteria fix how likelihood and consequence are rated and which risks you accept without treatment (clause 6.1.1).',
  ai_system:
    'The AI systems you develop, provide or use are what the management system looks after (clause 4.1). Recording one starts its classification, risk and impact assessments.',
  soa: 'The Statement of Applicability says for each Annex A control whether it applies, and why (clause 6.1.3). An SoA with undecided controls cannot be approved.',
  invite:
    'Responsibilities have to be given to people and made known (clauses 5.3 and 7.4). Invite the colleagues who will own AI systems, risks and controls.',
};

const BODY: Record<SetupStepKey, ComponentType<StepProps>> = {
  profile: ProfileStep,
  scope: ScopeStep,
  risk_criteria: RiskCriteriaStep,
  ai_system: AiSystemStep,
  soa: SoaStep,
  invite: InviteStep,
};

const STATUS_LABEL: Record<SetupStepStatus, string> = { done: 'Done', skipped: 'Skipped', todo: 'To do' };
// Filled badges in shades that keep white text at 4.5:1 or more (WCAG AA).
const STATUS_COLOR: Record<SetupStepStatus, string> = { done: 'teal.9', skipped: 'gray.7', todo: 'indigo.7' };

export function OrgSetupPage() {
  const { orgId, org, can } = useCurrentOrg();
  const q = useOrgSetup(orgId);
  const update = useUpdateOrgSetup(orgId);
  const qc = useQueryClient();
  const navigate = useNavigate();
  const [active, setActive] = useState<number | null>(null);
  const setup = q.data;

  // Open once at the first step neither done nor skipped (or at the end when none is left).
  useEffect(() => {
    if (!setup || active !== null) return;
    const i = setup.steps.findIndex((s) => s.key === setup.currentStep);
    setActive(i < 0 ? setup.steps.length : i);
  }, [setup, active]);

  const mayChange = can('setup:update');
  const header = (
    <PageHeader
      title="Set up your AI management system"
      description="Six steps to a working start: your AI roles, the scope, risk criteria, a first AI system, a first pass over the Statement of Applicability, and colleagues. Skip any step and come back to it later."
      actions={
        mayChange &&
        setup?.isOpen && (
          <Button
            variant="default"
            size="xs"
            loading={update.isPending && update.variables?.action === 'dismiss'}
            onClick={() =>
              update.mutate(
                { action: 'dismiss' },
                { onSuccess: () => void navigate({ to: '/orgs/$orgId', params: { orgId } }) },
              )
            }
          >
            Hide the guide
          </Button>
        )
      }
    />
  );
  if (q.error)
    return (
      <>
        {header}
        <ErrorState error={q.error} onRetry={() => q.refetch()} />
      </>
    );
  if (!setup || active === null || !org)
    return (
      <>
        {header}
        <PageSkeleton />
      </>
    );

  const next = async (i: number) => {
    // The step's state comes from the records it just changed: read it again before moving on.
    await qc.invalidateQueries({ queryKey: orgSetupKeys.all(orgId) });
    setActive(i + 1);
    window.scrollTo({ top: 0 });
  };
  const skip = (s: SetupStep, i: number) =>
    update.mutate({ action: 'skip', step: s.key }, { onSuccess: () => setActive(i + 1) });

  return (
    <>
      {header}
      <Stack gap="md">
        <div>
          <Group justify="space-between" mb={4}>
            <Text size="sm" fw={600}>
              {setup.doneCount} of {setup.total} steps done
            </Text>
            {setup.completedAt && <Badge color="teal.9">Set-up finished</Badge>}
            {setup.dismissedAt && <Badge color="gray.7">Guide hidden</Badge>}
          </Group>
          <Progress value={(100 * setup.doneCount) / setup.total} aria-label="Set-up progress" color="teal" />
        </div>
        <ErrorAlert error={update.error} />
        <Stepper active={active} onStepClick={setActive} allowNextStepsSelect size="sm" wrap>
          {setup.steps.map((s, i) => {
            const Body = BODY[s.key];
            return (
              <Stepper.Step
                key={s.key}
                label={s.title}
                description={STATUS_LABEL[s.status]}
                color={s.status === 'skipped' ? 'gray' : 'teal'}
                completedIcon={
                  s.status === 'skipped' ? <IconPlayerTrackNext size={16} /> : <IconCheck size={16} />
                }
              >
                <Paper withBorder p="lg" radius="md" mt="md">
                  <StepLayout why={WHY[s.key]}>
                    <Stack gap="md">
                      <Group gap="sm">
                        <Title order={2} size="h3">
                          {s.title}
                        </Title>
                        <Badge variant="light">ISO/IEC 42001 {s.clause}</Badge>
                        <Badge color={STATUS_COLOR[s.status]}>{STATUS_LABEL[s.status]}</Badge>
                      </Group>
                      <Body orgId={orgId} step={s} role={org.role} can={can} onDone={() => void next(i)} />
                      <Group gap="sm">
                        {i > 0 && (
                          <Button variant="subtle" onClick={() => setActive(i - 1)}>
                            Back
                          </Button>
                        )}
                        {!s.done && mayChange && (
                          <Button
                            variant="default"
                            loading={update.isPending && update.variables?.action === 'skip'}
                            onClick={() => skip(s, i)}
                          >
                            Skip for now
                          </Button>
                        )}
                      </Group>
                    </Stack>
                  </StepLayout>
                </Paper>
              </Stepper.Step>
            );
          })}
          <Stepper.Completed>
            <Paper withBorder p="lg" radius="md" mt="md">
              <Stack gap="md">
                <Title order={2} size="h3">
                  Where you stand
                </Title>
                <List spacing={6} listStyleType="none" aria-label="Set-up steps">
                  {setup.steps.map((s, i) => (
                    <List.Item key={s.key}>
                      <Group gap="xs">
                        <Badge color={STATUS_COLOR[s.status]} miw={80}>
                          {STATUS_LABEL[s.status]}
                        </Badge>
                        <Button variant="subtle" size="compact-sm" onClick={() => setActive(i)}>
                          {s.title}
                        </Button>
                        <Text size="sm" c="dimmed">
                          {s.detail}
                        </Text>
                      </Group>
                    </List.Item>
                  ))}
                </List>
                <Text size="sm">
                  Next: write your AI policy, assess the risks of your AI systems and refine the SoA. The
                  overview shows what needs you.
                </Text>
                <Group>
                  {mayChange && !setup.completedAt && (
                    <Button
                      loading={update.isPending && update.variables?.action === 'finish'}
                      onClick={() =>
                        update.mutate(
                          { action: 'finish' },
                          {
                            onSuccess: () => {
                              notifications.show({ color: 'teal', message: 'Set-up finished.' });
                              void navigate({ to: '/orgs/$orgId', params: { orgId } });
                            },
                          },
                        )
                      }
                    >
                      Finish set-up
                    </Button>
                  )}
                  <Button variant="default" onClick={() => setActive(setup.steps.length - 1)}>
                    Back
                  </Button>
                </Group>
              </Stack>
            </Paper>
          </Stepper.Completed>
        </Stepper>
      </Stack>
    </>
  );
}
