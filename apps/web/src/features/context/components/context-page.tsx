// Context & scope (§4.1–4.3): the issues that shape the AIMS, the interested parties and their requirements,
// the roles the organization holds toward AI systems, and where the scope statement lives.
import { Badge, Button, Group, Menu, Tabs, Text } from '@mantine/core';
import type { ContextItem, ContextKind } from '@openaims/core';
import { IconDots } from '@tabler/icons-react';
import { useState } from 'react';
import { AddButton, SecondaryAddButton } from '../../../components/add-button.tsx';
import { type Column, DataTable } from '../../../components/data-table.tsx';
import { EmptyState } from '../../../components/empty-state.tsx';
import { PageHeader } from '../../../components/page-header.tsx';
import { SegmentedFilter } from '../../../components/segmented-filter.tsx';
import { useListControls } from '../../../components/use-list-controls.ts';
import { notifyError } from '../../../lib/notify-error.ts';
import { useCurrentOrg } from '../../orgs/use-current-org.ts';
import { useArchiveContextItem, useContextItems } from '../api/context.ts';
import { AiRolesForm } from './ai-roles-form.tsx';
import { CATEGORY_LABEL, ContextItemModal, EFFECT_LABEL, KIND_LABEL } from './context-item-modal.tsx';
import { ScopePanel } from './scope-panel.tsx';

const EFFECT_COLOR = { opportunity: 'teal.9', threat: 'red.9', neutral: 'gray.7' } as const;

/** Issues shown: both kinds, or only the internal or the external ones (§4.1). */
const ISSUE_KIND_FILTER = [
  { value: 'all', label: 'All' },
  { value: 'internal_issue', label: 'Internal' },
  { value: 'external_issue', label: 'External' },
] as const;

function Register(props: {
  orgId: string;
  party: boolean;
  canEdit: boolean;
  onEdit: (i: ContextItem) => void;
}) {
  const controls = useListControls('title');
  const [issueKind, setIssueKind] = useState<(typeof ISSUE_KIND_FILTER)[number]['value']>('all');
  const kind = props.party ? 'interested_party' : issueKind === 'all' ? 'issue' : issueKind;
  const state = useContextItems(props.orgId, { q: controls.q, sort: controls.sort, kind });
  const archive = useArchiveContextItem(props.orgId);
  const columns: Column<ContextItem>[] = [
    {
      key: 'title',
      header: props.party ? 'Interested party' : 'Issue',
      sortField: 'title',
      render: (i) => (
        <Text size="sm" fw={500}>
          {i.title}
        </Text>
      ),
    },
    ...(props.party
      ? [
          {
            key: 'reqs',
            header: 'Requirements',
            render: (i: ContextItem) =>
              i.requirements.length === 0
                ? '—'
                : `${i.requirements.filter((r) => r.addressedByAims).length} of ${i.requirements.length} addressed by the AIMS`,
          },
        ]
      : [
          {
            key: 'kind',
            header: 'Internal or external',
            sortField: 'kind',
            render: (i: ContextItem) => KIND_LABEL[i.kind],
          },
          {
            key: 'effect',
            header: 'Effect',
            render: (i: ContextItem) =>
              i.effect ? <Badge color={EFFECT_COLOR[i.effect]}>{EFFECT_LABEL[i.effect]}</Badge> : '—',
          },
        ]),
    { key: 'category', header: 'Category', render: (i) => CATEGORY_LABEL[i.category] },
    { key: 'review', header: 'Review by', render: (i) => i.reviewDate ?? '—' },
    {
      key: 'actions',
      header: '',
      render: (i) =>
        props.canEdit && (
          <Menu position="bottom-end">
            <Menu.Target>
              <Button variant="subtle" size="compact-sm" aria-label={`Actions for ${i.title}`}>
                <IconDots size={16} />
              </Button>
            </Menu.Target>
            <Menu.Dropdown>
              <Menu.Item onClick={() => props.onEdit(i)}>Change</Menu.Item>
              <Menu.Item
                color="red"
                onClick={() =>
                  archive.mutate(i.id, {
                    onError: notifyError,
                  })
                }
              >
                Archive
              </Menu.Item>
            </Menu.Dropdown>
          </Menu>
        ),
    },
  ];
  return (
    <DataTable
      label={props.party ? 'Interested parties' : 'Issues'}
      columns={columns}
      state={state}
      controls={controls}
      searchPlaceholder={props.party ? 'Search interested parties' : 'Search issues'}
      toolbar={
        !props.party && (
          <SegmentedFilter
            aria-label="Issue kind"
            options={ISSUE_KIND_FILTER}
            value={issueKind}
            onChange={setIssueKind}
          />
        )
      }
      empty={
        <EmptyState
          title={props.party ? 'No interested parties yet' : 'No issues yet'}
          description={
            props.party
              ? 'List who has a stake in your AI systems — people affected, customers, regulators, staff — and what they require.'
              : 'List what inside and outside the organization shapes your AI management system: laws, technology, markets, culture, skills.'
          }
        />
      }
    />
  );
}

export function ContextPage() {
  const { orgId, can } = useCurrentOrg();
  const canEdit = can('context:update');
  const [tab, setTab] = useState<string | null>('issues');
  const [modal, setModal] = useState<{ kind: ContextKind; item: ContextItem | null } | null>(null);
  const addKind: ContextKind | null =
    tab === 'issues' ? 'external_issue' : tab === 'parties' ? 'interested_party' : null;
  return (
    <>
      <PageHeader
        title="Context & scope"
        description="What shapes your AI management system (§4.1), who has a stake in it and what they require (§4.2), the roles you hold toward AI systems, and the scope it covers (§4.3)."
        actions={
          canEdit &&
          addKind && (
            <Group gap="xs">
              {addKind === 'external_issue' && (
                <SecondaryAddButton onClick={() => setModal({ kind: 'internal_issue', item: null })}>
                  Internal issue
                </SecondaryAddButton>
              )}
              <AddButton onClick={() => setModal({ kind: addKind, item: null })}>
                {addKind === 'external_issue' ? 'External issue' : 'Interested party'}
              </AddButton>
            </Group>
          )
        }
      />
      <Tabs value={tab} onChange={setTab} keepMounted={false}>
        <Tabs.List mb="md">
          <Tabs.Tab value="issues">Issues</Tabs.Tab>
          <Tabs.Tab value="parties">Interested parties</Tabs.Tab>
          <Tabs.Tab value="roles">AI roles</Tabs.Tab>
          <Tabs.Tab value="scope">Scope</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="issues">
          <Register
            orgId={orgId}
            party={false}
            canEdit={canEdit}
            onEdit={(item) => setModal({ kind: item.kind, item })}
          />
        </Tabs.Panel>
        <Tabs.Panel value="parties">
          <Register
            orgId={orgId}
            party
            canEdit={canEdit}
            onEdit={(item) => setModal({ kind: item.kind, item })}
          />
        </Tabs.Panel>
        <Tabs.Panel value="roles">
          <AiRolesForm orgId={orgId} canEdit={canEdit} />
        </Tabs.Panel>
        <Tabs.Panel value="scope">
          <ScopePanel orgId={orgId} />
        </Tabs.Panel>
      </Tabs>
      <ContextItemModal
        orgId={orgId}
        kind={modal?.kind ?? 'external_issue'}
        item={modal?.item ?? null}
        opened={modal !== null}
        onClose={() => setModal(null)}
      />
    </>
  );
}
