// A classification result: the class, the reasons with their articles, and the dated obligations.
import { Badge, Group, List, Stack, Table, Text } from '@mantine/core';
import {
  type ClassificationResult,
  type LegalStatus,
  type Milestone,
  OPERATOR_ROLE_LABEL,
} from '@openaims/core';
import { TableHead } from '../../../components/table-head.tsx';
import { RiskClassBadge } from './risk-class-badge.tsx';

/** The application timelines by name (Art. 113 as amended). */
const MILESTONE_LABEL: Record<Milestone, string> = {
  prohibitions_literacy: 'prohibitions and AI literacy',
  gpai: 'general-purpose AI models',
  general: 'general date of application',
  annex_iii_high_risk: 'high-risk uses listed in Annex III',
  annex_i_high_risk: 'high-risk products under Annex I legislation',
  transparency: 'transparency duties (Art. 50)',
};

const LEGAL_STATUS_LABEL: Record<LegalStatus, string> = {
  enacted: 'in force',
  adopted: 'adopted amendment',
  proposed: 'proposed',
};

export function ClassificationSummary({ result }: { result: ClassificationResult }) {
  return (
    <Stack gap="sm">
      <Group gap="xs">
        <RiskClassBadge riskClass={result.riskClass} />
        {result.transparencyDuties && result.riskClass !== 'limited' && (
          <Badge c="var(--mantine-color-text)" variant="light" color="yellow" tt="none">
            plus transparency duties (Art. 50)
          </Badge>
        )}
      </Group>
      {result.timeline && (
        <Text size="sm" aria-label="Timeline">
          <Text span fw={600} size="sm">
            Timeline: {MILESTONE_LABEL[result.timeline.milestone]}
          </Text>{' '}
          —{' '}
          {result.timeline.dates
            .map(
              (d) =>
                `${d.date} (${LEGAL_STATUS_LABEL[d.legalStatus]}${d.legalStatus === 'enacted' ? '' : `: ${d.source}`})`,
            )
            .join('; then ')}
        </Text>
      )}
      <Text fw={600} size="sm">
        Why
      </Text>
      <List size="sm" spacing={4}>
        {result.reasons.map((r) => (
          <List.Item key={`${r.ref} ${r.text}`}>
            <Text span fw={600} size="sm">
              {r.ref}
            </Text>{' '}
            — {r.text}
          </List.Item>
        ))}
      </List>
      <Text fw={600} size="sm">
        Obligations{result.operatorRole ? ` as ${OPERATOR_ROLE_LABEL[result.operatorRole]}` : ''}
      </Text>
      <Text size="xs" c="dimmed">
        Dates marked “adopted” or “proposed” are amendments not yet in the Official Journal; the enacted date
        applies until they are.
      </Text>
      {result.obligations.length === 0 ? (
        <Text size="sm">None under the AI Act.</Text>
      ) : (
        <Table aria-label="Obligations" striped>
          <TableHead labels={['Article', 'Duty', 'Applies from']} />
          <Table.Tbody>
            {result.obligations.map((o) => (
              <Table.Tr key={o.ref}>
                <Table.Td>{o.ref}</Table.Td>
                <Table.Td>{o.title}</Table.Td>
                <Table.Td>
                  <Stack gap={2}>
                    {o.appliesFrom.map((d) => (
                      <Text
                        key={`${d.date} ${d.legalStatus}`}
                        size="sm"
                        style={{ whiteSpace: 'nowrap' }}
                        title={d.source}
                      >
                        {d.date}{' '}
                        <Text span size="xs" c="dimmed">
                          ({d.legalStatus})
                        </Text>
                      </Text>
                    ))}
                  </Stack>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Stack>
  );
}
