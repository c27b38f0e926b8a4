// Models, datasets and suppliers of the inventory (A.4, A.7, A.10): searchable lists that imports fill.
import { Badge, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import {
  type Dataset,
  type Model,
  type Permission,
  SUPPLIER_OUTCOME_LABEL,
  SUPPLY_KIND_LABEL,
  type Supplier,
} from '@openaims/core';
import type { ComponentType } from 'react';
import { AddButton } from '../../../components/add-button.tsx';
import { type Column, DataTable } from '../../../components/data-table.tsx';
import { EmptyState } from '../../../components/empty-state.tsx';
import type { OrgDialogProps } from '../../../components/form-modal.tsx';
import { linkColumn } from '../../../components/link-column.tsx';
import { ButtonLink } from '../../../components/links.tsx';
import { PageHeader } from '../../../components/page-header.tsx';
import { useListControls } from '../../../components/use-list-controls.ts';
import type { CollectionState } from '../../../lib/collection.ts';
import { formatDateTime } from '../../../lib/format.ts';
import { useCurrentOrg } from '../../orgs/use-current-org.ts';
import { type RecordFilters, useDatasets, useModels, useSuppliers } from '../api/list-records.ts';
import { InventoryTabs } from './inventory-tabs.tsx';
import { NewDatasetModal, NewModelModal, NewSupplierModal } from './new-record-modals.tsx';
import { personalDataChoice } from './personal-data-select.tsx';

const source = (s: string) => (
  <Badge c="var(--mantine-color-text)" variant="outline" color={s === 'manual' ? 'gray' : 'blue'} tt="none">
    {s === 'manual' ? 'entered by hand' : s}
  </Badge>
);
const updated = <T extends { updatedAt: string }>(): Column<T> => ({
  key: 'updated',
  header: 'Updated',
  sortField: 'updatedAt',
  render: (r) => formatDateTime(r.updatedAt),
});

function ImportHint({ orgId, what }: { orgId: string; what: string }) {
  return (
    <EmptyState
      title={`No ${what} yet`}
      description={`Import a CycloneDX ML-BOM, an SPDX 3 document or a Hugging Face model card to fill the inventory with ${what}.`}
      action={
        <ButtonLink to="/orgs/$orgId/imports" params={{ orgId }}>
          Import a file
        </ButtonLink>
      }
    />
  );
}

type InventoryRecord = { id: string; updatedAt: string };

/** One inventory list page: header with the add button, the tabs, the searchable table and the add dialog.
 * Models, datasets and suppliers differ only in their columns, their permission and their dialog. */
function InventoryListPage<T extends InventoryRecord>(props: {
  title: string;
  /** The records in the plural, lower case: in the search box and the empty state. */
  what: string;
  description: string;
  permission: Permission;
  addLabel: string;
  useList: (orgId: string, f: RecordFilters) => CollectionState<T>;
  columns: (orgId: string) => Column<T>[];
  Dialog: ComponentType<OrgDialogProps>;
}) {
  const { orgId, can } = useCurrentOrg();
  const [opened, modal] = useDisclosure(false);
  const add = can(props.permission) && <AddButton onClick={modal.open}>{props.addLabel}</AddButton>;
  const controls = useListControls('name');
  const state = props.useList(orgId, { q: controls.q, sort: controls.sort });
  return (
    <>
      <PageHeader title={props.title} description={props.description} actions={add} />
      <InventoryTabs orgId={orgId} />
      {/* The rows are T; DataTable's row-key rule cannot be checked for a generic T, so it sees the common shape. */}
      <DataTable<InventoryRecord>
        label={props.title}
        columns={[...props.columns(orgId), updated<T>()] as Column<InventoryRecord>[]}
        state={state}
        controls={controls}
        searchPlaceholder={`Search ${props.what}`}
        empty={<ImportHint orgId={orgId} what={props.what} />}
      />
      <props.Dialog orgId={orgId} opened={opened} onClose={modal.close} />
    </>
  );
}

export function ModelsPage() {
  return (
    <InventoryListPage<Model>
      title="Models"
      what="models"
      description="AI models your systems are built on, with licence, metrics and the data they were trained and tested on (A.4.3, A.6.2)."
      permission="model:create"
      addLabel="Add a model"
      useList={useModels}
      Dialog={NewModelModal}
      columns={(orgId) => [
        linkColumn({ field: 'name', header: 'Name', to: '/orgs/$orgId/models/$id', orgId }),
        { key: 'version', header: 'Version', render: (m) => m.modelVersion || '—' },
        { key: 'type', header: 'Type', render: (m) => m.modelType || '—' },
        { key: 'licence', header: 'Licence', render: (m) => m.licence || '—' },
        { key: 'datasets', header: 'Datasets', render: (m) => m.datasets.length },
        { key: 'source', header: 'Source', render: (m) => source(m.source) },
      ]}
    />
  );
}

export function DatasetsPage() {
  return (
    <InventoryListPage<Dataset>
      title="Datasets"
      what="datasets"
      description="Data for AI systems: provenance, acquisition, quality, preparation, personal data and known bias (A.7)."
      permission="dataset:create"
      addLabel="Add a dataset"
      useList={useDatasets}
      Dialog={NewDatasetModal}
      columns={(orgId) => [
        linkColumn({ field: 'name', header: 'Name', to: '/orgs/$orgId/datasets/$id', orgId }),
        { key: 'licence', header: 'Licence', render: (d) => d.licence || '—' },
        {
          key: 'personal',
          header: 'Personal data',
          render: (d) => personalDataChoice(d.containsPersonalData),
        },
        {
          key: 'provenance',
          header: 'Provenance',
          render: (d) => (
            <Text size="sm" lineClamp={2} maw={360}>
              {d.provenance || '—'}
            </Text>
          ),
        },
        { key: 'source', header: 'Source', render: (d) => source(d.source) },
      ]}
    />
  );
}

export function SuppliersPage() {
  return (
    <InventoryListPage<Supplier>
      title="Suppliers"
      what="suppliers"
      description="Third parties that provide models, data or services, the responsibilities allocated to them and their assessments (A.10.2, A.10.3)."
      permission="supplier:create"
      addLabel="Add a supplier"
      useList={useSuppliers}
      Dialog={NewSupplierModal}
      columns={(orgId) => [
        linkColumn({ field: 'name', header: 'Name', to: '/orgs/$orgId/suppliers/$id', orgId }),
        {
          key: 'provides',
          header: 'Provides',
          render: (s) => s.provides.map((k) => SUPPLY_KIND_LABEL[k]).join(', ') || '—',
        },
        {
          key: 'assessment',
          header: 'Last assessment',
          render: (s) => {
            const last = s.assessments.at(-1);
            return last ? SUPPLIER_OUTCOME_LABEL[last.outcome] : 'not assessed';
          },
        },
        {
          key: 'certificates',
          header: 'Certificates',
          render: (s) => s.certificates.map((c) => c.name).join(', ') || '—',
        },
      ]}
    />
  );
}
