// Improvement (§10.1, §10.2; A.8.4; EU AI Act Art. 73): nonconformities on their way to closure, and AI incidents
// with the reporting clock for serious ones.
import { Badge, Group, Tabs, Text } from '@mantine/core';
import {
  daysBetween,
  INCIDENT_SEVERITY_LABEL,
  type Incident,
  NC_SEVERITY_LABEL,
  type Nonconformity,
  todayUtc,
} from '@openaims/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AddButton, SecondaryAddButton } from '../../../components/add-button.tsx';
import { type Column, DataTable } from '../../../components/data-table.tsx';
import { EmptyState } from '../../../components/empty-state.tsx';
import { linkColumn } from '../../../components/link-column.tsx';
import { PageHeader } from '../../../components/page-header.tsx';
import { SegmentedFilter } from '../../../components/segmented-filter.tsx';
import { useListControls } from '../../../components/use-list-controls.ts';
import { useLabel } from '../../../i18n/use-label.ts';
import { useCurrentOrg } from '../../orgs/use-current-org.ts';
import { useIncidents, useNonconformities } from '../api/improvement.ts';
import { IncidentModal, NonconformityModal } from './improvement-forms.tsx';
import { NC_STATUS_COLOR, NC_STATUS_LABEL, SEVERITY_COLOR, SOURCE_LABEL } from './labels.ts';

function Deadline({ i }: { i: Incident }) {
  const { t } = useTranslation();
  if (!i.serious || !i.reportingDeadline) return <Text size="sm">{t('improvement.notReportable')}</Text>;
  if (i.reportedOn) return <Badge color="teal.9">{t('improvement.reported', { date: i.reportedOn })}</Badge>;
  const left = daysBetween(todayUtc(), i.reportingDeadline);
  return (
    <Badge color={left < 0 ? 'red.9' : left <= 2 ? '#9c3d0a' : 'indigo.7'}>
      {left < 0
        ? t('improvement.overdueSince', { date: i.reportingDeadline })
        : t('improvement.reportBy', { date: i.reportingDeadline, days: left })}
    </Badge>
  );
}

export function ImprovementPage() {
  const { t } = useTranslation();
  const label = useLabel();
  const { orgId, can } = useCurrentOrg();
  const [tab, setTab] = useState<string | null>('ncs');
  const [modal, setModal] = useState<'nc' | 'incident' | null>(null);
  const [open, setOpen] = useState<'true' | 'false' | 'all'>('true');
  const openFilter = [
    { value: 'true', label: t('improvement.open') },
    { value: 'false', label: t('improvement.closed') },
    { value: 'all', label: t('improvement.all') },
  ] as const;
  const ncControls = useListControls('-detectedOn');
  const incControls = useListControls('-awareOn');
  const ncs = useNonconformities(orgId, {
    q: ncControls.q,
    sort: ncControls.sort,
    open: open === 'all' ? undefined : open,
  });
  const incidents = useIncidents(orgId, { q: incControls.q, sort: incControls.sort });
  const ncColumns: Column<Nonconformity>[] = [
    linkColumn({
      field: 'title',
      header: t('improvement.nonconformity'),
      to: '/orgs/$orgId/nonconformities/$id',
      orgId,
    }),
    {
      key: 'severity',
      header: t('improvement.severity'),
      sortField: 'severity',
      render: (n) => (
        <Badge color={SEVERITY_COLOR[n.severity]}>
          {label('severity', n.severity, NC_SEVERITY_LABEL[n.severity])}
        </Badge>
      ),
    },
    {
      key: 'status',
      header: t('improvement.status'),
      render: (n) => (
        <Badge color={NC_STATUS_COLOR[n.status]}>
          {label('ncStatus', n.status, NC_STATUS_LABEL[n.status])}
        </Badge>
      ),
    },
    {
      key: 'source',
      header: t('improvement.source'),
      render: (n) => label('ncSource', n.source, SOURCE_LABEL[n.source]),
    },
    {
      key: 'refs',
      header: t('improvement.requirements'),
      render: (n) => n.requirementRefs.join(', ') || '—',
    },
    {
      key: 'detected',
      header: t('improvement.detected'),
      sortField: 'detectedOn',
      render: (n) => n.detectedOn,
    },
  ];
  const incColumns: Column<Incident>[] = [
    {
      key: 'title',
      header: t('improvement.incident'),
      sortField: 'title',
      render: (i) => (
        <Text size="sm" fw={500}>
          {i.title}
        </Text>
      ),
    },
    {
      key: 'severity',
      header: t('improvement.severity'),
      render: (i) => label('severity', i.severity, INCIDENT_SEVERITY_LABEL[i.severity]),
    },
    {
      key: 'serious',
      header: t('improvement.seriousCol'),
      render: (i) =>
        i.serious ? <Badge color="red.9">{t('improvement.serious')}</Badge> : t('improvement.no'),
    },
    { key: 'deadline', header: t('improvement.art73'), render: (i) => <Deadline i={i} /> },
    { key: 'aware', header: t('improvement.awareOn'), sortField: 'awareOn', render: (i) => i.awareOn },
  ];
  return (
    <>
      <PageHeader
        title={t('improvement.title')}
        description={t('improvement.description')}
        actions={
          <Group gap="xs">
            {can('incident:create') && (
              <SecondaryAddButton onClick={() => setModal('incident')}>
                {t('improvement.incident')}
              </SecondaryAddButton>
            )}
            {can('nonconformity:create') && (
              <AddButton onClick={() => setModal('nc')}>{t('improvement.nonconformity')}</AddButton>
            )}
          </Group>
        }
      />
      <Tabs value={tab} onChange={setTab}>
        <Tabs.List mb="md">
          <Tabs.Tab value="ncs">{t('improvement.nonconformities')}</Tabs.Tab>
          <Tabs.Tab value="incidents">{t('improvement.incidents')}</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="ncs">
          <DataTable
            label={t('improvement.nonconformities')}
            columns={ncColumns}
            state={ncs}
            controls={ncControls}
            searchPlaceholder={t('improvement.searchNcs')}
            toolbar={
              <SegmentedFilter
                aria-label={t('improvement.show')}
                options={openFilter}
                value={open}
                onChange={setOpen}
              />
            }
            empty={<EmptyState title={t('improvement.noNcs')} description={t('improvement.noNcsHint')} />}
          />
        </Tabs.Panel>
        <Tabs.Panel value="incidents">
          <DataTable
            label={t('improvement.incidents')}
            columns={incColumns}
            state={incidents}
            controls={incControls}
            searchPlaceholder={t('improvement.searchIncidents')}
            empty={
              <EmptyState
                title={t('improvement.noIncidents')}
                description={t('improvement.noIncidentsHint')}
              />
            }
          />
        </Tabs.Panel>
      </Tabs>
      <NonconformityModal orgId={orgId} opened={modal === 'nc'} onClose={() => setModal(null)} />
      <IncidentModal orgId={orgId} opened={modal === 'incident'} onClose={() => setModal(null)} />
    </>
  );
}
