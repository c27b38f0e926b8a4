// The AI risks area (§6.1.1–6.1.3, §8.2–8.3): heatmaps, the filterable register, risk form, treatment and acceptance.
import { Badge, Button, Group, Select, SimpleGrid, Table, Text } from '@mantine/core';
import {
  RISK_STATUS_LABEL,
  RISK_STATUSES,
  type Risk,
  TREATMENT_OPTION_LABEL,
  TREATMENT_OPTIONS,
} from '@openaims/core';
import { IconPlus } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorState } from '../../../components/error-state.tsx';
import { ExportButton } from '../../../components/export-button.tsx';
import { AnchorLink, ButtonLink } from '../../../components/links.tsx';
import { PageHeader } from '../../../components/page-header.tsx';
import { PageSkeleton } from '../../../components/page-loader.tsx';
import { RowActionButton } from '../../../components/row-buttons.tsx';
import { TableHead } from '../../../components/table-head.tsx';
import { useLabel } from '../../../i18n/use-label.ts';
import { useCurrentOrg } from '../../orgs/use-current-org.ts';
import { useRiskSummary } from '../api/get-risk-summary.ts';
import { type RiskFilters, riskCriteriaQuery, useRisks } from '../api/risks.ts';
import { RiskDecisionModal } from './risk-decision-modal.tsx';
import { RiskFormModal } from './risk-form-modal.tsx';
import { RiskHeatmap } from './risk-heatmap.tsx';
import { RiskTabs } from './risk-tabs.tsx';

export function RisksPage() {
  const { t } = useTranslation();
  const label = useLabel();
  const { orgId, can } = useCurrentOrg();
  const [filters, setFilters] = useState<RiskFilters>({});
  const criteria = useQuery(riskCriteriaQuery(orgId));
  const summary = useRiskSummary(orgId);
  const risks = useRisks(orgId, filters);
  const [editing, setEditing] = useState<Risk | 'new' | null>(null);
  const [accepting, setAccepting] = useState<Risk | null>(null);
  const c = criteria.data;

  const level = (key: string | null, score: number | null) => {
    if (!key || score === null) return <Text c="dimmed">—</Text>;
    const band = c?.bands.find((b) => b.key === key);
    return (
      <Badge variant="outline" color="dark">
        {score} · {band?.label ?? key}
      </Badge>
    );
  };

  return (
    <>
      <PageHeader
        title={t('risks.title')}
        eyebrow={<Badge variant="light">ISO/IEC 42001 6.1.2, 6.1.3, 8.2</Badge>}
        description={
          c
            ? t('risks.criteriaSummary', {
                number: c.number,
                rows: c.likelihoodLabels.length,
                cols: c.consequenceLabels.length,
                appetite: c.appetite,
              })
            : undefined
        }
        actions={
          <Group gap="xs">
            <ButtonLink to="/orgs/$orgId/risks/board" params={{ orgId }} variant="default" size="xs">
              {t('risks.board')}
            </ButtonLink>
            <ExportButton orgId={orgId} file="risks.xlsx" />
            <ExportButton orgId={orgId} file="risks.pdf" />
            {can('risk:create') && (
              <Button size="xs" leftSection={<IconPlus size={14} />} onClick={() => setEditing('new')}>
                {t('risks.new')}
              </Button>
            )}
          </Group>
        }
      />
      <RiskTabs orgId={orgId} />
      {criteria.error || summary.error ? (
        <ErrorState error={criteria.error ?? summary.error} />
      ) : !c || summary.isPending ? (
        <PageSkeleton />
      ) : (
        <SimpleGrid cols={{ base: 1, md: 2 }} mb="lg">
          <RiskHeatmap title={t('risks.inherentRisk')} criteria={c} cells={summary.data.inherentCells} />
          <RiskHeatmap title={t('risks.residualRisk')} criteria={c} cells={summary.data.residualCells} />
        </SimpleGrid>
      )}
      <Group mb="md" gap="sm">
        <Select
          label={t('risks.level')}
          placeholder={t('risks.anyLevel')}
          clearable
          data={c?.bands.map((b) => ({ value: b.key, label: b.label })) ?? []}
          value={filters.level ?? null}
          onChange={(x) => setFilters({ ...filters, level: x ?? undefined })}
          w={180}
        />
        <Select
          label={t('risks.status')}
          placeholder={t('risks.anyStatus')}
          clearable
          data={RISK_STATUSES.map((s) => ({ value: s, label: label('riskStatus', s, RISK_STATUS_LABEL[s]) }))}
          value={filters.status ?? null}
          onChange={(x) => setFilters({ ...filters, status: x ?? undefined })}
          w={180}
        />
        <Select
          label={t('risks.treatment')}
          placeholder={t('risks.anyTreatment')}
          clearable
          data={TREATMENT_OPTIONS.map((o) => ({
            value: o,
            label: label('treatmentOption', o, TREATMENT_OPTION_LABEL[o]),
          }))}
          value={filters.treatmentOption ?? null}
          onChange={(x) => setFilters({ ...filters, treatmentOption: x ?? undefined })}
          w={180}
        />
      </Group>
      {risks.isPending ? (
        <PageSkeleton />
      ) : risks.error ? (
        <ErrorState error={risks.error} onRetry={() => risks.refetch()} />
      ) : risks.items.length === 0 ? (
        <Text c="dimmed">{t('risks.empty')}</Text>
      ) : (
        <Table.ScrollContainer minWidth={900}>
          <Table striped aria-label={t('risks.register')}>
            <TableHead
              labels={[
                t('risks.risk'),
                t('risks.inherent'),
                t('risks.treatment'),
                t('risks.controls'),
                t('risks.residual'),
                t('risks.status'),
                t('risks.actions'),
              ]}
            />
            <Table.Tbody>
              {risks.items.map((r) => (
                <Table.Tr key={r.id} data-risk={r.title}>
                  <Table.Td>
                    <AnchorLink to="/orgs/$orgId/risks/$riskId" params={{ orgId, riskId: r.id }}>
                      {r.title}
                    </AnchorLink>
                    {r.needsReassessment && (
                      <Badge ml="xs" color="red.9" size="sm">
                        {t('risks.reassess')}
                      </Badge>
                    )}
                  </Table.Td>
                  <Table.Td>{level(r.inherentLevel, r.inherentScore)}</Table.Td>
                  <Table.Td>
                    {r.treatmentOption
                      ? label('treatmentOption', r.treatmentOption, TREATMENT_OPTION_LABEL[r.treatmentOption])
                      : '—'}
                  </Table.Td>
                  <Table.Td>{r.controlRefs.join(', ') || '—'}</Table.Td>
                  <Table.Td>{level(r.residualLevel, r.residualScore)}</Table.Td>
                  <Table.Td>
                    {r.status === 'accepted'
                      ? t('risks.acceptedOn', { date: r.acceptedAt?.slice(0, 10) })
                      : label('riskStatus', r.status, RISK_STATUS_LABEL[r.status])}
                  </Table.Td>
                  <Table.Td>
                    <Group gap={4} wrap="nowrap">
                      {can('risk:update') && (
                        <RowActionButton onClick={() => setEditing(r)} aria-label={`Edit ${r.title}`}>
                          {t('risks.edit')}
                        </RowActionButton>
                      )}
                      {can('risk:accept') && r.treatmentApprovedAt && r.status !== 'accepted' && (
                        <RowActionButton
                          onClick={() => setAccepting(r)}
                          aria-label={`Accept residual risk of ${r.title}`}
                        >
                          {t('risks.accept')}
                        </RowActionButton>
                      )}
                    </Group>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
          {risks.hasMore && (
            <Group justify="center" mt="sm">
              <Button variant="default" loading={risks.isLoadingMore} onClick={risks.loadMore}>
                {t('risks.loadMore')}
              </Button>
            </Group>
          )}
        </Table.ScrollContainer>
      )}
      {editing && <RiskFormModal risk={editing} onClose={() => setEditing(null)} />}
      {accepting && (
        <RiskDecisionModal risk={accepting} decision="accept" onClose={() => setAccepting(null)} />
      )}
    </>
  );
}
