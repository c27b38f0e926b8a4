// One audit's workspace (§9.2.2): scope and team, the checklist with a result picker per item, the AI systems
// sampled with the seed that drew them, findings with "raise nonconformity", completion and the report.
import {
  Anchor,
  Badge,
  Button,
  Group,
  Paper,
  Select,
  Stack,
  Table,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { CHECKLIST_RESULTS, type ChecklistItem, FINDING_KINDS, type FindingKind } from '@openaims/core';
import { useNavigate, useParams } from '@tanstack/react-router';
import { useState } from 'react';
import { ErrorAlert } from '../../../components/error-alert.tsx';
import { ErrorState } from '../../../components/error-state.tsx';
import { FormActions } from '../../../components/form-actions.tsx';
import { GrowingTextarea } from '../../../components/growing-textarea.tsx';
import { AnchorLink } from '../../../components/links.tsx';
import { PageHeader } from '../../../components/page-header.tsx';
import { PageSkeleton } from '../../../components/page-loader.tsx';
import { TableHead } from '../../../components/table-head.tsx';
import { fieldErrorsOf } from '../../../lib/errors.ts';
import { notifyError } from '../../../lib/notify-error.ts';
import { NonconformityLink } from '../../improvement/components/nonconformity-link.tsx';
import { useMembers } from '../../members/api/members.ts';
import { useCurrentOrg } from '../../orgs/use-current-org.ts';
import { useCompleteAudit, useGenerateChecklist, useStartAudit } from '../api/audit-verbs.ts';
import { useCreateFinding } from '../api/create-finding.ts';
import { useAudit } from '../api/get-audit.ts';
import { useChecklist } from '../api/get-checklist.ts';
import { useAuditFindings } from '../api/list-findings.ts';
import { useRaiseNonconformity } from '../api/raise-nonconformity.ts';
import { useUpdateChecklistItem } from '../api/update-checklist-item.ts';
import {
  AUDIT_STATUS_COLOR,
  AUDIT_STATUS_LABEL,
  KIND_COLOR,
  KIND_LABEL,
  RESULT_LABEL,
  STAGE_LABEL,
} from './labels.ts';

const RESULT_OPTIONS = CHECKLIST_RESULTS.map((r) => ({ value: r, label: RESULT_LABEL[r] ?? r }));

function ItemRow({
  orgId,
  auditId,
  item,
  editable,
}: {
  orgId: string;
  auditId: string;
  item: ChecklistItem;
  editable: boolean;
}) {
  const update = useUpdateChecklistItem(orgId, auditId);
  const [notes, setNotes] = useState(item.notes);
  const label = item.kind === 'ai_system' ? 'AI system' : item.ref;
  return (
    <Table.Tr>
      <Table.Td>
        <Text size="sm" fw={600}>
          {label}
        </Text>
      </Table.Td>
      <Table.Td>
        <Text size="sm">{item.title}</Text>
      </Table.Td>
      <Table.Td miw={180}>
        <Select
          size="xs"
          aria-label={`Result for ${label} ${item.title}`}
          placeholder="Not answered"
          data={RESULT_OPTIONS}
          value={item.result}
          disabled={!editable}
          onChange={(r) =>
            update.mutate(
              { item, changes: { result: (r as ChecklistItem['result']) ?? null } },
              { onError: notifyError },
            )
          }
        />
      </Table.Td>
      <Table.Td miw={220}>
        <TextInput
          size="xs"
          aria-label={`Notes for ${label} ${item.title}`}
          value={notes}
          disabled={!editable}
          onChange={(e) => setNotes(e.currentTarget.value)}
          onBlur={() => {
            if (notes !== item.notes) update.mutate({ item, changes: { notes } }, { onError: notifyError });
          }}
        />
      </Table.Td>
    </Table.Tr>
  );
}

function FindingForm({ orgId, auditId, items }: { orgId: string; auditId: string; items: ChecklistItem[] }) {
  const create = useCreateFinding(orgId);
  const blank = {
    kind: 'major_nc' as FindingKind,
    title: '',
    description: '',
    refs: '',
    itemId: null as string | null,
  };
  const [v, setV] = useState(blank);
  const [errors, setErrors] = useState<Record<string, string>>({});
  return (
    <form
      noValidate
      aria-label="Record a finding"
      onSubmit={(e) => {
        e.preventDefault();
        const item = items.find((i) => i.id === v.itemId);
        const refs = v.refs.split(/[\s,]+/).filter(Boolean);
        create.mutate(
          {
            auditId,
            checklistItemId: v.itemId,
            kind: v.kind,
            title: v.title,
            description: v.description,
            requirementRefs: refs.length ? refs : item && item.kind !== 'ai_system' ? [item.ref] : [],
          },
          {
            onSuccess: () => {
              setV(blank);
              setErrors({});
              notifications.show({ color: 'teal', message: 'Finding recorded.' });
            },
            onError: (err) => setErrors(fieldErrorsOf(err)),
          },
        );
      }}
    >
      <Stack gap="xs">
        <Group grow align="flex-start">
          <Select
            label="Kind"
            data={FINDING_KINDS.map((k) => ({ value: k, label: KIND_LABEL[k] ?? k }))}
            value={v.kind}
            onChange={(k) => setV({ ...v, kind: (k ?? 'observation') as FindingKind })}
            allowDeselect={false}
          />
          <Select
            label="Checklist item"
            data={items.map((i) => ({
              value: i.id,
              label: `${i.kind === 'ai_system' ? 'AI system' : i.ref} ${i.title}`,
            }))}
            value={v.itemId}
            onChange={(id) => setV({ ...v, itemId: id })}
            clearable
            searchable
          />
          <TextInput
            label="Requirements"
            placeholder="9.2.2, A.6.2.6"
            value={v.refs}
            onChange={(e) => setV({ ...v, refs: e.currentTarget.value })}
          />
        </Group>
        <TextInput
          label="Finding"
          required
          value={v.title}
          onChange={(e) => setV({ ...v, title: e.currentTarget.value })}
          error={errors.title}
        />
        <Textarea
          label="What was found, and the evidence"
          autosize
          minRows={2}
          value={v.description}
          onChange={(e) => setV({ ...v, description: e.currentTarget.value })}
        />
        <FormActions pending={create.isPending}>Record finding</FormActions>
      </Stack>
    </form>
  );
}

export function AuditPage() {
  const { orgId, can } = useCurrentOrg();
  const { id = '' } = useParams({ strict: false });
  const navigate = useNavigate();
  const q = useAudit(orgId, id);
  const checklist = useChecklist(orgId, id);
  const findings = useAuditFindings(orgId, id);
  const members = useMembers(orgId, {});
  const draw = useGenerateChecklist(orgId, id);
  const start = useStartAudit(orgId, id);
  const complete = useCompleteAudit(orgId, id);
  const raise = useRaiseNonconformity(orgId);
  const [conclusion, setConclusion] = useState('');
  if (q.isPending) return <PageSkeleton />;
  if (q.error) return <ErrorState error={q.error} onRetry={() => void q.refetch()} />;
  const a = q.data;
  const items = checklist.data?.items ?? [];
  const name = (uid: string) => members.items.find((m) => m.userId === uid)?.name ?? uid;
  const systemName = (sid: string) =>
    items.find((i) => i.kind === 'ai_system' && i.ref === sid)?.title ?? sid;
  const open = a.status === 'planned' || a.status === 'in_progress';
  const conduct = can('finding:write');
  const answered = items.filter((i) => i.result !== null).length;
  return (
    <Stack>
      <PageHeader
        eyebrow={
          <AnchorLink to="/orgs/$orgId/audits" params={{ orgId }} size="sm">
            Internal audits
          </AnchorLink>
        }
        title={a.title}
        description={`${STAGE_LABEL[a.stage]} audit${a.year ? ` · ${a.year}` : ''} · ${a.plannedStart ?? 'no date'}${
          a.plannedEnd ? ` to ${a.plannedEnd}` : ''
        }`}
        actions={
          <Group>
            <Badge color={AUDIT_STATUS_COLOR[a.status]} size="lg">
              {AUDIT_STATUS_LABEL[a.status]}
            </Badge>
            <Button
              component="a"
              variant="default"
              href={`/api/v1/orgs/${orgId}/exports/audit-report.pdf?auditId=${encodeURIComponent(a.id)}`}
            >
              Report (PDF)
            </Button>
            <Button
              component="a"
              variant="default"
              href={`/api/v1/orgs/${orgId}/exports/oscal-assessment-results.json?auditId=${encodeURIComponent(a.id)}`}
            >
              OSCAL results
            </Button>
          </Group>
        }
      />
      <Paper withBorder p="md">
        <Title order={2} size="h4" mb="xs">
          Scope and team
        </Title>
        <Text size="sm">Clauses: {a.scope.clauses.join(', ') || '—'}</Text>
        <Text size="sm">
          Controls:{' '}
          {[...a.scope.controls, ...(a.scope.allApplicableControls ? ['all applicable'] : [])].join(', ') ||
            '—'}
        </Text>
        {a.scope.processes.length > 0 && <Text size="sm">Processes: {a.scope.processes.join(', ')}</Text>}
        <Text size="sm">Criteria: {a.criteria || '—'}</Text>
        <Text size="sm">
          Lead auditor: {a.leadId ? name(a.leadId) : '—'}
          {a.teamIds.length > 0 && ` · Team: ${a.teamIds.map(name).join(', ')}`}
        </Text>
      </Paper>
      <Paper withBorder p="md">
        <Group justify="space-between" mb="xs">
          <Title order={2} size="h4">
            Sample of AI systems
          </Title>
          {conduct && open && answered === 0 && (
            <Button
              size="xs"
              variant="default"
              loading={draw.isPending}
              onClick={() => draw.mutate({}, { onError: notifyError })}
            >
              {items.length ? 'Draw again' : 'Draw checklist'}
            </Button>
          )}
        </Group>
        {a.sampleSeed === null ? (
          <Text size="sm">Not drawn yet: the checklist is drawn when the audit starts.</Text>
        ) : (
          <Text size="sm" data-testid="sample">
            {a.sample.length} of size {a.sampleSize}, seed <strong>{a.sampleSeed}</strong>
            {a.sample.length > 0 && `: ${a.sample.map(systemName).join(', ')}`}
          </Text>
        )}
      </Paper>
      <Paper withBorder p="md">
        <Group justify="space-between" mb="xs">
          <Title order={2} size="h4">
            Checklist ({answered} of {items.length} answered)
          </Title>
          {conduct && a.status === 'planned' && (
            <Button
              loading={start.isPending}
              onClick={() => start.mutate(undefined, { onError: notifyError })}
            >
              Start audit
            </Button>
          )}
        </Group>
        {items.length === 0 ? (
          <Text size="sm">No checklist yet.</Text>
        ) : (
          <Table.ScrollContainer minWidth={640}>
            <Table striped>
              <TableHead labels={['Ref', 'Requirement or system', 'Result', 'Notes']} />
              <Table.Tbody>
                {items.map((i) => (
                  <ItemRow
                    key={`${i.id}-${i.version}`}
                    orgId={orgId}
                    auditId={a.id}
                    item={i}
                    editable={conduct && open}
                  />
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </Paper>
      <Paper withBorder p="md">
        <Title order={2} size="h4" mb="xs">
          Findings
        </Title>
        <Stack gap="xs" mb="md">
          {findings.items.length === 0 && <Text size="sm">No findings recorded.</Text>}
          {findings.items.map((f) => (
            <Group key={f.id} justify="space-between" wrap="nowrap" align="flex-start">
              <Stack gap={2}>
                <Group gap={6}>
                  <Badge color={KIND_COLOR[f.kind]}>{KIND_LABEL[f.kind]}</Badge>
                  <Text size="sm" fw={600}>
                    {f.title}
                  </Text>
                </Group>
                {f.requirementRefs.length > 0 && (
                  <Text size="xs">Requirements: {f.requirementRefs.join(', ')}</Text>
                )}
                {f.description && <Text size="xs">{f.description}</Text>}
              </Stack>
              {f.nonconformityId ? (
                <NonconformityLink orgId={orgId} id={f.nonconformityId}>
                  Nonconformity
                </NonconformityLink>
              ) : (
                (f.kind === 'major_nc' || f.kind === 'minor_nc') &&
                can('nonconformity:create') && (
                  <Button
                    size="xs"
                    loading={raise.isPending}
                    onClick={() =>
                      raise.mutate(f.id, {
                        onSuccess: (nc) =>
                          void navigate({
                            to: '/orgs/$orgId/nonconformities/$id',
                            params: { orgId, id: nc.id },
                          }),
                        onError: notifyError,
                      })
                    }
                  >
                    Raise nonconformity
                  </Button>
                )
              )}
            </Group>
          ))}
        </Stack>
        {can('finding:write') && a.status !== 'cancelled' && (
          <FindingForm orgId={orgId} auditId={a.id} items={items} />
        )}
      </Paper>
      {conduct && open && (
        <Paper withBorder p="md">
          <Title order={2} size="h4" mb="xs">
            Complete the audit
          </Title>
          <GrowingTextarea label="Conclusion" minRows={2} value={conclusion} onChange={setConclusion} />
          <ErrorAlert error={complete.error} mt="xs" />
          <Group justify="flex-end" mt="xs">
            <Button
              loading={complete.isPending}
              onClick={() =>
                complete.mutate(conclusion ? { conclusion } : {}, {
                  onSuccess: () => notifications.show({ color: 'teal', message: 'Audit completed.' }),
                })
              }
            >
              Complete audit
            </Button>
          </Group>
        </Paper>
      )}
      {a.conclusion && (
        <Paper withBorder p="md">
          <Title order={2} size="h4" mb="xs">
            Conclusion
          </Title>
          <Text size="sm">{a.conclusion}</Text>
        </Paper>
      )}
      <Text size="xs" c="dimmed">
        Export:{' '}
        <Anchor
          href={`/api/v1/orgs/${orgId}/exports/oscal-assessment-plan.json?auditId=${encodeURIComponent(a.id)}`}
        >
          OSCAL assessment plan
        </Anchor>
      </Text>
    </Stack>
  );
}
