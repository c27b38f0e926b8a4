// One AI risk (§6.1.2, §6.1.3, §8.2–8.3): overview of the assessment, the treatment plan with its tasks, approval
// and acceptance, and the per-field history from the ledger.
import { Badge, Box, Button, Group, Paper, Tabs, Text } from '@mantine/core';
import { RISK_STATUS_LABEL } from '@openaims/core';
import { useQuery } from '@tanstack/react-query';
import { useParams } from '@tanstack/react-router';
import { useState } from 'react';
import { ErrorState } from '../../../components/error-state.tsx';
import { AnchorLink } from '../../../components/links.tsx';
import { PageHeader } from '../../../components/page-header.tsx';
import { PageSkeleton } from '../../../components/page-loader.tsx';
import { formatDateTime } from '../../../lib/format.ts';
import { RecordComments } from '../../comments/components/record-comments.tsx';
import { useCurrentOrg } from '../../orgs/use-current-org.ts';
import { riskCriteriaQuery, riskQuery } from '../api/risks.ts';
import { RiskFormModal } from './risk-form-modal.tsx';
import { RiskHistory } from './risk-history.tsx';
import { LevelBadge, RiskOverview } from './risk-overview.tsx';
import { RiskTreatmentPanel } from './risk-treatment-panel.tsx';

export function RiskDetailPage() {
  const { orgId, can } = useCurrentOrg();
  const { riskId = '' } = useParams({ strict: false });
  const risk = useQuery(riskQuery(orgId, riskId));
  const criteria = useQuery(riskCriteriaQuery(orgId));
  const [editing, setEditing] = useState(false);
  const back = (
    <AnchorLink to="/orgs/$orgId/risks" params={{ orgId }} size="sm">
      ← AI risks
    </AnchorLink>
  );
  if (risk.isPending) return <PageSkeleton />;
  if (risk.error) return <ErrorState error={risk.error} onRetry={() => risk.refetch()} />;
  const r = risk.data;
  return (
    <>
      <PageHeader
        title={r.title}
        eyebrow={back}
        description={
          <Group gap="xs" component="span">
            <LevelBadge criteria={criteria.data} level={r.inherentLevel} score={r.inherentScore} />
            <Badge variant="light" color="gray">
              {RISK_STATUS_LABEL[r.status]}
            </Badge>
            <Text span size="xs" c="dimmed">
              Version {r.version} · updated {formatDateTime(r.updatedAt)}
            </Text>
          </Group>
        }
        actions={
          can('risk:update') && (
            <Button variant="default" size="xs" onClick={() => setEditing(true)}>
              Edit risk
            </Button>
          )
        }
      />
      <Tabs defaultValue="overview" keepMounted={false}>
        <Tabs.List aria-label="Risk sections">
          <Tabs.Tab value="overview">Overview</Tabs.Tab>
          <Tabs.Tab value="treatment">Treatment</Tabs.Tab>
          <Tabs.Tab value="history">History</Tabs.Tab>
        </Tabs.List>
        <Paper withBorder p="lg" radius="md" mt="sm">
          <Tabs.Panel value="overview">
            <RiskOverview orgId={orgId} risk={r} criteria={criteria.data} />
          </Tabs.Panel>
          <Tabs.Panel value="treatment">
            <RiskTreatmentPanel risk={r} />
          </Tabs.Panel>
          <Tabs.Panel value="history">
            <RiskHistory orgId={orgId} riskId={r.id} />
          </Tabs.Panel>
        </Paper>
      </Tabs>
      <Box mt="md">
        <RecordComments targetType="risk" targetId={r.id} />
      </Box>
      {editing && <RiskFormModal risk={r} onClose={() => setEditing(false)} />}
    </>
  );
}
