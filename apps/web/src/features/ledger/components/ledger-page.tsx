// The ledger: every change, hash-chained; "Verify chain" recomputes it on the server (§7.5.3).
import { Alert, Badge, Button, Code, Stack, Text, Tooltip } from '@mantine/core';
import { entityTypeLabel, LEDGER_ACTOR_LABEL, type LedgerEntry } from '@openaims/core';
import { IconShieldCheck } from '@tabler/icons-react';
import { type Column, DataTable } from '../../../components/data-table.tsx';
import { EmptyState } from '../../../components/empty-state.tsx';
import { ErrorState } from '../../../components/error-state.tsx';
import { PageHeader } from '../../../components/page-header.tsx';
import { useListControls } from '../../../components/use-list-controls.ts';
import { formatDateTime } from '../../../lib/format.ts';
import { useCurrentOrg } from '../../orgs/use-current-org.ts';
import { useLedger, useVerifyLedger } from '../api/ledger.ts';

function VerifyResult({ verify }: { verify: ReturnType<typeof useVerifyLedger> }) {
  if (verify.error) return <ErrorState error={verify.error} onRetry={() => verify.mutate()} />;
  const r = verify.data;
  if (!r) return null;
  if (r.ok) {
    return (
      <Alert color="teal" title="Chain intact" role="status" icon={<IconShieldCheck />}>
        All {r.count} entries recompute to the stored hashes.
        {r.head && (
          <Text size="xs" mt={4}>
            Head: <Code>{r.head}</Code>
          </Text>
        )}
      </Alert>
    );
  }
  return (
    <Alert color="red" title="Chain broken" role="alert">
      {r.brokenAt !== undefined ? `The chain breaks at entry ${r.brokenAt}` : 'The chain does not verify'}
      {r.reason ? `: ${r.reason}` : '.'} Checked {r.count} entries. Restore from a backup and investigate who
      changed the database.
    </Alert>
  );
}

const short = (s: string | null) => (s && s.length > 16 ? `${s.slice(0, 16)}…` : (s ?? '—'));

export function LedgerPage() {
  const { orgId } = useCurrentOrg();
  const controls = useListControls('-seq');
  const state = useLedger(orgId, { q: controls.q, sort: controls.sort });
  const verify = useVerifyLedger(orgId);

  const columns: Column<LedgerEntry>[] = [
    { key: 'seq', header: 'Seq', sortField: 'seq', render: (e) => e.seq, width: 70 },
    { key: 'at', header: 'Time', sortField: 'at', render: (e) => formatDateTime(e.at) },
    {
      key: 'actor',
      header: 'Actor',
      render: (e) => (
        <Tooltip label={e.actorId ?? 'system'} withArrow>
          <Text size="sm" span>
            <Badge size="xs" variant="light" mr={6}>
              {LEDGER_ACTOR_LABEL[e.actorType] ?? e.actorType}
            </Badge>
            {short(e.actorId)}
          </Text>
        </Tooltip>
      ),
    },
    { key: 'action', header: 'Action', render: (e) => <Code>{e.action}</Code> },
    {
      key: 'entity',
      header: 'Entity',
      render: (e) => (
        <Text size="sm">
          {entityTypeLabel(e.entityType)}{' '}
          <Text span c="dimmed" size="xs">
            {e.entityId}
          </Text>
        </Text>
      ),
    },
  ];

  return (
    <>
      <PageHeader
        title="Ledger"
        description="An append-only, hash-chained record of every change in this organization. Verify it before an audit."
        actions={
          <Button
            leftSection={<IconShieldCheck size={16} />}
            onClick={() => verify.mutate()}
            loading={verify.isPending}
          >
            Verify chain
          </Button>
        }
      />
      <Stack gap="lg">
        <VerifyResult verify={verify} />
        <DataTable
          label="Ledger entries"
          columns={columns}
          state={state}
          controls={controls}
          searchPlaceholder="Search action or entity"
          empty={
            <EmptyState
              title="No entries yet"
              description="Entries appear here as soon as anyone changes a record."
            />
          }
        />
      </Stack>
    </>
  );
}
