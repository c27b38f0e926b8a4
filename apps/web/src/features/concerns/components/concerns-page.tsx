// The concerns register (A.3.3, A.8.3): reports from outside, triaged by leads — status, an internal note, an
// answer the reporter reads with their code, and conversion to an incident (A.8.4) or a nonconformity (§10.2).
// Who reported is shown to leads only; the server withholds it from everyone else.
import {
  Anchor,
  Badge,
  Button,
  CopyButton,
  Drawer,
  Group,
  Paper,
  SegmentedControl,
  Select,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import {
  CONCERN_KIND_LABEL,
  CONCERN_STATUS_LABEL,
  CONCERN_STATUSES,
  type Concern,
  type ConcernStatus,
  INCIDENT_SEVERITIES,
  NC_SEVERITIES,
} from '@openaims/core';
import { useState } from 'react';
import { type Column, DataTable } from '../../../components/data-table.tsx';
import { EmptyState } from '../../../components/empty-state.tsx';
import { GrowingTextarea } from '../../../components/growing-textarea.tsx';
import { AnchorLink } from '../../../components/links.tsx';
import { MultilineText } from '../../../components/multiline-text.tsx';
import { PageHeader } from '../../../components/page-header.tsx';
import { useListControls } from '../../../components/use-list-controls.ts';
import { formatDateTime } from '../../../lib/format.ts';
import { notifyError } from '../../../lib/notify-error.ts';
import { NonconformityLink } from '../../improvement/components/nonconformity-link.tsx';
import { useCurrentOrg } from '../../orgs/use-current-org.ts';
import { useAnswerConcern, useConcerns, useConvertConcern, useUpdateConcern } from '../api/concerns.ts';

const STATUS_COLOR: Record<ConcernStatus, string> = {
  received: 'red.9',
  in_review: 'indigo.7',
  resolved: 'teal.9',
  dismissed: 'gray.7',
};
const STATUS_OPTIONS = CONCERN_STATUSES.map((value) => ({ value, label: CONCERN_STATUS_LABEL[value] }));

function Reporter({ c }: { c: Concern }) {
  if (c.identityHidden)
    return (
      <Text size="sm" c="dimmed">
        Visible to leads only
      </Text>
    );
  if (!c.reporterName && !c.reporterEmail) return <Text size="sm">Anonymous</Text>;
  return <Text size="sm">{[c.reporterName, c.reporterEmail].filter(Boolean).join(' · ')}</Text>;
}

export function ConcernsPage() {
  const { orgId } = useCurrentOrg();
  const controls = useListControls('-createdAt');
  const [status, setStatus] = useState('open');
  const [openId, setOpenId] = useState<string | null>(null);
  const state = useConcerns(orgId, {
    q: controls.q,
    sort: controls.sort,
    status: status === 'open' || status === 'all' ? undefined : status,
  });
  const items =
    status === 'open'
      ? state.items.filter((c) => c.status === 'received' || c.status === 'in_review')
      : state.items;
  const selected = state.items.find((c) => c.id === openId);
  const formUrl = `${window.location.origin}/public/orgs/${orgId}/concerns/new`;
  const columns: Column<Concern>[] = [
    {
      key: 'title',
      header: 'Report',
      sortField: 'title',
      render: (c) => (
        <Anchor component="button" type="button" size="sm" fw={500} onClick={() => setOpenId(c.id)}>
          {c.title}
        </Anchor>
      ),
    },
    { key: 'kind', header: 'Kind', render: (c) => CONCERN_KIND_LABEL[c.kind] },
    {
      key: 'status',
      header: 'Status',
      sortField: 'status',
      render: (c) => <Badge color={STATUS_COLOR[c.status]}>{CONCERN_STATUS_LABEL[c.status]}</Badge>,
    },
    { key: 'reporter', header: 'Reporter', render: (c) => <Reporter c={c} /> },
    {
      key: 'received',
      header: 'Received',
      sortField: 'createdAt',
      render: (c) => formatDateTime(c.createdAt),
    },
  ];
  return (
    <>
      <PageHeader
        title="Concerns"
        description="Concerns and reports of adverse impacts from people outside the organization (A.3.3, A.8.3), sent through the public form without an account."
        actions={
          <CopyButton value={formUrl}>
            {({ copied, copy }) => (
              <Button variant="light" onClick={copy}>
                {copied ? 'Link copied' : 'Copy public form link'}
              </Button>
            )}
          </CopyButton>
        }
      />
      <DataTable
        label="Concerns"
        columns={columns}
        state={{ ...state, items }}
        controls={controls}
        searchPlaceholder="Search reports"
        toolbar={
          <SegmentedControl
            aria-label="Show"
            value={status}
            onChange={setStatus}
            data={[{ value: 'open', label: 'Open' }, ...STATUS_OPTIONS, { value: 'all', label: 'All' }]}
          />
        }
        empty={
          <EmptyState
            title="No reports yet"
            description={
              <>
                Share the public form so people can raise concerns about your AI systems:{' '}
                <Anchor href={formUrl} target="_blank" rel="noopener">
                  {formUrl}
                </Anchor>
              </>
            }
          />
        }
      />
      <Drawer
        opened={!!selected}
        onClose={() => setOpenId(null)}
        position="right"
        size="lg"
        closeButtonProps={{ 'aria-label': 'Close report' }}
        title={
          selected ? (
            <Title order={2} size="h4">
              {selected.title}
            </Title>
          ) : null
        }
      >
        {selected && <ConcernDetail key={selected.version} concern={selected} />}
      </Drawer>
    </>
  );
}

function ConcernDetail({ concern: c }: { concern: Concern }) {
  const { orgId, can } = useCurrentOrg();
  const update = useUpdateConcern(orgId);
  const answer = useAnswerConcern(orgId);
  const convert = useConvertConcern(orgId);
  const [status, setStatus] = useState<ConcernStatus>(c.status);
  const [note, setNote] = useState(c.triageNote);
  const [reply, setReply] = useState('');
  const [into, setInto] = useState<'incident' | 'nonconformity'>('incident');
  const [severity, setSeverity] = useState<string>('medium');
  const canTriage = can('concern:update');
  const converted = c.incidentId || c.nonconformityId;

  return (
    <Stack gap="md">
      <Group gap="xs">
        <Badge color={STATUS_COLOR[c.status]}>{CONCERN_STATUS_LABEL[c.status]}</Badge>
        <Text size="sm">{CONCERN_KIND_LABEL[c.kind]}</Text>
        <Text size="xs" c="dimmed">
          Received {formatDateTime(c.createdAt)}
        </Text>
      </Group>
      <Group gap="xs">
        <Text size="sm" fw={600}>
          Reporter:
        </Text>
        <Reporter c={c} />
      </Group>
      <Paper withBorder p="sm" radius="md">
        <MultilineText>{c.description}</MultilineText>
      </Paper>
      <Title order={3} size="h5">
        Messages
      </Title>
      {c.messages.length === 0 && (
        <Text size="sm" c="dimmed">
          No messages yet.
        </Text>
      )}
      {c.messages.map((m) => (
        <Paper key={m.id} withBorder p="sm" radius="md">
          <Text size="xs" c="dimmed">
            {m.from === 'organization' ? 'Our answer' : 'Reporter'} · {formatDateTime(m.createdAt)}
          </Text>
          <MultilineText>{m.body}</MultilineText>
        </Paper>
      ))}
      {can('concern:answer') && (
        <Stack gap="xs">
          <GrowingTextarea
            label="Answer the reporter"
            description="The reporter reads this with their follow-up code. Do not name colleagues or internal records."
            minRows={3}
            value={reply}
            onChange={setReply}
          />
          <Group>
            <Button
              disabled={!reply.trim()}
              loading={answer.isPending}
              onClick={() =>
                answer
                  .mutateAsync({ id: c.id, body: reply })
                  .then(() => notifications.show({ color: 'teal', message: 'Answer sent.' }), notifyError)
              }
            >
              Send answer
            </Button>
          </Group>
        </Stack>
      )}
      <Title order={3} size="h5">
        Triage
      </Title>
      <Select
        label="Status"
        data={STATUS_OPTIONS}
        value={status}
        allowDeselect={false}
        disabled={!canTriage}
        onChange={(v) => v && setStatus(v as ConcernStatus)}
      />
      <GrowingTextarea
        label="Internal note"
        description="Never shown to the reporter."
        minRows={2}
        value={note}
        readOnly={!canTriage}
        onChange={setNote}
      />
      {canTriage && (
        <Group>
          <Button
            variant="light"
            loading={update.isPending}
            onClick={() =>
              update
                .mutateAsync({ id: c.id, version: c.version, input: { status, triageNote: note } })
                .then(() => notifications.show({ color: 'teal', message: 'Triage saved.' }), notifyError)
            }
          >
            Save triage
          </Button>
        </Group>
      )}
      <Title order={3} size="h5">
        Follow-up record
      </Title>
      {c.incidentId && (
        <Text size="sm">
          Became an incident.{' '}
          <AnchorLink to="/orgs/$orgId/improvement" params={{ orgId }} size="sm">
            Open improvement
          </AnchorLink>
        </Text>
      )}
      {c.nonconformityId && (
        <Text size="sm">
          Became a nonconformity.{' '}
          <NonconformityLink orgId={orgId} id={c.nonconformityId}>
            Open it
          </NonconformityLink>
        </Text>
      )}
      {!converted && can('concern:convert') && (
        <Group align="flex-end">
          <Select
            label="Turn into"
            data={[
              { value: 'incident', label: 'Incident (A.8.4)' },
              { value: 'nonconformity', label: 'Nonconformity (§10.2)' },
            ]}
            value={into}
            allowDeselect={false}
            onChange={(v) => {
              setInto(v as 'incident' | 'nonconformity');
              setSeverity(v === 'incident' ? 'medium' : 'minor');
            }}
          />
          <Select
            label="Severity"
            data={(into === 'incident' ? INCIDENT_SEVERITIES : NC_SEVERITIES).map((s) => ({
              value: s,
              label: s[0]!.toUpperCase() + s.slice(1),
            }))}
            value={severity}
            allowDeselect={false}
            onChange={(v) => v && setSeverity(v)}
          />
          <Button
            variant="outline"
            loading={convert.isPending}
            onClick={() =>
              convert
                .mutateAsync({ id: c.id, input: { into, severity } as never })
                .then(
                  () => notifications.show({ color: 'teal', message: `Recorded as ${into}.` }),
                  notifyError,
                )
            }
          >
            Convert
          </Button>
        </Group>
      )}
      {!converted && !can('concern:convert') && (
        <Text size="sm" c="dimmed">
          Not turned into an incident or nonconformity.
        </Text>
      )}
    </Stack>
  );
}
