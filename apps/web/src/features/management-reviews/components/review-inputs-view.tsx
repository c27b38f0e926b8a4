// The §9.3.2 inputs of a review, one card per item of the clause, read from the frozen record or the live preview.
import { Badge, Group, List, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import type { ReviewInputs } from '@openaims/core';
import type { ReactNode } from 'react';
import { SimpleTable } from '../../../components/simple-table.tsx';

const words = (k: string) => k.replace(/_/g, ' ');
const SOURCE_LABEL: Record<string, string> = { objective_kpis: 'objective KPIs', metrics: 'metric streams' };

function Counts({ counts }: { counts: Record<string, number> }) {
  const entries = Object.entries(counts);
  if (entries.length === 0)
    return (
      <Text size="sm" c="dimmed">
        None
      </Text>
    );
  return (
    <Group gap={6}>
      {entries.map(([k, v]) => (
        <Badge key={k} variant="outline" color="gray.8" tt="none">
          {words(k)}: {v}
        </Badge>
      ))}
    </Group>
  );
}

function Section(props: { clause: string; title: string; children: ReactNode }) {
  return (
    <Paper withBorder p="md" radius="md">
      <Stack gap="xs">
        <Title order={3} size="h5">
          <Text span c="dimmed" size="sm" mr={6}>
            {props.clause}
          </Text>
          {props.title}
        </Title>
        {props.children}
      </Stack>
    </Paper>
  );
}

function Names(props: { items: string[]; empty: string }) {
  if (props.items.length === 0)
    return (
      <Text size="sm" c="dimmed">
        {props.empty}
      </Text>
    );
  return (
    <List size="sm" spacing={2}>
      {props.items.map((t, i) => (
        // Titles may repeat; the position keeps keys unique in this static list.
        // biome-ignore lint/suspicious/noArrayIndexKey: static list rendered once per input
        <List.Item key={i}>{t}</List.Item>
      ))}
    </List>
  );
}

export function ReviewInputsView({ inputs: i }: { inputs: ReviewInputs }) {
  const nc = i.nonconformities;
  return (
    <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="md">
      <Section clause="9.3.2 a" title="Status of actions from previous reviews">
        <Counts counts={{ ...i.previousActions.byStatus, overdue: i.previousActions.overdue }} />
        <Names
          items={i.previousActions.items.map(
            (t) =>
              `${t.title} — ${words(t.status)}${t.dueDate ? `, due ${t.dueDate}` : ''}${t.overdue ? ' (overdue)' : ''}`,
          )}
          empty="No actions from earlier reviews."
        />
      </Section>
      <Section clause="9.3.2 b" title="Changes in external and internal issues and interested parties">
        <SimpleTable
          withTableBorder
          fz="sm"
          rows={Object.entries(i.contextChanges.byKind)}
          rowKey={([k]) => k}
          columns={[
            { header: 'Kind', render: ([k]) => words(k) },
            { header: 'Added', render: ([, c]) => c.added },
            { header: 'Changed', render: ([, c]) => c.changed },
            { header: 'Removed', render: ([, c]) => c.archived },
            { header: 'Current', render: ([, c]) => c.current },
          ]}
        />
        {i.contextChanges.rolesChanged && <Text size="sm">The organization's AI roles changed.</Text>}
        <Names
          items={[
            ...i.contextChanges.added.map((c) => `Added: ${c.title}`),
            ...i.contextChanges.changed.map((c) => `Changed: ${c.title}`),
            ...i.contextChanges.archived.map((c) => `Removed: ${c.title}`),
          ]}
          empty="No changes in the period."
        />
      </Section>
      <Section clause="9.3.2 c 1" title="Nonconformities and corrective actions">
        <Text size="sm">
          {nc.open} open · {nc.openedInPeriod} opened and {nc.closedInPeriod} closed in the period
        </Text>
        <Counts counts={nc.openBySeverity} />
        <Text size="sm">
          Corrective actions:{' '}
          {Object.entries(nc.correctiveActions.byStatus)
            .map(([k, v]) => `${words(k)} ${v}`)
            .join(', ')}{' '}
          · overdue {nc.correctiveActions.overdue} · found effective {nc.correctiveActions.effectiveInPeriod},
          not effective {nc.correctiveActions.ineffectiveInPeriod}
        </Text>
        <Text size="sm">
          AI incidents: {nc.incidents.openedInPeriod} in the period, {nc.incidents.open} open (
          {nc.incidents.serious} serious)
        </Text>
      </Section>
      <Section clause="9.3.2 c 2" title="Monitoring and measurement results">
        <Text size="sm" c="dimmed">
          From {i.monitoring.sources.map((x) => SOURCE_LABEL[x] ?? words(x)).join(' and ')} ·{' '}
          {i.monitoring.measurementsInPeriod} measurement(s) in the period
        </Text>
        <Counts counts={i.monitoring.kpiStatus} />
        {i.monitoring.alerts && (
          <Text size="sm">
            Alerts: {i.monitoring.alerts.raisedInPeriod} raised in the period, {i.monitoring.alerts.open} open
          </Text>
        )}
        <Names
          items={i.monitoring.kpis.map(
            (k) =>
              `${k.objectiveTitle} / ${k.name}: ${k.value ?? 'no data'}${k.unit ? ` ${k.unit}` : ''} (target ${k.target}, ${words(k.status)})`,
          )}
          empty="No KPI is measured yet."
        />
      </Section>
      <Section clause="9.3.2 c 3" title="Audit results">
        {i.audits.available ? (
          <>
            <Counts counts={{ ...i.audits.findingsByKind, open: i.audits.openFindings }} />
            <Names
              items={i.audits.completedInPeriod.map(
                (a) => `${a.title} (completed ${a.completedAt?.slice(0, 10) ?? '—'})`,
              )}
              empty="No audit was completed in the period."
            />
          </>
        ) : (
          <Text size="sm" c="dimmed">
            No internal-audit records on this server yet.
          </Text>
        )}
      </Section>
      <Section clause="9.3.2 c 4" title="Fulfilment of the AI objectives">
        <Counts counts={i.objectives.byStatus} />
        <Names
          items={i.objectives.items.map(
            (o) =>
              `${o.title}: ${words(o.status)}, ${o.kpisOnTrack}/${o.kpisTotal} KPIs on track${o.pastTarget ? ', past its target date' : ''}`,
          )}
          empty="No objective is set."
        />
      </Section>
      <Section clause="9.3.2 d" title="Changes in risks and opportunities">
        <Counts counts={i.risks.openByLevel} />
        <Names
          items={[
            ...i.risks.newInPeriod.map((r) => `New: ${r.title} (${r.level})`),
            ...i.risks.levelChanged.map(
              (r) => `Level changed: ${r.title} (${r.from ?? '—'} → ${r.to ?? '—'})`,
            ),
            ...i.risks.acceptedInPeriod.map((r) => `Accepted: ${r.title}${r.level ? ` (${r.level})` : ''}`),
          ]}
          empty="No risk changes in the period."
        />
      </Section>
      <Section clause="9.3.2 e" title="Opportunities for continual improvement">
        <Names items={i.opportunities.items.map((o) => `${o.title} (${o.source})`)} empty="None recorded." />
      </Section>
    </SimpleGrid>
  );
}
