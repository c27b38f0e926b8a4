// The AI system inventory (§4.1, A.4): search, sort, stage filter and archived toggle.
import { Badge, Group, Select, Switch, Text } from '@mantine/core';
import type { AiSystem, LifecycleStage, RiskClass } from '@openaims/core';
import { IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type Column, DataTable } from '../../../components/data-table.tsx';
import { EmptyState } from '../../../components/empty-state.tsx';
import { AnchorLink, ButtonLink } from '../../../components/links.tsx';
import { PageHeader } from '../../../components/page-header.tsx';
import { useListControls } from '../../../components/use-list-controls.ts';
import { useLabelledOptions } from '../../../i18n/use-label.ts';
import { formatDateTime } from '../../../lib/format.ts';
import { useSuppliers } from '../../inventory/api/list-records.ts';
import { InventoryTabs } from '../../inventory/components/inventory-tabs.tsx';
import { useMemberNames } from '../../members/api/member-options.ts';
import { MemberSelect } from '../../members/components/member-select.tsx';
import { useCurrentOrg } from '../../orgs/use-current-org.ts';
import { useAiSystems } from '../api/list-ai-systems.ts';
import { RISK_CLASS_OPTIONS, RiskClassBadge } from './risk-class-badge.tsx';
import { STAGE_OPTIONS, StageBadge } from './stage-badge.tsx';

export function AiSystemsPage() {
  const { t } = useTranslation();
  const { orgId, can } = useCurrentOrg();
  const controls = useListControls('name');
  const [stage, setStage] = useState<LifecycleStage | null>(null);
  const [riskClass, setRiskClass] = useState<RiskClass | null>(null);
  const [ownerId, setOwnerId] = useState<string | null>(null);
  const [supplierId, setSupplierId] = useState<string | null>(null);
  const [showArchived, setShowArchived] = useState(false);
  const state = useAiSystems(orgId, {
    q: controls.q,
    sort: controls.sort,
    stage: stage ?? undefined,
    riskClass: riskClass ?? undefined,
    ownerId: ownerId ?? undefined,
    supplierId: supplierId ?? undefined,
    archived: showArchived ? 'all' : 'false',
  });
  const suppliers = useSuppliers(orgId);
  const memberName = useMemberNames(orgId);
  const filtered = !!(stage || riskClass || ownerId || supplierId || showArchived);
  const canCreate = can('ai_system:create');
  const stageOptions = useLabelledOptions('lifecycleStage', STAGE_OPTIONS);
  const classOptions = useLabelledOptions('riskClass', RISK_CLASS_OPTIONS);
  const newButton = canCreate && (
    <ButtonLink to="/orgs/$orgId/ai-systems/new" params={{ orgId }} leftSection={<IconPlus size={16} />}>
      {t('aiSystems.new')}
    </ButtonLink>
  );

  const columns: Column<AiSystem>[] = [
    {
      key: 'name',
      header: t('aiSystems.name'),
      sortField: 'name',
      render: (s) => (
        <Group gap="xs" wrap="nowrap">
          <AnchorLink to="/orgs/$orgId/ai-systems/$id" params={{ orgId, id: s.id }} fw={500}>
            {s.name}
          </AnchorLink>
          {s.archivedAt && (
            <Badge size="xs" color="gray" variant="outline">
              {t('aiSystems.archived')}
            </Badge>
          )}
        </Group>
      ),
    },
    {
      key: 'purpose',
      header: t('aiSystems.purpose'),
      render: (s) => (
        <Text size="sm" lineClamp={2} maw={420}>
          {s.purpose}
        </Text>
      ),
    },
    {
      key: 'stage',
      header: t('aiSystems.stage'),
      sortField: 'lifecycleStage',
      render: (s) => <StageBadge stage={s.lifecycleStage} />,
    },
    {
      key: 'riskClass',
      header: t('aiSystems.riskClass'),
      sortField: 'riskClass',
      render: (s) => <RiskClassBadge riskClass={s.riskClass} />,
    },
    {
      key: 'owner',
      header: t('aiSystems.owner'),
      render: (s) => (s.ownerId ? (memberName.get(s.ownerId) ?? '—') : '—'),
    },
    {
      key: 'updated',
      header: t('aiSystems.updated'),
      sortField: 'updatedAt',
      render: (s) => formatDateTime(s.updatedAt),
    },
  ];

  return (
    <>
      <PageHeader title={t('aiSystems.title')} description={t('aiSystems.description')} actions={newButton} />
      <InventoryTabs orgId={orgId} />
      <DataTable
        label={t('aiSystems.title')}
        columns={columns}
        state={state}
        controls={controls}
        searchPlaceholder={t('aiSystems.searchPlaceholder')}
        toolbar={
          <>
            <Select
              label={t('aiSystems.stageFilter')}
              placeholder={t('aiSystems.allStages')}
              data={stageOptions}
              value={stage}
              onChange={(v) => setStage(v as LifecycleStage | null)}
              clearable
              w={220}
            />
            <Select
              label={t('aiSystems.riskClass')}
              placeholder={t('aiSystems.allClasses')}
              data={classOptions}
              value={riskClass}
              onChange={(v) => setRiskClass(v as RiskClass | null)}
              clearable
              w={230}
            />
            <MemberSelect
              orgId={orgId}
              label={t('aiSystems.owner')}
              placeholder={t('aiSystems.anyone')}
              value={ownerId}
              onChange={setOwnerId}
              clearable
              w={200}
            />
            <Select
              label={t('aiSystems.supplier')}
              placeholder={t('aiSystems.anySupplier')}
              data={suppliers.items.map((x) => ({ value: x.id, label: x.name }))}
              value={supplierId}
              onChange={setSupplierId}
              clearable
              searchable
              w={200}
            />
            <Switch
              label={t('aiSystems.showArchived')}
              checked={showArchived}
              onChange={(e) => setShowArchived(e.currentTarget.checked)}
              mb={8}
            />
          </>
        }
        empty={
          <EmptyState
            title={filtered ? t('aiSystems.noneMatch') : t('aiSystems.none')}
            description={canCreate ? t('aiSystems.emptyCanCreate') : t('aiSystems.emptyReadOnly')}
            action={newButton}
          />
        }
      />
    </>
  );
}
