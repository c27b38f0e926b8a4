// The organization dashboard: every module area as a card, grouped Plan–Do–Check–Act.
import { Badge, Card, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { AnchorLink } from '../../../components/links.tsx';
import { PageHeader } from '../../../components/page-header.tsx';
import { useAiSystemCount } from '../../ai-systems/api/count-ai-systems.ts';
import { AREA_GROUPS, areaLink, findArea, type ModuleArea } from '../../areas/area-groups.ts';
import { ReviewScheduleBadges } from '../../management-reviews/components/review-schedule-badges.tsx';
import { useCurrentOrg } from '../../orgs/use-current-org.ts';
import { useReadiness } from '../../readiness/api/readiness.ts';
import { useRiskSummary } from '../../risks/api/get-risk-summary.ts';
import { MyTasksCard } from '../../tasks/components/my-tasks-card.tsx';
import { AlertBadge, AuditBadges } from './check-badges.tsx';

function AiSystemCount({ orgId }: { orgId: string }) {
  const q = useAiSystemCount(orgId);
  if (q.isPending) return <Badge variant="light">…</Badge>;
  if (q.error) return null;
  const n = `${q.data.count}${q.data.more ? '+' : ''}`;
  return (
    <Badge variant="filled" tt="none" aria-label={`${n} AI systems`}>
      {n} AI {q.data.count === 1 && !q.data.more ? 'system' : 'systems'}
    </Badge>
  );
}

/** The whole register's count from the server's summary, and how many wait for re-assessment (§8.2). */
function RiskCount({ orgId }: { orgId: string }) {
  const q = useRiskSummary(orgId);
  if (!q.data) return null;
  const { total, needsReassessment } = q.data;
  return (
    <Group gap={4} wrap="nowrap">
      <Badge variant="filled" tt="none">
        {total} {total === 1 ? 'risk' : 'risks'}
      </Badge>
      {needsReassessment > 0 && (
        <Badge variant="filled" color="red.9" tt="none">
          {needsReassessment} to re-assess
        </Badge>
      )}
    </Group>
  );
}

function ReadinessScore({ orgId }: { orgId: string }) {
  const q = useReadiness(orgId);
  if (!q.data) return null;
  return (
    <Badge
      variant="filled"
      color={q.data.score >= 80 ? 'teal.9' : q.data.score >= 40 ? '#735600' : 'red.9'}
      tt="none"
    >
      Score {q.data.score}/100
    </Badge>
  );
}

function AreaCard({ orgId, area }: { orgId: string; area: ModuleArea }) {
  return (
    <Card withBorder radius="md" padding="md">
      <Stack gap={6} h="100%">
        <Group justify="space-between" wrap="nowrap" align="flex-start">
          <AnchorLink {...areaLink(orgId, area.key)} fw={600}>
            {area.title}
          </AnchorLink>
          {area.key === 'inventory' && <AiSystemCount orgId={orgId} />}
          {area.key === 'readiness' && <ReadinessScore orgId={orgId} />}
          {area.key === 'risks' && <RiskCount orgId={orgId} />}
          {area.key === 'reviews' && <ReviewScheduleBadges orgId={orgId} />}
          {area.key === 'audits' && <AuditBadges orgId={orgId} />}
          {area.key === 'monitoring' && <AlertBadge orgId={orgId} />}
        </Group>
        <Text size="xs" c="dimmed">
          Clauses {area.clauses}
        </Text>
        <Text size="sm">{area.summary}</Text>
      </Stack>
    </Card>
  );
}

export function DashboardPage() {
  const { orgId, org } = useCurrentOrg();
  return (
    <>
      <PageHeader
        title={org?.name ?? 'Dashboard'}
        description="Your AI management system at a glance. Start with the AI inventory, then work through Plan, Operate, Check and Act."
      />
      <Stack gap="xl">
        <MyTasksCard orgId={orgId} />
        {AREA_GROUPS.map((g) => (
          <section key={g.label} aria-labelledby={`group-${g.label}`}>
            <Title order={2} size="h4" mb="sm" id={`group-${g.label}`}>
              {g.label}
            </Title>
            <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }}>
              {g.keys.map((k) => {
                const area = findArea(k);
                return area ? <AreaCard key={k} orgId={orgId} area={area} /> : null;
              })}
            </SimpleGrid>
          </section>
        ))}
      </Stack>
    </>
  );
}
