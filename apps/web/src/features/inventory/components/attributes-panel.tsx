// What an import kept from the file that has no field of its own (card tags, CycloneDX considerations, SPDX AI
// fields), shown read-only on the record's page: inputs to an impact assessment (§6.1.4) and provenance (A.7.5).
import { Anchor, List, Paper, Table, Text, Title } from '@mantine/core';
import type { RecordAttributes } from '@openaims/core';
import type { ReactNode } from 'react';

const LABELS: Partial<Record<keyof RecordAttributes, string>> = {
  format: 'Read from',
  languages: 'Languages',
  tags: 'Tags',
  licenseLink: 'Licence link',
  baseModels: 'Base models',
  pipelineTag: 'Task (pipeline tag)',
  libraryName: 'Library',
  useCases: 'Use cases',
  limitations: 'Limitations',
  performanceTradeoffs: 'Performance trade-offs',
  ethicalConsiderations: 'Ethical considerations',
  fairnessAssessments: 'Fairness assessments',
  environmentalCost: 'Environmental cost',
  externalReferences: 'External references',
  hashes: 'Hashes',
  domain: 'Domain',
  autonomyType: 'Autonomy',
  safetyRiskAssessment: 'Safety risk assessment',
  hyperparameters: 'Hyperparameters',
  datasetSize: 'Dataset size (bytes)',
  datasetTypes: 'Dataset types',
  confidentialityLevel: 'Confidentiality level',
  other: 'Other fields',
};

const isLink = (s: string) => /^https?:\/\//.test(s);

function show(
  key: keyof RecordAttributes,
  v: NonNullable<RecordAttributes[keyof RecordAttributes]>,
): ReactNode {
  if (typeof v === 'string')
    return isLink(v) ? (
      <Anchor href={v} size="sm" target="_blank" rel="noreferrer">
        {v}
      </Anchor>
    ) : (
      v
    );
  if (key === 'externalReferences')
    return (
      <List size="sm">
        {(v as NonNullable<RecordAttributes['externalReferences']>).map((r) => (
          <List.Item key={`${r.type} ${r.url}`}>
            {r.type}:{' '}
            {isLink(r.url) ? (
              <Anchor href={r.url} size="sm" target="_blank" rel="noreferrer">
                {r.url}
              </Anchor>
            ) : (
              r.url
            )}
            {r.comment ? ` (${r.comment})` : ''}
          </List.Item>
        ))}
      </List>
    );
  if (key === 'other' && !Array.isArray(v))
    return (
      <List size="sm">
        {Object.entries(v as Record<string, string>).map(([k, x]) => (
          <List.Item key={k}>
            {k}: {x}
          </List.Item>
        ))}
      </List>
    );
  if (Array.isArray(v))
    return (
      <List size="sm">
        {(v as unknown[]).map((x) => {
          const text =
            typeof x === 'string'
              ? x
              : Object.entries(x as Record<string, string>)
                  .map(([k, y]) => `${k}: ${y}`)
                  .join(' · ');
          return <List.Item key={text}>{text}</List.Item>;
        })}
      </List>
    );
  return JSON.stringify(v);
}

/** The attributes an import kept, or nothing when there are none beyond the format. */
export function AttributesPanel({
  attributes,
  mt,
}: {
  attributes: RecordAttributes | undefined;
  mt?: string;
}) {
  const entries = Object.entries(attributes ?? {}).filter(([, v]) => v !== undefined) as [
    keyof RecordAttributes,
    NonNullable<RecordAttributes[keyof RecordAttributes]>,
  ][];
  if (entries.length === 0 || (entries.length === 1 && entries[0]![0] === 'format')) return null;
  return (
    <Paper withBorder p="lg" radius="md" maw={860} mt={mt}>
      <Title order={2} size="h4" mb="xs">
        Kept from the imported file
      </Title>
      <Text size="sm" c="dimmed" mb="sm">
        Fields of the source file without a field of their own here, as the file gave them.
      </Text>
      <Table aria-label="Imported attributes" layout="fixed">
        <Table.Tbody>
          {entries.map(([k, v]) => (
            <Table.Tr key={k}>
              <Table.Th w={200} fw={600}>
                {LABELS[k] ?? k}
              </Table.Th>
              <Table.Td style={{ overflowWrap: 'anywhere' }}>{show(k, v)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Paper>
  );
}
