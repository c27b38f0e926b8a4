// Internal audits (§9.2): the programme calendar (years of the certification cycle × audits planned and held),
// the audits, and forms to plan a programme and an audit with an independent team.
import {
  Badge,
  Group,
  Modal,
  MultiSelect,
  NumberInput,
  Paper,
  Select,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import {
  ANNEX_A_CONTROL_REFS,
  AUDIT_STAGES,
  type Audit,
  type AuditProgramme,
  ISO42001_CLAUSES,
} from '@openaims/core';
import { useNavigate } from '@tanstack/react-router';
import { type FormEvent, useState } from 'react';
import { AddButton, SecondaryAddButton } from '../../../components/add-button.tsx';
import { EmptyState } from '../../../components/empty-state.tsx';
import { ErrorAlert } from '../../../components/error-alert.tsx';
import { FormActions } from '../../../components/form-actions.tsx';
import { FormModal } from '../../../components/form-modal.tsx';
import { AnchorLink } from '../../../components/links.tsx';
import { PageHeader } from '../../../components/page-header.tsx';
import { dialogTextFields } from '../../../lib/dialog-text-fields.ts';
import { dialogValueFields } from '../../../lib/dialog-value-fields.ts';
import { fieldErrorsOf } from '../../../lib/errors.ts';
import { useDialogValues } from '../../../lib/use-dialog-values.ts';
import { useMembers } from '../../members/api/members.ts';
import { useCurrentOrg } from '../../orgs/use-current-org.ts';
import { useCreateAudit } from '../api/create-audit.ts';
import { useCreateAuditProgramme } from '../api/create-audit-programme.ts';
import { useAuditProgrammes } from '../api/list-audit-programmes.ts';
import { useAudits } from '../api/list-audits.ts';
import { AUDIT_STATUS_COLOR, AUDIT_STATUS_LABEL, STAGE_LABEL } from './labels.ts';

function AuditChip({ orgId, a }: { orgId: string; a: Audit }) {
  return (
    <Group gap={6} wrap="wrap">
      <Badge color={AUDIT_STATUS_COLOR[a.status]} size="sm" style={{ flexShrink: 0 }}>
        {AUDIT_STATUS_LABEL[a.status]}
      </Badge>
      <AnchorLink to="/orgs/$orgId/audits/$id" params={{ orgId, id: a.id }} size="sm">
        {a.title}
      </AnchorLink>
    </Group>
  );
}

/** One programme as a calendar: a column per year with its stages and the audits planned in it. */
function ProgrammeCalendar({ orgId, p, audits }: { orgId: string; p: AuditProgramme; audits: Audit[] }) {
  return (
    <Paper withBorder p="md">
      <Title order={3} size="h4" mb="xs">
        {p.title}
      </Title>
      {p.objectives && (
        <Text size="sm" c="dimmed" mb="sm">
          {p.objectives}
        </Text>
      )}
      <SimpleGrid cols={{ base: 1, sm: 2, md: Math.min(4, Math.max(1, p.years.length)) }}>
        {p.years.map((y) => {
          const held = audits.filter((a) => a.programmeId === p.id && a.year === y.year);
          return (
            <Paper key={y.year} withBorder p="sm" bg="gray.0" aria-label={`Year ${y.year}`}>
              <Text fw={700}>{y.year}</Text>
              <Group gap={4} my={4}>
                {y.stages.map((s) => (
                  <Badge key={s} variant="outline" color="indigo.7" size="sm">
                    {STAGE_LABEL[s]}
                  </Badge>
                ))}
              </Group>
              <Text size="xs" c="dimmed">
                {held.length} of {y.plannedAudits} planned audit(s)
              </Text>
              <Stack gap={4} mt={6}>
                {held.map((a) => (
                  <AuditChip key={a.id} orgId={orgId} a={a} />
                ))}
              </Stack>
            </Paper>
          );
        })}
      </SimpleGrid>
    </Paper>
  );
}

function ProgrammeModal({ orgId, opened, onClose }: { orgId: string; opened: boolean; onClose: () => void }) {
  const create = useCreateAuditProgramme(orgId);
  const [title, setTitle] = useState('Certification cycle');
  const [startYear, setStartYear] = useState<number>(new Date().getUTCFullYear());
  const [errors, setErrors] = useState<Record<string, string>>({});
  const submit = (e?: FormEvent) => {
    e?.preventDefault();
    create.mutate(
      { title, startYear },
      {
        onSuccess: () => {
          notifications.show({ color: 'teal', message: 'Programme planned.' });
          onClose();
        },
        onError: (err) => setErrors(fieldErrorsOf(err)),
      },
    );
  };
  return (
    <FormModal
      opened={opened}
      onClose={onClose}
      title="Plan an audit programme"
      size="md"
      onSubmit={submit}
      error={create.error}
      fieldErrors={errors}
      pending={create.isPending}
      submitLabel="Plan programme"
      withCancel={false}
    >
      <TextInput
        label="Title"
        required
        value={title}
        onChange={(e) => setTitle(e.currentTarget.value)}
        error={errors.title}
      />
      <NumberInput
        label="First year of the cycle"
        description="Stage 1 and 2, two surveillance years, recertification"
        value={startYear}
        onChange={(v) => setStartYear(Number(v))}
        error={errors.startYear}
      />
    </FormModal>
  );
}

const CLAUSE_OPTIONS = ISO42001_CLAUSES.map((c) => ({ value: c.ref, label: `${c.ref} ${c.title}` }));

function AuditModal({
  orgId,
  programmes,
  opened,
  onClose,
}: {
  orgId: string;
  programmes: AuditProgramme[];
  opened: boolean;
  onClose: () => void;
}) {
  const create = useCreateAudit(orgId);
  const navigate = useNavigate();
  const members = useMembers(orgId, {});
  const people = members.items.map((m) => ({ value: m.userId, label: `${m.name} (${m.role})` }));
  const blank = {
    title: '',
    programmeId: programmes[0]?.id ?? null,
    year: programmes[0]?.startYear ?? null,
    stage: 'internal' as (typeof AUDIT_STAGES)[number],
    clauses: ['9.2'],
    controls: [] as string[],
    leadId: null as string | null,
    teamIds: [] as string[],
    plannedStart: '',
    plannedEnd: '',
    sampleSize: 3,
  };
  const { v, set, errors, onError } = useDialogValues(() => blank, opened, [create]);
  const text = dialogTextFields({ v, set, errors });
  const pick = dialogValueFields({ v, set });
  const programme = programmes.find((p) => p.id === v.programmeId);
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title="Plan an audit"
      size="lg"
      centered
      closeButtonProps={{ 'aria-label': 'Close' }}
    >
      <form
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          create.mutate(
            {
              title: v.title,
              programmeId: v.programmeId,
              year: v.programmeId ? v.year : null,
              stage: v.stage,
              scope: { clauses: v.clauses, controls: v.controls },
              leadId: v.leadId,
              teamIds: v.teamIds,
              plannedStart: v.plannedStart || null,
              plannedEnd: v.plannedEnd || null,
              sampleSize: v.sampleSize,
            },
            {
              onSuccess: (a) => {
                notifications.show({ color: 'teal', message: 'Audit planned.' });
                onClose();
                void navigate({ to: '/orgs/$orgId/audits/$id', params: { orgId, id: a.id } });
              },
              onError,
            },
          );
        }}
      >
        <Stack gap="sm">
          <TextInput label="Title" required {...text('title')} />
          <Group grow>
            <Select
              label="Programme"
              data={programmes.map((p) => ({ value: p.id, label: p.title }))}
              {...pick('programmeId')}
              clearable
            />
            <Select
              label="Year"
              data={(programme?.years ?? []).map((y) => String(y.year))}
              value={v.year ? String(v.year) : null}
              onChange={(y) => set('year', y ? Number(y) : null)}
              disabled={!programme}
            />
            <Select
              label="Stage"
              data={AUDIT_STAGES.map((s) => ({ value: s, label: STAGE_LABEL[s] ?? s }))}
              value={v.stage}
              onChange={(s) => set('stage', (s ?? 'internal') as typeof v.stage)}
              allowDeselect={false}
            />
          </Group>
          <MultiSelect
            label="Clauses in scope"
            data={CLAUSE_OPTIONS}
            {...pick('clauses')}
            searchable
            error={errors['scope.clauses.0']}
          />
          <MultiSelect
            label="Annex A controls in scope"
            data={[...ANNEX_A_CONTROL_REFS]}
            {...pick('controls')}
            searchable
          />
          <Group grow>
            <Select
              label="Lead auditor"
              data={people}
              {...pick('leadId')}
              clearable
              searchable
              error={errors.leadId}
            />
            <MultiSelect
              label="Team"
              data={people}
              {...pick('teamIds')}
              searchable
              error={Object.entries(errors).find(([k]) => k.startsWith('teamIds'))?.[1]}
            />
          </Group>
          <Group grow>
            <TextInput label="Starts" type="date" {...text('plannedStart')} />
            <TextInput label="Ends" type="date" {...text('plannedEnd')} />
            <NumberInput
              label="AI systems to sample"
              min={0}
              max={100}
              value={v.sampleSize}
              onChange={(n) => set('sampleSize', Number(n))}
            />
          </Group>
          <ErrorAlert error={create.error} />
          <FormActions pending={create.isPending}>Plan audit</FormActions>
        </Stack>
      </form>
    </Modal>
  );
}

export function AuditsPage() {
  const { orgId, can } = useCurrentOrg();
  const programmes = useAuditProgrammes(orgId);
  const audits = useAudits(orgId);
  const [modal, setModal] = useState<'programme' | 'audit' | null>(null);
  const loose = audits.items.filter((a) => !a.programmeId);
  return (
    <Stack>
      <PageHeader
        title="Internal audits"
        description="ISO/IEC 42001 clause 9.2: the audit programme over the certification cycle, each audit’s scope, team, checklist and findings."
        actions={
          can('audit:plan') && (
            <Group>
              <SecondaryAddButton onClick={() => setModal('programme')}>Plan programme</SecondaryAddButton>
              <AddButton onClick={() => setModal('audit')}>Plan audit</AddButton>
            </Group>
          )
        }
      />
      {programmes.items.length === 0 && audits.items.length === 0 && !programmes.isPending && (
        <EmptyState
          title="No audit planned yet"
          description="Plan a programme for the certification cycle, then the audits in each year."
        />
      )}
      {programmes.items.map((p) => (
        <ProgrammeCalendar key={p.id} orgId={orgId} p={p} audits={audits.items} />
      ))}
      {loose.length > 0 && (
        <Paper withBorder p="md">
          <Title order={3} size="h4" mb="xs">
            Audits outside a programme
          </Title>
          <Stack gap={4}>
            {loose.map((a) => (
              <AuditChip key={a.id} orgId={orgId} a={a} />
            ))}
          </Stack>
        </Paper>
      )}
      <ProgrammeModal orgId={orgId} opened={modal === 'programme'} onClose={() => setModal(null)} />
      <AuditModal
        orgId={orgId}
        programmes={programmes.items}
        opened={modal === 'audit'}
        onClose={() => setModal(null)}
      />
    </Stack>
  );
}
