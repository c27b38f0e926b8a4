// The organization's deployment gate (A.6.2.5, §8.4): read by everyone, changed by AIMS leads.
import { Paper, Stack, Switch, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import type { DeploymentGateRules } from '@openaims/core';
import { ErrorAlert } from '../../../components/error-alert.tsx';
import { ErrorState } from '../../../components/error-state.tsx';
import { PageHeader } from '../../../components/page-header.tsx';
import { PageSkeleton } from '../../../components/page-loader.tsx';
import { useCurrentOrg } from '../../orgs/use-current-org.ts';
import { useDeploymentGate, useUpdateDeploymentGate } from '../api/deployment-gate.ts';
import { InventoryTabs } from './inventory-tabs.tsx';

const RULES: { key: keyof DeploymentGateRules; label: string; description: string }[] = [
  {
    key: 'requireClassification',
    label: 'Require an EU AI Act classification',
    description: 'The system has been through the classification questionnaire.',
  },
  {
    key: 'requireApprovedImpactAssessment',
    label: 'Require an approved impact assessment',
    description:
      'ISO/IEC 42001 6.1.4 and 8.4: the system has an approved impact assessment (Impact assessments).',
  },
  {
    key: 'blockProhibited',
    label: 'Never deploy a prohibited practice',
    description: 'A system classified under EU AI Act Art. 5 cannot enter deployment.',
  },
];

export function DeploymentGatePage() {
  const { orgId, can } = useCurrentOrg();
  const query = useDeploymentGate(orgId);
  const update = useUpdateDeploymentGate(orgId);
  const canManage = can('deployment_gate:manage');
  if (query.isPending) return <PageSkeleton />;
  if (query.error) return <ErrorState error={query.error} onRetry={() => void query.refetch()} />;
  const rules = query.data;
  return (
    <>
      <PageHeader
        title="Deployment gate"
        description="What an AI system needs before it may move to the deployment stage. The server checks these on every change."
      />
      <InventoryTabs orgId={orgId} />
      <Paper withBorder p="lg" radius="md" maw={720}>
        <Stack gap="md">
          {!canManage && (
            <Text size="sm">Only owners, administrators and AIMS managers can change these rules.</Text>
          )}
          {RULES.map((r) => (
            <Switch
              key={r.key}
              label={r.label}
              description={r.description}
              checked={rules[r.key]}
              disabled={!canManage || update.isPending}
              onChange={(e) =>
                update.mutate(
                  { [r.key]: e.currentTarget.checked },
                  {
                    onSuccess: () =>
                      notifications.show({ color: 'teal', message: 'Deployment gate updated.' }),
                  },
                )
              }
            />
          ))}
          <ErrorAlert error={update.error} />
        </Stack>
      </Paper>
    </>
  );
}
