// §4.3: the scope statement is a controlled document (mandatory item `aims_scope`); this panel says where it stands.
import { Alert, Badge, Group, Paper, Stack, Text } from '@mantine/core';
import { AnchorLink } from '../../../components/links.tsx';
import { areaLink } from '../../areas/area-groups.ts';
import { useReadiness } from '../../readiness/api/readiness.ts';
import { STATUS_COLOR, STATUS_LABEL } from '../../readiness/components/readiness-status.ts';

export function ScopePanel({ orgId }: { orgId: string }) {
  const q = useReadiness(orgId);
  const item = q.data?.items.find((i) => i.key === 'aims_scope');
  return (
    <Paper withBorder p="md">
      <Stack>
        <Group justify="space-between">
          <Text fw={600}>AIMS scope statement (§4.3)</Text>
          {item && (
            <Badge color={STATUS_COLOR[item.status]} variant="filled">
              {STATUS_LABEL[item.status]}
            </Badge>
          )}
        </Group>
        <Text size="sm">
          The scope sets the boundaries of the AIMS — units, locations, AI systems and roles — using the
          issues and interested parties recorded here. It is a controlled document: write it under Policies &
          documents and mark it as the mandatory item “AIMS scope”, so it is versioned, approved and reviewed.
        </Text>
        {item && (
          <Text size="sm" c="dimmed">
            {item.detail}
          </Text>
        )}
        <Alert color="blue" variant="light">
          <AnchorLink {...areaLink(orgId, 'documents')}>Open Policies & documents</AnchorLink>
        </Alert>
      </Stack>
    </Paper>
  );
}
