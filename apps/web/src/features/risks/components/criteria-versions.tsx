// The history of the risk criteria (§6.1.1): every version, newest first; any version can be looked at again.
import { Badge, Button, Group, Modal, Table, Text, VisuallyHidden } from '@mantine/core';
import type { RiskCriteria } from '@openaims/core';
import { useState } from 'react';
import { formatDateTime } from '../../../lib/format.ts';
import { CriteriaLegend } from './criteria-legend.tsx';
import { RiskHeatmap } from './risk-heatmap.tsx';

export function CriteriaVersions({ versions }: { versions: RiskCriteria[] }) {
  const [shown, setShown] = useState<RiskCriteria | null>(null);
  return (
    <>
      <Table.ScrollContainer minWidth={720}>
        <Table striped aria-label="Risk criteria versions">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Version</Table.Th>
              <Table.Th>Saved</Table.Th>
              <Table.Th>Matrix</Table.Th>
              <Table.Th>Bands</Table.Th>
              <Table.Th>Appetite</Table.Th>
              <Table.Th>Note</Table.Th>
              <Table.Th>
                <VisuallyHidden>Actions</VisuallyHidden>
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {versions.map((v, i) => (
              <Table.Tr key={v.id} data-version={v.number}>
                <Table.Td>
                  <Group gap={6} wrap="nowrap">
                    {v.number}
                    {i === 0 && (
                      <Badge size="sm" variant="filled">
                        current
                      </Badge>
                    )}
                  </Group>
                </Table.Td>
                <Table.Td>{formatDateTime(v.createdAt)}</Table.Td>
                <Table.Td>
                  {v.likelihoodLabels.length}×{v.consequenceLabels.length}
                </Table.Td>
                <Table.Td>{v.bands.map((b) => b.label).join(', ')}</Table.Td>
                <Table.Td>{v.appetite}</Table.Td>
                <Table.Td maw={280}>
                  <Text size="sm" lineClamp={2}>
                    {v.note || '—'}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Button
                    size="compact-xs"
                    variant="default"
                    onClick={() => setShown(v)}
                    aria-label={`Show version ${v.number}`}
                  >
                    Show
                  </Button>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      <Modal
        opened={shown !== null}
        onClose={() => setShown(null)}
        title={`Risk criteria version ${shown?.number ?? ''}`}
        closeButtonProps={{ 'aria-label': 'Close' }}
        size="lg"
      >
        {shown && (
          <>
            <RiskHeatmap title={`Version ${shown.number}`} criteria={shown} />
            <CriteriaLegend criteria={shown} />
          </>
        )}
      </Modal>
    </>
  );
}
