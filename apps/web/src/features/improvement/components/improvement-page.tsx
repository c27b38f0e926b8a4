// Improvement (§10.1, §10.2; A.8.4; EU AI Act Art. 73): nonconformities on their way to closure, and AI incidents
// with the reporting clock for serious ones.
import { Badge, Button, Group, SegmentedControl, Tabs, Text } from '@mantine/core';
import {
  daysBetween,
  INCIDENT_SEVERITY_LABEL,
  type Incident,
  NC_SEVERITY_LABEL,
  type Nonconformity,
  todayUtc,
} from '@openaims/core';
import { IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { type Column, DataTable } from '../../../components/data-table.tsx';
import { EmptyState } from '../../../components/empty-state.tsx';
import { AnchorLink } from '../../../components/links.tsx';
import { PageHeader } from '../../../components/page-header.tsx';
import { useListControls } from '../../../components/use-list-controls.ts';
import { useCurrentOrg } from '../../orgs/use-current-org.ts';
import { useIncidents, useNonconformities } from '../api/improvement.ts';
import { IncidentModal, NonconformityModal } from './improvement-forms.tsx';
import { NC_STATUS_COLOR, NC_STATUS_LABEL, SEVERITY_COLOR, SOURCE_LABEL } from './labels.ts';

function Deadline({ i }: { i: Incident }) {
  if (!i.serious || !i.reportingDeadline) return <Text size="sm">not reportable</Text>;
  if (i.reportedOn) return <Badge color="teal.9">Reported {i.reportedOn}</Badge>;
  const left = daysBetween(todayUtc(), i.reportingDeadline);
  return (
    <Badge color={left < 0 ? 'red.9' : left <= 2 ? '#9c3d0a' : 'indigo.7'}>
      {left < 0 ? `Overdue since ${i.reportingDeadline}` : `Report by ${i.reportingDeadline} (${left} d)`}
    </Badge>
  );
}

export function ImprovementPage() {
  const { orgId, can } = useCurrentOrg();
  const [tab, setTab] = useState<string | null>('ncs');
  const [modal, setModal] = useState<'nc' | 'incident' | null>(null);
  const [open, setOpen] = useState('true');
  const ncControls = useListControls('-detectedOn');
  const incControls = useListControls('-awareOn');
  const ncs = useNonconformities(orgId, {
    q: ncControls.q,
    sort: ncControls.sort,
    open: open === 'all' ? undefined : open,
  });
  const incidents = useIncidents(orgId, { q: incControls.q, sort: incControls.sort });
  const ncColumns: Column<Nonconformity>[] = [
    {
      key: 'title',
      header: 'Nonconformity',
      sortField: 'title',
      render: (n) => (
        <AnchorLink to="/orgs/$orgId/nonconformities/$id" params={{ orgId, id: n.id }} fw={500} size="sm">
          {n.title}
        </AnchorLink>
      ),
    },
    {
      key: 'severity',
      header: 'Severity',
      sortField: 'severity',
      render: (n) => <Badge color={SEVERITY_COLOR[n.severity]}>{NC_SEVERITY_LABEL[n.severity]}</Badge>,
    },
    {
      key: 'status',
      header: 'Status',
      render: (n) => <Badge color={NC_STATUS_COLOR[n.status]}>{NC_STATUS_LABEL[n.status]}</Badge>,
    },
    { key: 'source', header: 'Source', render: (n) => SOURCE_LABEL[n.source] },
    { key: 'refs', header: 'Requirements', render: (n) => n.requirementRefs.join(', ') || '—' },
    { key: 'detected', header: 'Detected', sortField: 'detectedOn', render: (n) => n.detectedOn },
  ];
  const incColumns: Column<Incident>[] = [
    {
      key: 'title',
      header: 'Incident',
      sortField: 'title',
      render: (i) => (
        <Text size="sm" fw={500}>
          {i.title}
        </Text>
      ),
    },
    { key: 'severity', header: 'Severity', render: (i) => INCIDENT_SEVERITY_LABEL[i.severity] },
    {
      key: 'serious',
      header: 'Serious (Art. 3(49))',
      render: (i) => (i.serious ? <Badge color="red.9">Serious</Badge> : 'No'),
    },
    { key: 'deadline', header: 'Art. 73 report', render: (i) => <Deadline i={i} /> },
    { key: 'aware', header: 'Aware on', sortField: 'awareOn', render: (i) => i.awareOn },
  ];
  return (
    <>
      <PageHeader
        title="Improvement"
        description="Nonconformities with correction, root cause and corrective actions checked for effectiveness (§10.2), and AI incidents with the EU AI Act Art. 73 reporting clock."
        actions={
          <Group gap="xs">
            {can('incident:create') && (
              <Button
                variant="default"
                leftSection={<IconPlus size={16} />}
                onClick={() => setModal('incident')}
              >
                Incident
              </Button>
            )}
            {can('nonconformity:create') && (
              <Button leftSection={<IconPlus size={16} />} onClick={() => setModal('nc')}>
                Nonconformity
              </Button>
            )}
          </Group>
        }
      />
      <Tabs value={tab} onChange={setTab}>
        <Tabs.List mb="md">
          <Tabs.Tab value="ncs">Nonconformities</Tabs.Tab>
          <Tabs.Tab value="incidents">Incidents</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="ncs">
          <DataTable
            label="Nonconformities"
            columns={ncColumns}
            state={ncs}
            rowKey={(n) => n.id}
            controls={ncControls}
            searchPlaceholder="Search nonconformities"
            toolbar={
              <SegmentedControl
                aria-label="Show"
                value={open}
                onChange={setOpen}
                data={[
                  { value: 'true', label: 'Open' },
                  { value: 'false', label: 'Closed' },
                  { value: 'all', label: 'All' },
                ]}
              />
            }
            empty={
              <EmptyState
                title="No nonconformities"
                description="Record what falls short of a requirement — from audits, incidents, monitoring or complaints — and work it to closure."
              />
            }
          />
        </Tabs.Panel>
        <Tabs.Panel value="incidents">
          <DataTable
            label="Incidents"
            columns={incColumns}
            state={incidents}
            rowKey={(i) => i.id}
            controls={incControls}
            searchPlaceholder="Search incidents"
            empty={
              <EmptyState
                title="No incidents"
                description="Record AI incidents as soon as you learn of them: serious ones must reach the authority within 15, 10 or 2 days."
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
