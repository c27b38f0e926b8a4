// A classification result: the class, the reasons with their articles, and the dated obligations.
import { Badge, Group, List, Stack, Table, Text } from '@mantine/core';
import { type ClassificationResult, OPERATOR_ROLE_LABEL } from '@openaims/core';
import { RiskClassBadge } from './risk-class-badge.tsx';

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
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Article</Table.Th>
              <Table.Th>Duty</Table.Th>
              <Table.Th>Applies from</Table.Th>
            </Table.Tr>
          </Table.Thead>
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
