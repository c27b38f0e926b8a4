// The evidence register (§7.5.3, §9.1): search, filters, Expired / Expiring badges, and adding files or links.
import { Badge, Button, Group, Select, Switch, Text } from '@mantine/core';
import { ANNEX_A_CONTROLS, type Evidence } from '@openaims/core';
import { IconExternalLink, IconFile, IconPlus } from '@tabler/icons-react';
import { useNavigate, useSearch } from '@tanstack/react-router';
import { useState } from 'react';
import { type Column, DataTable } from '../../../components/data-table.tsx';
import { EmptyState } from '../../../components/empty-state.tsx';
import { AnchorLink } from '../../../components/links.tsx';
import { PageHeader } from '../../../components/page-header.tsx';
import { useListControls } from '../../../components/use-list-controls.ts';
import { useCollection } from '../../../lib/collection.ts';
import { formatDate } from '../../../lib/format.ts';
import { useCurrentOrg } from '../../orgs/use-current-org.ts';
import { type EvidenceFilters, evidenceListQuery } from '../api/evidence.ts';
import { EvidenceForm } from './evidence-form.tsx';
import { TARGET_LABEL } from './link-targets.ts';
import { formatBytes, VALIDITY_OPTIONS, ValidityBadge } from './validity-badge.tsx';

const CONTROL_OPTIONS = ANNEX_A_CONTROLS.map((c) => ({ value: c.ref, label: `${c.ref} ${c.title}` }));

export function EvidencePage() {
  const { orgId, can } = useCurrentOrg();
  const navigate = useNavigate();
  const search = useSearch({ strict: false }) as { control?: string };
  const controls = useListControls('-createdAt');
  const [kind, setKind] = useState<EvidenceFilters['kind'] | null>(null);
  const [validity, setValidity] = useState<EvidenceFilters['validity'] | null>(null);
  const [showArchived, setShowArchived] = useState(false);
  const [adding, setAdding] = useState(false);
  const control = search.control ?? null;
  const state = useCollection(
    evidenceListQuery(orgId, {
      q: controls.q,
      sort: controls.sort,
      kind: kind ?? undefined,
      validity: validity ?? undefined,
      targetType: control ? 'control' : undefined,
      targetId: control ?? undefined,
      archived: showArchived ? 'all' : 'false',
    }),
  );
  const setControl = (v: string | null) =>
    void navigate({ to: '/orgs/$orgId/evidence', params: { orgId }, search: v ? { control: v } : {} });
  const canCreate = can('evidence:create');
  const addButton = canCreate && (
    <Button leftSection={<IconPlus size={16} />} onClick={() => setAdding(true)}>
      Add evidence
    </Button>
  );

  const columns: Column<Evidence>[] = [
    {
      key: 'title',
      header: 'Title',
      sortField: 'title',
      render: (e) => (
        <Group gap="xs" wrap="nowrap">
          {e.kind === 'file' ? (
            <IconFile size={16} aria-label="File" />
          ) : (
            <IconExternalLink size={16} aria-label="Link" />
          )}
          <AnchorLink to="/orgs/$orgId/evidence/$id" params={{ orgId, id: e.id }} fw={500}>
            {e.title}
          </AnchorLink>
          {e.archivedAt && (
            <Badge size="xs" color="gray" variant="outline">
              Archived
            </Badge>
          )}
        </Group>
      ),
    },
    {
      key: 'proves',
      header: 'Proves',
      render: (e) =>
        e.links.length === 0 ? (
          <Text size="sm" c="dimmed">
            Nothing linked yet
          </Text>
        ) : (
          <Group gap={4}>
            {e.links.slice(0, 4).map((l) => (
              <Badge key={`${l.targetType}:${l.targetId}`} variant="outline" color="dark" tt="none" size="sm">
                {l.targetType === 'control' || l.targetType === 'clause'
                  ? l.targetId
                  : TARGET_LABEL[l.targetType]}
              </Badge>
            ))}
            {e.links.length > 4 && <Text size="xs">+{e.links.length - 4}</Text>}
          </Group>
        ),
    },
    {
      key: 'date',
      header: 'Evidence date',
      sortField: 'evidenceDate',
      render: (e) => formatDate(e.evidenceDate),
    },
    {
      key: 'valid',
      header: 'Valid until',
      sortField: 'validUntil',
      render: (e) => (
        <Group gap="xs" wrap="nowrap">
          <Text size="sm">{e.validUntil ? formatDate(e.validUntil) : 'No end date'}</Text>
          <ValidityBadge validity={e.validity} />
        </Group>
      ),
    },
    { key: 'size', header: 'Size', render: (e) => (e.kind === 'file' ? formatBytes(e.size) : 'Link') },
  ];

  return (
    <>
      <PageHeader
        title="Evidence"
        eyebrow={<Badge variant="light">ISO/IEC 42001 7.5.3, 9.1</Badge>}
        description="Files and links that show your controls work: hashed when uploaded, dated, valid until a day you choose, and linked to the controls, risks and AI systems they prove."
        actions={addButton}
      />
      <DataTable
        label="Evidence"
        columns={columns}
        state={state}
        rowKey={(e) => e.id}
        controls={controls}
        searchPlaceholder="Search title, description, file name or hash"
        toolbar={
          <>
            <Select
              label="Control"
              placeholder="Any control"
              data={CONTROL_OPTIONS}
              value={control}
              onChange={setControl}
              clearable
              searchable
              w={280}
            />
            <Select
              label="Kind"
              placeholder="Files and links"
              data={[
                { value: 'file', label: 'Files' },
                { value: 'link', label: 'Links' },
              ]}
              value={kind}
              onChange={(v) => setKind(v as EvidenceFilters['kind'] | null)}
              clearable
              w={170}
            />
            <Select
              label="Validity"
              placeholder="Any validity"
              data={VALIDITY_OPTIONS}
              value={validity}
              onChange={(v) => setValidity(v as EvidenceFilters['validity'] | null)}
              clearable
              w={230}
            />
            <Switch
              label="Show archived"
              checked={showArchived}
              onChange={(e) => setShowArchived(e.currentTarget.checked)}
              mb={8}
            />
          </>
        }
        empty={
          <EmptyState
            title={control || kind || validity ? 'No evidence matches these filters' : 'No evidence yet'}
            description={
              control || kind || validity
                ? 'Clear a filter to see more.'
                : 'Upload the reports, evaluation results, screenshots and records that show your controls are implemented and working, or record a link to where they are kept.'
            }
            action={!(control || kind || validity) && addButton}
          />
        }
      />
      {adding && (
        <EvidenceForm
          orgId={orgId}
          initialLinks={control ? [`control:${control}`] : []}
          onClose={() => setAdding(false)}
          onCreated={(e) => {
            setAdding(false);
            void navigate({ to: '/orgs/$orgId/evidence/$id', params: { orgId, id: e.id } });
          }}
        />
      )}
    </>
  );
}
