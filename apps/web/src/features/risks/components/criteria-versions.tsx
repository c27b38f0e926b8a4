// The history of the risk criteria (§6.1.1): every version, newest first; any version can be looked at again.
import { Badge, Group, Modal, Text, VisuallyHidden } from '@mantine/core';
import type { RiskCriteria } from '@openaims/core';
import { useState } from 'react';
import { RowActionButton } from '../../../components/row-buttons.tsx';
import { VersionsTable } from '../../../components/versions-table.tsx';
import { formatDateTime } from '../../../lib/format.ts';
import { CriteriaLegend } from './criteria-legend.tsx';
import { RiskHeatmap } from './risk-heatmap.tsx';

export function CriteriaVersions({ versions }: { versions: RiskCriteria[] }) {
  const [shown, setShown] = useState<RiskCriteria | null>(null);
  return (
    <>
      <VersionsTable
        label="Risk criteria versions"
        minWidth={720}
        versions={versions}
        columns={[
          {
            header: 'Version',
            render: (v) => (
              <Group gap={6} wrap="nowrap">
                {v.number}
                {v === versions[0] && (
                  <Badge size="sm" variant="filled">
                    current
                  </Badge>
                )}
              </Group>
            ),
          },
          { header: 'Saved', render: (v) => formatDateTime(v.createdAt) },
          { header: 'Matrix', render: (v) => `${v.likelihoodLabels.length}×${v.consequenceLabels.length}` },
          { header: 'Bands', render: (v) => v.bands.map((b) => b.label).join(', ') },
          { header: 'Appetite', render: (v) => v.appetite },
          {
            header: 'Note',
            cell: { maw: 280 },
            render: (v) => (
              <Text size="sm" lineClamp={2}>
                {v.note || '—'}
              </Text>
            ),
          },
          {
            header: <VisuallyHidden>Actions</VisuallyHidden>,
            render: (v) => (
              <RowActionButton onClick={() => setShown(v)} aria-label={`Show version ${v.number}`}>
                Show
              </RowActionButton>
            ),
          },
        ]}
      />
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
