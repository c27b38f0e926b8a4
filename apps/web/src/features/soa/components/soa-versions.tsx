// SoA versions: submit the working SoA, approve a submitted version (leads only), and compare any two versions.
import { Alert, Badge, Button, Group, Select, Stack, Switch, Table, Text, TextInput } from '@mantine/core';
import { SOA_VERSION_STATUS_LABEL } from '@openaims/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { errorMessage } from '../../../lib/errors.ts';
import { formatDateTime } from '../../../lib/format.ts';
import { useUpdateOrganization } from '../../orgs/api/update-organization.ts';
import { useCurrentOrg } from '../../orgs/use-current-org.ts';
import { soaDiffQuery, soaVersionsQuery, useApproveSoa, useSubmitSoa } from '../api/soa.ts';

const STATUS_COLOR: Record<string, string> = {
  submitted: 'blue.9',
  approved: 'teal.9',
  superseded: 'gray.8',
  withdrawn: 'gray.8',
};

export function SoaVersions() {
  const { orgId, org, can } = useCurrentOrg();
  const updateOrg = useUpdateOrganization(orgId);
  const versions = useQuery(soaVersionsQuery(orgId));
  const submit = useSubmitSoa(orgId);
  const approve = useApproveSoa(orgId);
  const [note, setNote] = useState('');
  const items = versions.data?.items ?? [];
  const options = [
    { value: 'draft', label: 'Working draft' },
    ...items.map((v) => ({
      value: String(v.number),
      label: `Version ${v.number} (${SOA_VERSION_STATUS_LABEL[v.status].toLowerCase()})`,
    })),
  ];
  const [from, setFrom] = useState<string | null>(null);
  const [to, setTo] = useState<string>('draft');
  const parse = (v: string) => (v === 'draft' ? 'draft' : Number(v));
  const diff = useQuery({
    ...soaDiffQuery(orgId, parse(from ?? 'draft'), parse(to)),
    enabled: from !== null,
  });

  return (
    <Stack gap="lg">
      {can('soa:update') && (
        <Group align="flex-end">
          <TextInput
            label="Note for the approver"
            value={note}
            onChange={(e) => setNote(e.currentTarget.value)}
            w={360}
          />
          <Button
            loading={submit.isPending}
            onClick={() => submit.mutate(note, { onSuccess: () => setNote('') })}
          >
            Submit for approval
          </Button>
        </Group>
      )}
      {can('org:update') && (
        <Switch
          label="Separation of duties: the person who submits a version may not approve it"
          checked={org?.soaSeparationOfDuties ?? false}
          disabled={updateOrg.isPending}
          onChange={(e) => updateOrg.mutate({ soaSeparationOfDuties: e.currentTarget.checked })}
        />
      )}
      {(submit.error || approve.error || updateOrg.error) && (
        <Alert color="red" title="Not done">
          {errorMessage(submit.error ?? approve.error ?? updateOrg.error)}
        </Alert>
      )}
      {items.length === 0 ? (
        <Text c="dimmed">
          No version yet. Submit the SoA when its decisions are ready; a lead then approves it and it is
          frozen.
        </Text>
      ) : (
        <Table aria-label="SoA versions">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Version</Table.Th>
              <Table.Th>Status</Table.Th>
              <Table.Th>Submitted</Table.Th>
              <Table.Th>Approved</Table.Th>
              <Table.Th>SHA-256</Table.Th>
              <Table.Th>Action</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {items.map((v) => (
              <Table.Tr key={v.id}>
                <Table.Td>{v.number}</Table.Td>
                <Table.Td>
                  <Badge color={STATUS_COLOR[v.status]}>{SOA_VERSION_STATUS_LABEL[v.status]}</Badge>
                </Table.Td>
                <Table.Td>{formatDateTime(v.submittedAt)}</Table.Td>
                <Table.Td>{formatDateTime(v.approvedAt)}</Table.Td>
                <Table.Td>
                  <Text ff="monospace" size="xs">
                    {v.contentHash.slice(0, 16)}…
                  </Text>
                </Table.Td>
                <Table.Td>
                  {v.status === 'submitted' && can('soa:approve') && (
                    <Button
                      size="xs"
                      color="teal.9"
                      loading={approve.isPending}
                      onClick={() => approve.mutate(v.id)}
                    >
                      Approve version {v.number}
                    </Button>
                  )}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      <Group align="flex-end">
        <Select
          label="Compare from"
          placeholder="Pick a version"
          data={options}
          value={from}
          onChange={setFrom}
          w={240}
        />
        <Select
          label="to"
          data={options}
          value={to}
          onChange={(v) => setTo(v ?? 'draft')}
          allowDeselect={false}
          w={240}
        />
      </Group>
      {diff.data &&
        (diff.data.changes.length === 0 ? (
          <Text c="dimmed">No differences.</Text>
        ) : (
          <Table aria-label="Differences">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Control</Table.Th>
                <Table.Th>Field</Table.Th>
                <Table.Th>From</Table.Th>
                <Table.Th>To</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {diff.data.changes.map((c) => (
                <Table.Tr key={`${c.controlRef}-${c.field}`}>
                  <Table.Td>{c.controlRef}</Table.Td>
                  <Table.Td>{c.field}</Table.Td>
                  <Table.Td>{JSON.stringify(c.from)}</Table.Td>
                  <Table.Td>{JSON.stringify(c.to)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        ))}
    </Stack>
  );
}
