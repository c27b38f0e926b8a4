// Crosswalk coverage: how far the organization's 42001 work covers the EU AI Act, NIST AI RMF and ISO/IEC 27001.
// A stacked bar per framework (a picture beats a table here), then the requirements of the chosen one with gaps first.

import { Badge, Box, Group, Paper, SegmentedControl, Stack, Text, Title, Tooltip } from '@mantine/core';
import { COVERAGE_TARGETS, type Coverage, type CoverageStatus, listFrameworks } from '@openaims/core';
import { useQueries } from '@tanstack/react-query';
import { useState } from 'react';
import { ErrorState } from '../../../components/error-state.tsx';
import { PageSkeleton } from '../../../components/page-loader.tsx';
import { SimpleTable } from '../../../components/simple-table.tsx';
import { useCurrentOrg } from '../../orgs/use-current-org.ts';
import { type CoverageTarget, coverageQuery } from '../api/coverage.ts';

const COLORS: Record<CoverageStatus, string> = {
  covered: 'teal.9',
  partial: 'yellow.9',
  gap: 'red.9',
  unmapped: 'gray.7',
};
const LABEL: Record<CoverageStatus, string> = {
  covered: 'Covered',
  partial: 'Partly covered',
  gap: 'Gap',
  unmapped: 'No mapping',
};
const ORDER: CoverageStatus[] = ['gap', 'unmapped', 'partial', 'covered'];
const TITLE = new Map(listFrameworks().map((f) => [f.id, f.title]));
const SHORT: Record<CoverageTarget, string> = {
  'eu-ai-act-2024': 'EU AI Act',
  'nist-ai-rmf-1.0': 'NIST AI RMF',
  'iso-iec-27001-2022': 'ISO/IEC 27001',
};
const STATE_LABEL = {
  implemented: 'implemented',
  partial: 'under way',
  not_started: 'not started',
  excluded: 'excluded',
} as const;

function Bar({ c }: { c: Coverage }) {
  const parts = (['covered', 'partial', 'gap', 'unmapped'] as CoverageStatus[]).filter(
    (s) => c.summary[s] > 0,
  );
  const text = parts.map((s) => `${c.summary[s]} ${LABEL[s].toLowerCase()}`).join(', ');
  return (
    <Box
      role="img"
      aria-label={`${TITLE.get(c.framework)}: ${text} of ${c.summary.total} requirements`}
      style={{ display: 'flex', height: 18, borderRadius: 4, overflow: 'hidden' }}
    >
      {parts.map((s) => (
        <Tooltip key={s} label={`${LABEL[s]}: ${c.summary[s]}`}>
          <Box bg={COLORS[s]} style={{ flex: c.summary[s] }} />
        </Tooltip>
      ))}
    </Box>
  );
}

export function CoverageView() {
  const { orgId } = useCurrentOrg();
  const [chosen, setChosen] = useState<CoverageTarget>('eu-ai-act-2024');
  const results = useQueries({ queries: COVERAGE_TARGETS.map((f) => coverageQuery(orgId, f)) });
  const failed = results.find((r) => r.error);
  if (failed?.error) return <ErrorState error={failed.error} />;
  if (results.some((r) => !r.data)) return <PageSkeleton />;
  const all = results.map((r) => r.data as Coverage);
  const current = all.find((c) => c.framework === chosen)!;
  const rows = [...current.items].sort((a, b) => ORDER.indexOf(a.status) - ORDER.indexOf(b.status));
  return (
    <Stack>
      <Text c="dimmed" size="sm">
        A requirement is covered when a mapping that contains all of it leads to an implemented control or
        clause; partly covered when related work is implemented or under way; a gap when mapped work has not
        started. Excluded controls give no credit.
      </Text>
      <Paper withBorder p="md">
        <Stack gap="sm">
          {all.map((c) => (
            <div key={c.framework}>
              <Group justify="space-between" mb={4}>
                <Text fw={600} size="sm">
                  {TITLE.get(c.framework)}
                </Text>
                <Text size="sm">
                  {c.summary.covered} of {c.summary.total} covered
                </Text>
              </Group>
              <Bar c={c} />
            </div>
          ))}
          <Group gap="md">
            {(['covered', 'partial', 'gap', 'unmapped'] as CoverageStatus[]).map((s) => (
              <Group key={s} gap={6}>
                <Box w={12} h={12} bg={COLORS[s]} style={{ borderRadius: 2 }} />
                <Text size="xs">{LABEL[s]}</Text>
              </Group>
            ))}
          </Group>
        </Stack>
      </Paper>
      <Group justify="space-between">
        <Title order={2} size="h4">
          Requirements, gaps first
        </Title>
        <SegmentedControl
          aria-label="Framework"
          value={chosen}
          onChange={(v) => setChosen(v as CoverageTarget)}
          data={COVERAGE_TARGETS.map((f) => ({ value: f, label: SHORT[f] }))}
        />
      </Group>
      <SimpleTable
        striped
        label="Coverage by requirement"
        rows={rows}
        rowKey={(i) => i.ref}
        columns={[
          { header: 'Requirement', cell: { style: { whiteSpace: 'nowrap' } }, render: (i) => i.ref },
          { header: 'Title', render: (i) => i.title },
          {
            header: 'Coverage',
            // The whole status, never "NO MAP…": the badge does not shrink below its text.
            render: (i) => (
              <Badge
                color={COLORS[i.status]}
                styles={{ root: { minWidth: 'max-content' }, label: { overflow: 'visible' } }}
              >
                {LABEL[i.status]}
              </Badge>
            ),
          },
          {
            header: 'Through ISO/IEC 42001',
            render: (i) =>
              i.via.length ? (
                (['implemented', 'partial', 'not_started', 'excluded'] as const)
                  .map((st) => [st, i.via.filter((v) => v.state === st).map((v) => v.ref)] as const)
                  .filter(([, refs]) => refs.length)
                  .map(([st, refs]) => (
                    <Text size="xs" key={st}>
                      <Text span fw={600} size="xs">
                        {STATE_LABEL[st]}:
                      </Text>{' '}
                      {refs.join(', ')}
                    </Text>
                  ))
              ) : (
                <Text size="xs">none: needs its own work</Text>
              ),
          },
        ]}
      />
    </Stack>
  );
}
