// Competence & awareness (§7.2, §7.3; EU AI Act Art. 4): what each role must know, who has shown it, and where
// records have lapsed.
import { Badge, Group, Progress, Tabs, Text } from '@mantine/core';
import { type Competence, isTrainingValid, type Training, todayUtc } from '@openaims/core';
import { useState } from 'react';
import { AddButton, SecondaryAddButton } from '../../../components/add-button.tsx';
import { type Column, DataTable } from '../../../components/data-table.tsx';
import { EmptyState } from '../../../components/empty-state.tsx';
import { PageHeader } from '../../../components/page-header.tsx';
import { useListControls } from '../../../components/use-list-controls.ts';
import { useCurrentOrg } from '../../orgs/use-current-org.ts';
import { useCompetences, useCoverage, useTrainings } from '../api/people.ts';
import { CompetenceModal, TrainingModal } from './people-forms.tsx';

export function PeoplePage() {
  const { orgId, can } = useCurrentOrg();
  const [tab, setTab] = useState<string | null>('competences');
  const [modal, setModal] = useState<'competence' | 'training' | null>(null);
  const cControls = useListControls('title');
  const tControls = useListControls('-completedOn');
  const competences = useCompetences(orgId, { q: cControls.q, sort: cControls.sort });
  const trainings = useTrainings(orgId, { q: tControls.q, sort: tControls.sort });
  const coverage = useCoverage(orgId).data?.items ?? [];
  const names = new Map(competences.items.map((c) => [c.id, c.title]));
  const cColumns: Column<Competence>[] = [
    {
      key: 'title',
      header: 'Competence',
      sortField: 'title',
      render: (c) => (
        <Text size="sm" fw={500}>
          {c.title}
        </Text>
      ),
    },
    { key: 'role', header: 'Role', sortField: 'role', render: (c) => c.role },
    {
      key: 'lit',
      header: 'AI literacy',
      render: (c) => (c.aiLiteracy ? <Badge color="indigo.7">Art. 4</Badge> : '—'),
    },
    {
      key: 'renew',
      header: 'Renewal',
      render: (c) => (c.renewalMonths ? `every ${c.renewalMonths} months` : 'once'),
    },
    {
      key: 'coverage',
      header: 'People with a valid record',
      render: (c) => {
        const cov = coverage.find((x) => x.competenceId === c.id);
        if (!cov || cov.trained === 0) return <Badge color="red.9">Nobody yet</Badge>;
        return (
          <Group gap="xs" wrap="nowrap">
            <Progress
              value={(100 * cov.valid) / cov.trained}
              w={80}
              color={cov.expired ? '#9c3d0a' : 'teal.9'}
              aria-label={`${cov.valid} of ${cov.trained} valid`}
            />
            <Text size="sm">
              {cov.valid} of {cov.trained}
              {cov.expired ? ` (${cov.expired} lapsed)` : ''}
            </Text>
          </Group>
        );
      },
    },
  ];
  const tColumns: Column<Training>[] = [
    { key: 'person', header: 'Person', sortField: 'personName', render: (t) => t.personName || '—' },
    { key: 'competence', header: 'Competence', render: (t) => names.get(t.competenceId) ?? t.competenceId },
    { key: 'activity', header: 'Training or evidence', render: (t) => t.activity },
    { key: 'done', header: 'Completed', sortField: 'completedOn', render: (t) => t.completedOn },
    {
      key: 'valid',
      header: 'Valid until',
      render: (t) =>
        t.validUntil === null ? (
          'no expiry'
        ) : !isTrainingValid(t.validUntil, todayUtc()) ? (
          <Badge color="#9c3d0a">Lapsed {t.validUntil}</Badge>
        ) : (
          t.validUntil
        ),
    },
  ];
  return (
    <>
      <PageHeader
        title="Competence & awareness"
        description="The competence each role that affects your AI systems needs (§7.2), including AI literacy under EU AI Act Art. 4, and the records that show people have it."
        actions={
          <Group gap="xs">
            {can('competence:update') && (
              <SecondaryAddButton onClick={() => setModal('competence')}>Competence</SecondaryAddButton>
            )}
            {can('training:create') && (
              <AddButton onClick={() => setModal('training')}>Record training</AddButton>
            )}
          </Group>
        }
      />
      <Tabs value={tab} onChange={setTab}>
        <Tabs.List mb="md">
          <Tabs.Tab value="competences">Competences</Tabs.Tab>
          <Tabs.Tab value="trainings">Training records</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="competences">
          <DataTable
            label="Competences"
            columns={cColumns}
            state={competences}
            controls={cControls}
            searchPlaceholder="Search competences"
            empty={
              <EmptyState
                title="No competence requirements yet"
                description="Say what each role that affects your AI systems must know: developers, human overseers, buyers of AI, and everyone for AI literacy."
              />
            }
          />
        </Tabs.Panel>
        <Tabs.Panel value="trainings">
          <DataTable
            label="Training records"
            columns={tColumns}
            state={trainings}
            controls={tControls}
            searchPlaceholder="Search by person or training"
            empty={
              <EmptyState
                title="No training records yet"
                description="Record courses, qualifications or experience that show someone has a competence."
              />
            }
          />
        </Tabs.Panel>
      </Tabs>
      <CompetenceModal orgId={orgId} opened={modal === 'competence'} onClose={() => setModal(null)} />
      <TrainingModal orgId={orgId} opened={modal === 'training'} onClose={() => setModal(null)} />
    </>
  );
}
