// The organization dashboard (issue 16): how the AIMS stands (readiness, risks, inventory) and what needs the
// signed-in member (tasks, gate gaps, overdue and upcoming dates), from one server aggregate.
import { Alert, Badge, Card, Group, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import {
  type Dashboard,
  type DueEntry,
  LIFECYCLE_STAGE_LABEL,
  LIFECYCLE_STAGES,
  ledgerActionLabel,
  REMINDER_TITLES,
  RISK_CLASS_LABEL,
  RISK_CLASSES,
  readinessBlockerPath,
} from '@openaims/core';
import { useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { AnchorLink } from '../../../components/links.tsx';
import { PageHeader } from '../../../components/page-header.tsx';
import { PageSkeleton } from '../../../components/page-loader.tsx';
import { formatDate, formatDateTime } from '../../../lib/format.ts';
import { ReviewScheduleBadges } from '../../management-reviews/components/review-schedule-badges.tsx';
import { SetupCard } from '../../org-setup/components/setup-card.tsx';
import { useCurrentOrg } from '../../orgs/use-current-org.ts';
import { riskCriteriaQuery } from '../../risks/api/risks.ts';
import { RiskHeatmap } from '../../risks/components/risk-heatmap.tsx';
import { MyTasksCard } from '../../tasks/components/my-tasks-card.tsx';
import { useDashboard } from '../api/get-dashboard.ts';
import { AlertBadge, AuditBadges } from './check-badges.tsx';
import { CountBars, ReadinessRing, ReadinessTrend } from './dashboard-charts.tsx';

function Panel(props: { id: string; title: string; link?: ReactNode; children: ReactNode }) {
  return (
    <Card withBorder radius="md" padding="md" component="section" aria-labelledby={props.id}>
      <Group justify="space-between" mb="sm" wrap="nowrap" align="flex-start">
        <Title order={2} size="h4" id={props.id}>
          {props.title}
        </Title>
        {props.link}
      </Group>
      {props.children}
    </Card>
  );
}

function DueList({ items, overdue, empty }: { items: DueEntry[]; overdue?: boolean; empty: string }) {
  if (items.length === 0)
    return (
      <Text size="sm" c="dimmed">
        {empty}
      </Text>
    );
  return (
    <Stack gap={6} component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
      {items.map((d) => (
        <Group
          key={`${d.kind}:${d.url}:${d.dueDate}:${d.title}`}
          component="li"
          justify="space-between"
          wrap="nowrap"
        >
          <Stack gap={0} style={{ minWidth: 0 }}>
            <AnchorLink to={d.url} size="sm">
              {d.title}
            </AnchorLink>
            <Text size="xs" c="dimmed">
              {REMINDER_TITLES[d.kind]}
            </Text>
          </Stack>
          <Badge
            variant={overdue ? 'filled' : 'light'}
            color={overdue ? 'red.9' : 'blue'}
            tt="none"
            miw="fit-content"
          >
            {formatDate(d.dueDate)}
          </Badge>
        </Group>
      ))}
    </Stack>
  );
}

function Standing({ orgId, d }: { orgId: string; d: Dashboard }) {
  const criteria = useQuery(riskCriteriaQuery(orgId));
  const classRows = RISK_CLASSES.map((k) => ({
    key: k,
    label: RISK_CLASS_LABEL[k],
    count: d.aiSystems.byClass.find((r) => r.riskClass === k)?.count ?? 0,
  })).filter((r) => r.count > 0);
  const stageRows = LIFECYCLE_STAGES.map((k) => ({
    key: k,
    label: LIFECYCLE_STAGE_LABEL[k],
    count: d.aiSystems.byStage.find((r) => r.lifecycleStage === k)?.count ?? 0,
  })).filter((r) => r.count > 0);
  return (
    <SimpleGrid cols={{ base: 1, md: 2, xl: 3 }}>
      <Panel
        id="dash-readiness"
        title="Certification readiness"
        link={
          <AnchorLink to="/orgs/$orgId/readiness" params={{ orgId }} size="sm">
            All 19 items
          </AnchorLink>
        }
      >
        <ReadinessRing readiness={d.readiness} />
        <ReadinessTrend trend={d.readiness.trend} />
        {d.readiness.blockers.length > 0 && (
          <Stack gap={2} mt="sm">
            <Text size="xs" fw={700}>
              Blockers
            </Text>
            {d.readiness.blockers.slice(0, 4).map((b) => (
              <Text key={b.key} size="xs">
                {b.count} ·{' '}
                <AnchorLink to={`/orgs/${orgId}${readinessBlockerPath(b)}` as '/'} size="xs">
                  {b.title}
                </AnchorLink>
              </Text>
            ))}
          </Stack>
        )}
      </Panel>
      <Panel
        id="dash-risks"
        title="Risk picture"
        link={
          <AnchorLink to="/orgs/$orgId/risks" params={{ orgId }} size="sm">
            Risk register
          </AnchorLink>
        }
      >
        <Group gap={4} mb="xs">
          <Badge variant="filled" tt="none">
            {d.risks.total} {d.risks.total === 1 ? 'risk' : 'risks'}
          </Badge>
          {d.risks.aboveAppetite > 0 && (
            <Badge variant="filled" color="red.9" tt="none">
              {d.risks.aboveAppetite} above appetite
            </Badge>
          )}
          {d.risks.needsReassessment > 0 && (
            <Badge variant="light" color="orange" c="var(--mantine-color-text)" tt="none">
              {d.risks.needsReassessment} to re-assess
            </Badge>
          )}
        </Group>
        {criteria.data ? (
          <RiskHeatmap title="Inherent risk" criteria={criteria.data} cells={d.risks.inherentCells} />
        ) : (
          <Text size="sm" c="dimmed">
            Set the risk criteria to see the heatmap.
          </Text>
        )}
      </Panel>
      <Panel
        id="dash-systems"
        title="AI systems"
        link={
          <AnchorLink to="/orgs/$orgId/ai-systems" params={{ orgId }} size="sm">
            Inventory ({d.aiSystems.total})
          </AnchorLink>
        }
      >
        <Stack gap="sm">
          <div>
            <Text size="xs" fw={700} mb={4}>
              By EU AI Act class
            </Text>
            <CountBars rows={classRows} label="AI systems by EU AI Act class" />
          </div>
          <div>
            <Text size="xs" fw={700} mb={4}>
              By life-cycle stage
            </Text>
            <CountBars rows={stageRows} label="AI systems by life-cycle stage" />
          </div>
        </Stack>
      </Panel>
    </SimpleGrid>
  );
}

function GateGaps({ orgId, d }: { orgId: string; d: Dashboard }) {
  const gaps = d.aiSystems.gateGaps;
  return (
    <Panel
      id="dash-gate"
      title="High-risk and live systems missing a gate item"
      link={
        <AnchorLink to="/orgs/$orgId/deployment-gate" params={{ orgId }} size="sm">
          Gate rules
        </AnchorLink>
      }
    >
      {gaps.length === 0 ? (
        <Text size="sm" c="dimmed">
          Every high-risk or deployed system has what the deployment gate asks for.
        </Text>
      ) : (
        <Stack gap="xs" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
          {gaps.map((g) => (
            <Stack key={g.id} gap={2} component="li" data-gate-gap={g.name}>
              <Group gap={6} wrap="wrap">
                <AnchorLink to={g.url} fw={600} size="sm">
                  {g.name}
                </AnchorLink>
                <Badge variant="outline" color="gray.8" tt="none">
                  {RISK_CLASS_LABEL[g.riskClass]}
                </Badge>
                <Badge variant="outline" color="gray.8" tt="none">
                  {LIFECYCLE_STAGE_LABEL[g.lifecycleStage]}
                </Badge>
              </Group>
              {g.missing.map((m) => (
                <Text key={m.key} size="xs" c="red.9">
                  Missing: {m.message}
                </Text>
              ))}
            </Stack>
          ))}
        </Stack>
      )}
    </Panel>
  );
}

function RecentChanges({ d }: { d: Dashboard }) {
  return (
    <Panel id="dash-recent" title="Recent changes">
      {d.recentChanges.length === 0 ? (
        <Text size="sm" c="dimmed">
          Nothing recorded yet.
        </Text>
      ) : (
        <Table.ScrollContainer minWidth={480}>
          <Table verticalSpacing={4} fz="sm">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>When</Table.Th>
                <Table.Th>Who</Table.Th>
                <Table.Th>What</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {d.recentChanges.slice(0, 12).map((c) => (
                <Table.Tr key={c.seq}>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatDateTime(c.at)}</Table.Td>
                  <Table.Td>{c.actorName}</Table.Td>
                  <Table.Td>
                    {c.url ? (
                      <AnchorLink to={c.url} size="sm">
                        {ledgerActionLabel(c.action)}
                      </AnchorLink>
                    ) : (
                      ledgerActionLabel(c.action)
                    )}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Panel>
  );
}

export function DashboardPage() {
  const { orgId, org } = useCurrentOrg();
  const q = useDashboard(orgId);
  return (
    <>
      <PageHeader
        title={org?.name ?? 'Overview'}
        description="How the AI management system stands, and what needs you."
      />
      <SetupCard orgId={orgId} />
      {q.isPending ? (
        <PageSkeleton />
      ) : q.error ? (
        <Alert color="red" title="Could not load the overview">
          {q.error.message}
        </Alert>
      ) : (
        <Stack gap="lg">
          <Standing orgId={orgId} d={q.data} />
          <SimpleGrid cols={{ base: 1, md: 2 }}>
            <Stack gap="lg">
              <MyTasksCard orgId={orgId} />
              <GateGaps orgId={orgId} d={q.data} />
            </Stack>
            <Panel id="dash-due" title="Overdue and coming up">
              <Stack gap="md">
                <div>
                  <Text size="xs" fw={700} mb={4} c={q.data.overdue.length ? 'red.9' : undefined}>
                    Overdue ({q.data.overdue.length})
                  </Text>
                  <DueList items={q.data.overdue} overdue empty="Nothing is overdue." />
                </div>
                <div>
                  <Text size="xs" fw={700} mb={4}>
                    Coming up
                  </Text>
                  <DueList
                    items={q.data.upcoming}
                    empty="No review, audit, expiry or reporting deadline falls due soon."
                  />
                </div>
              </Stack>
            </Panel>
          </SimpleGrid>
          <SimpleGrid cols={{ base: 1, md: 2 }}>
            <RecentChanges d={q.data} />
            <Panel id="dash-check" title="Check and review">
              <Stack gap="xs" align="flex-start">
                <AnchorLink to="/orgs/$orgId/audits" params={{ orgId }} size="sm">
                  Internal audits
                </AnchorLink>
                <AuditBadges orgId={orgId} />
                <AnchorLink to="/orgs/$orgId/monitoring" params={{ orgId }} size="sm">
                  Monitoring
                </AnchorLink>
                <AlertBadge orgId={orgId} />
                <AnchorLink to="/orgs/$orgId/management-reviews" params={{ orgId }} size="sm">
                  Management reviews
                </AnchorLink>
                <ReviewScheduleBadges orgId={orgId} />
              </Stack>
            </Panel>
          </SimpleGrid>
        </Stack>
      )}
    </>
  );
}
