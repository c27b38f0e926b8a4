// Models, datasets and suppliers of the inventory (A.4, A.7, A.10): searchable lists that imports fill.
import { Badge, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import {
  type Dataset,
  type Model,
  SUPPLIER_OUTCOME_LABEL,
  SUPPLY_KIND_LABEL,
  type Supplier,
} from '@openaims/core';
import { AddButton } from '../../../components/add-button.tsx';
import { type Column, DataTable } from '../../../components/data-table.tsx';
import { EmptyState } from '../../../components/empty-state.tsx';
import { linkColumn } from '../../../components/link-column.tsx';
import { ButtonLink } from '../../../components/links.tsx';
import { PageHeader } from '../../../components/page-header.tsx';
import { useListControls } from '../../../components/use-list-controls.ts';
import { formatDateTime } from '../../../lib/format.ts';
import { useCurrentOrg } from '../../orgs/use-current-org.ts';
import { useDatasets, useModels, useSuppliers } from '../api/list-records.ts';
import { InventoryTabs } from './inventory-tabs.tsx';
import { NewDatasetModal, NewModelModal, NewSupplierModal } from './new-record-modals.tsx';

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

export function ModelsPage() {
  const { orgId, can } = useCurrentOrg();
  const [opened, modal] = useDisclosure(false);
  const add = can('model:create') && <AddButton onClick={modal.open}>Add a model</AddButton>;
  const controls = useListControls('name');
  const state = useModels(orgId, { q: controls.q, sort: controls.sort });
  const columns: Column<Model>[] = [
    linkColumn({ field: 'name', header: 'Name', to: '/orgs/$orgId/models/$id', orgId }),
    { key: 'version', header: 'Version', render: (m) => m.modelVersion || '—' },
    { key: 'type', header: 'Type', render: (m) => m.modelType || '—' },
    { key: 'licence', header: 'Licence', render: (m) => m.licence || '—' },
    { key: 'datasets', header: 'Datasets', render: (m) => m.datasets.length },
    { key: 'source', header: 'Source', render: (m) => source(m.source) },
    updated<Model>(),
  ];
  return (
    <>
      <PageHeader
        title="Models"
        description="AI models your systems are built on, with licence, metrics and the data they were trained and tested on (A.4.3, A.6.2)."
        actions={add}
      />
      <InventoryTabs orgId={orgId} />
      <DataTable
        label="Models"
        columns={columns}
        state={state}
        controls={controls}
        searchPlaceholder="Search models"
        empty={<ImportHint orgId={orgId} what="models" />}
      />
      <NewModelModal orgId={orgId} opened={opened} onClose={modal.close} />
    </>
  );
}

export function DatasetsPage() {
  const { orgId, can } = useCurrentOrg();
  const [opened, modal] = useDisclosure(false);
  const add = can('dataset:create') && <AddButton onClick={modal.open}>Add a dataset</AddButton>;
  const controls = useListControls('name');
  const state = useDatasets(orgId, { q: controls.q, sort: controls.sort });
  const columns: Column<Dataset>[] = [
    linkColumn({ field: 'name', header: 'Name', to: '/orgs/$orgId/datasets/$id', orgId }),
    { key: 'licence', header: 'Licence', render: (d) => d.licence || '—' },
    {
      key: 'personal',
      header: 'Personal data',
      render: (d) => (d.containsPersonalData === null ? 'unknown' : d.containsPersonalData ? 'yes' : 'no'),
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
    updated<Dataset>(),
  ];
  return (
    <>
      <PageHeader
        title="Datasets"
        description="Data for AI systems: provenance, acquisition, quality, preparation, personal data and known bias (A.7)."
        actions={add}
      />
      <InventoryTabs orgId={orgId} />
      <DataTable
        label="Datasets"
        columns={columns}
        state={state}
        controls={controls}
        searchPlaceholder="Search datasets"
        empty={<ImportHint orgId={orgId} what="datasets" />}
      />
      <NewDatasetModal orgId={orgId} opened={opened} onClose={modal.close} />
    </>
  );
}

export function SuppliersPage() {
  const { orgId, can } = useCurrentOrg();
  const [opened, modal] = useDisclosure(false);
  const add = can('supplier:create') && <AddButton onClick={modal.open}>Add a supplier</AddButton>;
  const controls = useListControls('name');
  const state = useSuppliers(orgId, { q: controls.q, sort: controls.sort });
  const columns: Column<Supplier>[] = [
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
    updated<Supplier>(),
  ];
  return (
    <>
      <PageHeader
        title="Suppliers"
        description="Third parties that provide models, data or services, the responsibilities allocated to them and their assessments (A.10.2, A.10.3)."
        actions={add}
      />
      <InventoryTabs orgId={orgId} />
      <DataTable
        label="Suppliers"
        columns={columns}
        state={state}
        controls={controls}
        searchPlaceholder="Search suppliers"
        empty={<ImportHint orgId={orgId} what="suppliers" />}
      />
      <NewSupplierModal orgId={orgId} opened={opened} onClose={modal.close} />
    </>
  );
}
