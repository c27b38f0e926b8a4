// SoA versions: submit the working SoA, approve a submitted version (leads only), and compare any two versions.
import { Alert, Badge, Button, Group, Select, Stack, Switch, Text, TextInput } from '@mantine/core';
import { SOA_VERSION_STATUS_LABEL } from '@openaims/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { SimpleTable } from '../../../components/simple-table.tsx';
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
        <SimpleTable
          label="SoA versions"
          rows={items}
          rowKey={(v) => v.id}
          columns={[
            { header: 'Version', render: (v) => v.number },
            {
              header: 'Status',
              render: (v) => (
                <Badge color={STATUS_COLOR[v.status]}>{SOA_VERSION_STATUS_LABEL[v.status]}</Badge>
              ),
            },
            { header: 'Submitted', render: (v) => formatDateTime(v.submittedAt) },
            { header: 'Approved', render: (v) => formatDateTime(v.approvedAt) },
            {
              header: 'SHA-256',
              render: (v) => (
                <Text ff="monospace" size="xs">
                  {v.contentHash.slice(0, 16)}…
                </Text>
              ),
            },
            {
              header: 'Action',
              render: (v) =>
                v.status === 'submitted' &&
                can('soa:approve') && (
                  <Button
                    size="xs"
                    color="teal.9"
                    loading={approve.isPending}
                    onClick={() => approve.mutate(v.id)}
                  >
                    Approve version {v.number}
                  </Button>
                ),
            },
          ]}
        />
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
          <SimpleTable
            label="Differences"
            rows={diff.data.changes}
            rowKey={(c) => `${c.controlRef}-${c.field}`}
            columns={[
              { header: 'Control', render: (c) => c.controlRef },
              { header: 'Field', render: (c) => c.field },
              { header: 'From', render: (c) => JSON.stringify(c.from) },
              { header: 'To', render: (c) => JSON.stringify(c.to) },
            ]}
          />
        ))}
    </Stack>
  );
}
