// The AI system inventory (§4.1, A.4): search, sort, stage filter and archived toggle.
import { Badge, Group, Select, Switch, Text } from '@mantine/core';
import type { AiSystem, LifecycleStage, RiskClass } from '@openaims/core';
import { IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { type Column, DataTable } from '../../../components/data-table.tsx';
import { EmptyState } from '../../../components/empty-state.tsx';
import { AnchorLink, ButtonLink } from '../../../components/links.tsx';
import { PageHeader } from '../../../components/page-header.tsx';
import { useListControls } from '../../../components/use-list-controls.ts';
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
  const newButton = canCreate && (
    <ButtonLink to="/orgs/$orgId/ai-systems/new" params={{ orgId }} leftSection={<IconPlus size={16} />}>
      New AI system
    </ButtonLink>
  );

  const columns: Column<AiSystem>[] = [
    {
      key: 'name',
      header: 'Name',
      sortField: 'name',
      render: (s) => (
        <Group gap="xs" wrap="nowrap">
          <AnchorLink to="/orgs/$orgId/ai-systems/$id" params={{ orgId, id: s.id }} fw={500}>
            {s.name}
          </AnchorLink>
          {s.archivedAt && (
            <Badge size="xs" color="gray" variant="outline">
              Archived
            </Badge>
          )}
        </Group>
      ),
    },
    {
      key: 'purpose',
      header: 'Purpose',
      render: (s) => (
        <Text size="sm" lineClamp={2} maw={420}>
          {s.purpose}
        </Text>
      ),
    },
    {
      key: 'stage',
      header: 'Life cycle stage',
      sortField: 'lifecycleStage',
      render: (s) => <StageBadge stage={s.lifecycleStage} />,
    },
    {
      key: 'riskClass',
      header: 'EU AI Act class',
      sortField: 'riskClass',
      render: (s) => <RiskClassBadge riskClass={s.riskClass} />,
    },
    { key: 'owner', header: 'Owner', render: (s) => (s.ownerId ? (memberName.get(s.ownerId) ?? '—') : '—') },
    { key: 'updated', header: 'Updated', sortField: 'updatedAt', render: (s) => formatDateTime(s.updatedAt) },
  ];

  return (
    <>
      <PageHeader
        title="AI systems"
        description="Every AI system you develop, provide or use, with its purpose and life cycle stage (ISO/IEC 42001 4.1, A.4, A.6)."
        actions={newButton}
      />
      <InventoryTabs orgId={orgId} />
      <DataTable
        label="AI systems"
        columns={columns}
        state={state}
        rowKey={(s) => s.id}
        controls={controls}
        searchPlaceholder="Search name or purpose"
        toolbar={
          <>
            <Select
              label="Stage"
              placeholder="All stages"
              data={STAGE_OPTIONS}
              value={stage}
              onChange={(v) => setStage(v as LifecycleStage | null)}
              clearable
              w={220}
            />
            <Select
              label="EU AI Act class"
              placeholder="All classes"
              data={RISK_CLASS_OPTIONS}
              value={riskClass}
              onChange={(v) => setRiskClass(v as RiskClass | null)}
              clearable
              w={230}
            />
            <MemberSelect
              orgId={orgId}
              label="Owner"
              placeholder="Anyone"
              value={ownerId}
              onChange={setOwnerId}
              clearable
              w={200}
            />
            <Select
              label="Supplier"
              placeholder="Any supplier"
              data={suppliers.items.map((x) => ({ value: x.id, label: x.name }))}
              value={supplierId}
              onChange={setSupplierId}
              clearable
              searchable
              w={200}
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
            title={filtered ? 'No AI systems match these filters' : 'No AI systems yet'}
            description={
              canCreate
                ? 'Start the inventory: add each AI system your organization develops, provides or uses, with what it is for.'
                : 'Nobody has added an AI system yet. Ask a manager or contributor to start the inventory.'
            }
            action={newButton}
          />
        }
      />
    </>
  );
}
