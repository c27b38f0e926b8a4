// Overview tab of a risk: assessment (§6.1.2) under its recorded criteria version, context and review date.
import { Badge, Group, SimpleGrid, Stack, Text } from '@mantine/core';
import {
  ANNEX_C_OBJECTIVES,
  ANNEX_C_RISK_SOURCES,
  RISK_STATUS_LABEL,
  type Risk,
  type RiskCriteria,
} from '@openaims/core';
import { Fact } from '../../../components/fact.tsx';
import { AnchorLink } from '../../../components/links.tsx';
import { formatDate, formatDateTime } from '../../../lib/format.ts';
import { AiSystemName } from '../../ai-systems/components/ai-system-select.tsx';
import { OwnerName } from '../../tasks/components/task-bits.tsx';

/** A score with its level label from the criteria, e.g. "16 · High". */
export function LevelBadge(props: { criteria?: RiskCriteria; level: string | null; score: number | null }) {
  if (!props.level || props.score === null) return <Text c="dimmed">—</Text>;
  const band = props.criteria?.bands.find((b) => b.key === props.level);
  return (
    <Badge variant="outline" color="dark">
      {props.score} · {band?.label ?? props.level}
    </Badge>
  );
}

const annexC = (list: typeof ANNEX_C_RISK_SOURCES, ref: string | null) =>
  ref ? `${ref} ${list.find((e) => e.ref === ref)?.title ?? ''}`.trim() : '—';

export function RiskOverview(props: { orgId: string; risk: Risk; criteria?: RiskCriteria }) {
  const r = props.risk;
  const c = props.criteria;
  const lLabel = (n: number | null) => (n === null ? '—' : `${n} ${c?.likelihoodLabels[n - 1] ?? ''}`.trim());
  const cLabel = (n: number | null) =>
    n === null ? '—' : `${n} ${c?.consequenceLabels[n - 1] ?? ''}`.trim();
  /** A level as its badge, with the likelihood and consequence it was rated from once they are set. */
  const rated = (level: string | null, score: number | null, l: number | null, k: number | null) => (
    <Group gap="xs">
      <LevelBadge criteria={c} level={level} score={score} />
      {l !== null && (
        <Text size="sm">
          likelihood {lLabel(l)} × consequence {cLabel(k)}
        </Text>
      )}
    </Group>
  );
  return (
    <Stack gap="lg">
      {r.description && <Text size="sm">{r.description}</Text>}
      <SimpleGrid cols={{ base: 1, sm: 2, md: 3 }} spacing="lg">
        <Fact label="Inherent risk">
          {rated(r.inherentLevel, r.inherentScore, r.likelihood, r.consequence)}
        </Fact>
        <Fact label="Residual risk">
          {rated(r.residualLevel, r.residualScore, r.residualLikelihood, r.residualConsequence)}
        </Fact>
        <Fact label="Risk appetite">
          <Text size="sm">{r.withinAppetite ? 'Within appetite' : 'Above appetite'}</Text>
        </Fact>
        <Fact label="Criteria version">
          <Text size="sm">
            Version {r.criteriaVersion}
            {c && c.id !== r.criteriaId ? ` (current is ${c.number})` : ''}
          </Text>
        </Fact>
        <Fact label="Risk source (Annex C)">
          <Text size="sm">{annexC(ANNEX_C_RISK_SOURCES, r.riskSource)}</Text>
        </Fact>
        <Fact label="Affected objective (Annex C)">
          <Text size="sm">{annexC(ANNEX_C_OBJECTIVES, r.affectedObjective)}</Text>
        </Fact>
        <Fact label="AI system">
          {r.aiSystemId ? (
            <AnchorLink
              to="/orgs/$orgId/ai-systems/$id"
              params={{ orgId: props.orgId, id: r.aiSystemId }}
              size="sm"
            >
              <AiSystemName orgId={props.orgId} id={r.aiSystemId} />
            </AnchorLink>
          ) : (
            <Text size="sm">AIMS-wide (no one system)</Text>
          )}
        </Fact>
        <Fact label="Owner">
          <OwnerName orgId={props.orgId} ownerId={r.ownerId} />
        </Fact>
        <Fact label="Review date">
          <Text size="sm">{r.reviewDate ? formatDate(r.reviewDate) : 'Not set'}</Text>
        </Fact>
        <Fact label="Status">
          <Text size="sm">
            {RISK_STATUS_LABEL[r.status]}
            {r.acceptedAt ? ` · residual risk accepted ${formatDateTime(r.acceptedAt)}` : ''}
          </Text>
        </Fact>
      </SimpleGrid>
      {r.needsReassessment && (
        <Text size="sm" c="red.9">
          Needs re-assessment: {r.reassessmentReason}
        </Text>
      )}
    </Stack>
  );
}
