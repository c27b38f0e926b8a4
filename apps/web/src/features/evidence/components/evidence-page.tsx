// The evidence register (§7.5.3, §9.1): search, filters, Expired / Expiring badges, and adding files or links.
import { Badge, Group, Select, Switch, Text } from '@mantine/core';
import { ANNEX_A_CONTROLS, type Evidence } from '@openaims/core';
import { IconExternalLink, IconFile } from '@tabler/icons-react';
import { useNavigate, useSearch } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AddButton } from '../../../components/add-button.tsx';
import { type Column, DataTable } from '../../../components/data-table.tsx';
import { EmptyState } from '../../../components/empty-state.tsx';
import { AnchorLink } from '../../../components/links.tsx';
import { PageHeader } from '../../../components/page-header.tsx';
import { useListControls } from '../../../components/use-list-controls.ts';
import { useLabel } from '../../../i18n/use-label.ts';
import { useCollection } from '../../../lib/collection.ts';
import { formatDate } from '../../../lib/format.ts';
import { useCurrentOrg } from '../../orgs/use-current-org.ts';
import { type EvidenceFilters, evidenceListQuery } from '../api/evidence.ts';
import { EvidenceForm } from './evidence-form.tsx';
import { TARGET_LABEL } from './link-targets.ts';
import { formatBytes, VALIDITY_OPTIONS, ValidityBadge } from './validity-badge.tsx';

const CONTROL_OPTIONS = ANNEX_A_CONTROLS.map((c) => ({ value: c.ref, label: `${c.ref} ${c.title}` }));

export function EvidencePage() {
  const { t } = useTranslation();
  const label = useLabel();
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
  const addButton = canCreate && <AddButton onClick={() => setAdding(true)}>{t('evidence.add')}</AddButton>;

  const columns: Column<Evidence>[] = [
    {
      key: 'title',
      header: t('evidence.evTitle'),
      sortField: 'title',
      render: (e) => (
        <Group gap="xs" wrap="nowrap">
          {e.kind === 'file' ? (
            <IconFile size={16} aria-label={t('evidence.file')} />
          ) : (
            <IconExternalLink size={16} aria-label={t('evidence.link')} />
          )}
          <AnchorLink to="/orgs/$orgId/evidence/$id" params={{ orgId, id: e.id }} fw={500}>
            {e.title}
          </AnchorLink>
          {e.archivedAt && (
            <Badge size="xs" color="gray" variant="outline">
              {t('evidence.archived')}
            </Badge>
          )}
        </Group>
      ),
    },
    {
      key: 'proves',
      header: t('evidence.proves'),
      render: (e) =>
        e.links.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('evidence.nothingLinked')}
          </Text>
        ) : (
          <Group gap={4}>
            {e.links.slice(0, 4).map((l) => (
              <Badge key={`${l.targetType}:${l.targetId}`} variant="outline" color="dark" tt="none" size="sm">
                {l.targetType === 'control' || l.targetType === 'clause'
                  ? l.targetId
                  : label('evidenceTarget', l.targetType, TARGET_LABEL[l.targetType])}
              </Badge>
            ))}
            {e.links.length > 4 && <Text size="xs">+{e.links.length - 4}</Text>}
          </Group>
        ),
    },
    {
      key: 'date',
      header: t('evidence.evidenceDate'),
      sortField: 'evidenceDate',
      render: (e) => formatDate(e.evidenceDate),
    },
    {
      key: 'valid',
      header: t('evidence.validUntil'),
      sortField: 'validUntil',
      render: (e) => (
        <Group gap="xs" wrap="nowrap">
          <Text size="sm">{e.validUntil ? formatDate(e.validUntil) : t('evidence.noEndDate')}</Text>
          <ValidityBadge validity={e.validity} />
        </Group>
      ),
    },
    {
      key: 'size',
      header: t('evidence.size'),
      render: (e) => (e.kind === 'file' ? formatBytes(e.size) : t('evidence.link')),
    },
  ];

  return (
    <>
      <PageHeader
        title={t('evidence.title')}
        eyebrow={<Badge variant="light">ISO/IEC 42001 7.5.3, 9.1</Badge>}
        description={t('evidence.description')}
        actions={addButton}
      />
      <DataTable
        label={t('evidence.title')}
        columns={columns}
        state={state}
        controls={controls}
        searchPlaceholder={t('evidence.searchPlaceholder')}
        toolbar={
          <>
            <Select
              label={t('evidence.control')}
              placeholder={t('evidence.anyControl')}
              data={CONTROL_OPTIONS}
              value={control}
              onChange={setControl}
              clearable
              searchable
              w={280}
            />
            <Select
              label={t('evidence.kind')}
              placeholder={t('evidence.filesAndLinks')}
              data={[
                { value: 'file', label: t('evidence.files') },
                { value: 'link', label: t('evidence.links') },
              ]}
              value={kind}
              onChange={(v) => setKind(v as EvidenceFilters['kind'] | null)}
              clearable
              w={170}
            />
            <Select
              label={t('evidence.validity')}
              placeholder={t('evidence.anyValidity')}
              data={VALIDITY_OPTIONS.map((o) => ({
                ...o,
                label: t(`evidence.validityOption.${o.value}` as never, { defaultValue: o.label }),
              }))}
              value={validity}
              onChange={(v) => setValidity(v as EvidenceFilters['validity'] | null)}
              clearable
              w={230}
            />
            <Switch
              label={t('evidence.showArchived')}
              checked={showArchived}
              onChange={(e) => setShowArchived(e.currentTarget.checked)}
              mb={8}
            />
          </>
        }
        empty={
          <EmptyState
            title={control || kind || validity ? t('evidence.noneMatch') : t('evidence.none')}
            description={control || kind || validity ? t('evidence.clearFilter') : t('evidence.emptyHint')}
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
