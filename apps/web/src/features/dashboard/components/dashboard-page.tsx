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
import { useTranslation } from 'react-i18next';
import { AnchorLink } from '../../../components/links.tsx';
import { PageHeader } from '../../../components/page-header.tsx';
import { PageSkeleton } from '../../../components/page-loader.tsx';
import { TableHead } from '../../../components/table-head.tsx';
import { useLabel } from '../../../i18n/use-label.ts';
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

type PanelTarget =
  | '/orgs/$orgId/readiness'
  | '/orgs/$orgId/risks'
  | '/orgs/$orgId/ai-systems'
  | '/orgs/$orgId/deployment-gate';

/** A panel's way to the page it summarizes, at its top right. */
function PanelLink(props: { orgId: string; to: PanelTarget; label: string }) {
  return (
    <AnchorLink to={props.to} params={{ orgId: props.orgId }} size="sm">
      {props.label}
    </AnchorLink>
  );
}

function DueList({ items, overdue, empty }: { items: DueEntry[]; overdue?: boolean; empty: string }) {
  const label = useLabel();
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
              {label('reminder', d.kind, REMINDER_TITLES[d.kind])}
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

/** The bars of a breakdown: each key with a count, labelled, in the order of `keys` (no count is none). */
function countRows<K extends string>(
  keys: readonly K[],
  labelOf: (k: K) => string,
  countOf: (k: K) => number | undefined,
) {
  return keys.map((k) => ({ key: k, label: labelOf(k), count: countOf(k) ?? 0 })).filter((r) => r.count > 0);
}

/** One titled breakdown of the AI systems (by class, by stage) as bars. */
function Breakdown(props: { title: string; rows: ReturnType<typeof countRows>; label: string }) {
  return (
    <div>
      <Text size="xs" fw={700} mb={4}>
        {props.title}
      </Text>
      <CountBars rows={props.rows} label={props.label} />
    </div>
  );
}

function Standing({ orgId, d }: { orgId: string; d: Dashboard }) {
  const { t } = useTranslation();
  const label = useLabel();
  const criteria = useQuery(riskCriteriaQuery(orgId));
  const classRows = countRows(
    RISK_CLASSES,
    (k) => label('riskClass', k, RISK_CLASS_LABEL[k]),
    (k) => d.aiSystems.byClass.find((r) => r.riskClass === k)?.count,
  );
  const stageRows = countRows(
    LIFECYCLE_STAGES,
    (k) => label('lifecycleStage', k, LIFECYCLE_STAGE_LABEL[k]),
    (k) => d.aiSystems.byStage.find((r) => r.lifecycleStage === k)?.count,
  );
  return (
    <SimpleGrid cols={{ base: 1, md: 2, xl: 3 }}>
      <Panel
        id="dash-readiness"
        title={t('dashboard.readiness')}
        link={<PanelLink orgId={orgId} to="/orgs/$orgId/readiness" label={t('dashboard.allItems')} />}
      >
        <ReadinessRing readiness={d.readiness} />
        <ReadinessTrend trend={d.readiness.trend} />
        {d.readiness.blockers.length > 0 && (
          <Stack gap={2} mt="sm">
            <Text size="xs" fw={700}>
              {t('dashboard.blockers')}
            </Text>
            {d.readiness.blockers.slice(0, 4).map((b) => (
              <Text key={b.key} size="xs">
                {b.count} ·{' '}
                <AnchorLink to={`/orgs/${orgId}${readinessBlockerPath(b)}` as '/'} size="xs">
                  {t(`readiness.blockers.${b.key}` as never, { defaultValue: b.title })}
                </AnchorLink>
              </Text>
            ))}
          </Stack>
        )}
      </Panel>
      <Panel
        id="dash-risks"
        title={t('dashboard.riskPicture')}
        link={<PanelLink orgId={orgId} to="/orgs/$orgId/risks" label={t('dashboard.riskRegister')} />}
      >
        <Group gap={4} mb="xs">
          <Badge variant="filled" tt="none">
            {t('dashboard.risks', { count: d.risks.total })}
          </Badge>
          {d.risks.aboveAppetite > 0 && (
            <Badge variant="filled" color="red.9" tt="none">
              {t('dashboard.aboveAppetite', { count: d.risks.aboveAppetite })}
            </Badge>
          )}
          {d.risks.needsReassessment > 0 && (
            <Badge variant="light" color="orange" c="var(--mantine-color-text)" tt="none">
              {t('dashboard.toReassess', { count: d.risks.needsReassessment })}
            </Badge>
          )}
        </Group>
        {criteria.data ? (
          <RiskHeatmap
            title={t('dashboard.inherentRisk')}
            criteria={criteria.data}
            cells={d.risks.inherentCells}
          />
        ) : (
          <Text size="sm" c="dimmed">
            {t('dashboard.setCriteria')}
          </Text>
        )}
      </Panel>
      <Panel
        id="dash-systems"
        title={t('dashboard.aiSystems')}
        link={
          <PanelLink
            orgId={orgId}
            to="/orgs/$orgId/ai-systems"
            label={t('dashboard.inventory', { count: d.aiSystems.total })}
          />
        }
      >
        <Stack gap="sm">
          <Breakdown title={t('dashboard.byClass')} rows={classRows} label={t('dashboard.byClassLabel')} />
          <Breakdown title={t('dashboard.byStage')} rows={stageRows} label={t('dashboard.byStageLabel')} />
        </Stack>
      </Panel>
    </SimpleGrid>
  );
}

function GateGaps({ orgId, d }: { orgId: string; d: Dashboard }) {
  const { t } = useTranslation();
  const label = useLabel();
  const gaps = d.aiSystems.gateGaps;
  return (
    <Panel
      id="dash-gate"
      title={t('dashboard.gateGaps')}
      link={<PanelLink orgId={orgId} to="/orgs/$orgId/deployment-gate" label={t('dashboard.gateRules')} />}
    >
      {gaps.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('dashboard.noGateGaps')}
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
                  {label('riskClass', g.riskClass, RISK_CLASS_LABEL[g.riskClass])}
                </Badge>
                <Badge variant="outline" color="gray.8" tt="none">
                  {label('lifecycleStage', g.lifecycleStage, LIFECYCLE_STAGE_LABEL[g.lifecycleStage])}
                </Badge>
              </Group>
              {g.missing.map((m) => (
                <Text key={m.key} size="xs" c="red.9">
                  {t('dashboard.missing', { message: m.message })}
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
  const { t } = useTranslation();
  return (
    <Panel id="dash-recent" title={t('dashboard.recentChanges')}>
      {d.recentChanges.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('dashboard.nothingRecorded')}
        </Text>
      ) : (
        <Table.ScrollContainer minWidth={480}>
          <Table verticalSpacing={4} fz="sm">
            <TableHead labels={[t('dashboard.when'), t('dashboard.who'), t('dashboard.what')]} />
            <Table.Tbody>
              {d.recentChanges.slice(0, 12).map((c) => (
                <Table.Tr key={c.seq}>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatDateTime(c.at)}</Table.Td>
                  <Table.Td>{c.actorName}</Table.Td>
                  <Table.Td>
                    {c.url ? (
                      <AnchorLink to={c.url} size="sm">
                        {t(`ledgerActions.${c.action}` as never, {
                          defaultValue: ledgerActionLabel(c.action),
                        })}
                      </AnchorLink>
                    ) : (
                      t(`ledgerActions.${c.action}` as never, { defaultValue: ledgerActionLabel(c.action) })
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
  const { t } = useTranslation();
  const { orgId, org } = useCurrentOrg();
  const q = useDashboard(orgId);
  return (
    <>
      <PageHeader title={org?.name ?? t('dashboard.overview')} description={t('dashboard.description')} />
      <SetupCard orgId={orgId} />
      {q.isPending ? (
        <PageSkeleton />
      ) : q.error ? (
        <Alert color="red" title={t('dashboard.loadFailed')}>
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
            <Panel id="dash-due" title={t('dashboard.due')}>
              <Stack gap="md">
                <div>
                  <Text size="xs" fw={700} mb={4} c={q.data.overdue.length ? 'red.9' : undefined}>
                    {t('dashboard.overdue', { count: q.data.overdue.length })}
                  </Text>
                  <DueList items={q.data.overdue} overdue empty={t('dashboard.nothingOverdue')} />
                </div>
                <div>
                  <Text size="xs" fw={700} mb={4}>
                    {t('dashboard.comingUp')}
                  </Text>
                  <DueList items={q.data.upcoming} empty={t('dashboard.nothingUpcoming')} />
                </div>
              </Stack>
            </Panel>
          </SimpleGrid>
          <SimpleGrid cols={{ base: 1, md: 2 }}>
            <RecentChanges d={q.data} />
            <Panel id="dash-check" title={t('dashboard.check')}>
              <Stack gap="xs" align="flex-start">
                <AnchorLink to="/orgs/$orgId/audits" params={{ orgId }} size="sm">
                  {t('nav.areas.audits')}
                </AnchorLink>
                <AuditBadges orgId={orgId} />
                <AnchorLink to="/orgs/$orgId/monitoring" params={{ orgId }} size="sm">
                  {t('nav.areas.monitoring')}
                </AnchorLink>
                <AlertBadge orgId={orgId} />
                <AnchorLink to="/orgs/$orgId/management-reviews" params={{ orgId }} size="sm">
                  {t('nav.areas.reviews')}
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
