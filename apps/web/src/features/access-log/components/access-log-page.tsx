// The access log (ISO/IEC 42006 sampling; issue 11): every read by an external auditor, who read what and when,
// for the organization to review and export as CSV.
import { Badge, Button, Code, Group, Stack, Text } from '@mantine/core';
import type { AccessLogEntry } from '@openaims/core';
import { IconDownload } from '@tabler/icons-react';
import { useState } from 'react';
import { type Column, DataTable } from '../../../components/data-table.tsx';
import { EmptyState } from '../../../components/empty-state.tsx';
import { PageHeader } from '../../../components/page-header.tsx';
import { formatDateTime } from '../../../lib/format.ts';
import { useMemberNames } from '../../members/api/member-options.ts';
import { MemberSelect } from '../../members/components/member-select.tsx';
import { useCurrentOrg } from '../../orgs/use-current-org.ts';
import { useAccessLog } from '../api/list-access-log.ts';

export function AccessLogPage() {
  const { orgId } = useCurrentOrg();
  const [userId, setUserId] = useState<string | null>(null);
  const state = useAccessLog(orgId, userId ?? undefined);
  const names = useMemberNames(orgId);

  const columns: Column<AccessLogEntry>[] = [
    { key: 'at', header: 'Time', render: (e) => formatDateTime(e.at), width: 170 },
    {
      key: 'who',
      header: 'Who',
      render: (e) => (
        <Group gap={6} wrap="nowrap">
          <Text size="sm">{e.userId ? (names.get(e.userId) ?? 'a former member') : 'unknown'}</Text>
          {e.actorType === 'token' && (
            <Badge size="xs" variant="light">
              API token
            </Badge>
          )}
        </Group>
      ),
    },
    {
      key: 'what',
      header: 'What was read',
      render: (e) => (
        <Text size="sm">
          <Code>{e.method}</Code> {e.path}
        </Text>
      ),
    },
    {
      key: 'status',
      header: 'Answer',
      width: 110,
      render: (e) => (
        <Badge color={e.status < 400 ? 'teal' : 'red'} variant="light" c="var(--mantine-color-text)">
          {e.status}
        </Badge>
      ),
    },
  ];

  const csv = `/api/v1/orgs/${orgId}/exports/access-log.csv`;
  return (
    <>
      <PageHeader
        title="Auditor access log"
        description="Every read by an external auditor, newest first. Keep it with the audit records; export it for the certification body or your own review."
        actions={
          <Button component="a" href={csv} leftSection={<IconDownload size={16} />} variant="default">
            access-log.csv
          </Button>
        }
      />
      <Stack gap="md">
        <MemberSelect
          orgId={orgId}
          label="Person"
          placeholder="Everyone"
          value={userId}
          onChange={setUserId}
          clearable
          maw={320}
        />
        <DataTable
          label="Auditor reads"
          columns={columns}
          state={state}
          empty={
            <EmptyState
              title="No auditor has read anything yet"
              description="Invite an external auditor from Members with the role Auditor and an end date; each of their reads is listed here."
            />
          }
        />
      </Stack>
    </>
  );
}
