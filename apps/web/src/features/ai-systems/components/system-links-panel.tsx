// What an AI system is built from and who supplies it: linked models, datasets or suppliers (A.4, A.10).
import { Button, Group, MultiSelect, Stack, Table, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import type { AiSystem } from '@openaims/core';
import { useState } from 'react';
import { EmptyState } from '../../../components/empty-state.tsx';
import { ButtonLink } from '../../../components/links.tsx';
import { errorMessage } from '../../../lib/errors.ts';
import { useDatasets, useModels, useSuppliers } from '../../inventory/api/list-records.ts';
import { useUpdateAiSystem } from '../api/update-ai-system.ts';

type Field = 'modelIds' | 'datasetIds' | 'supplierIds';
const WHAT: Record<Field, { label: string; plural: string }> = {
  modelIds: { label: 'Models', plural: 'models' },
  datasetIds: { label: 'Datasets', plural: 'datasets' },
  supplierIds: { label: 'Suppliers', plural: 'suppliers' },
};

function useOptions(orgId: string, field: Field) {
  const models = useModels(orgId);
  const datasets = useDatasets(orgId);
  const suppliers = useSuppliers(orgId);
  const state = field === 'modelIds' ? models : field === 'datasetIds' ? datasets : suppliers;
  return state.items.map((r) => ({ value: r.id, label: r.name }));
}

export function SystemLinksPanel({
  orgId,
  system,
  field,
  canEdit,
}: {
  orgId: string;
  system: AiSystem;
  field: Field;
  canEdit: boolean;
}) {
  const options = useOptions(orgId, field);
  const update = useUpdateAiSystem(orgId, system.id);
  const [value, setValue] = useState<string[]>(system[field]);
  const names = new Map(options.map((o) => [o.value, o.label]));
  const { label, plural } = WHAT[field];
  const save = () =>
    update.mutate(
      { version: system.version, input: { [field]: value } },
      {
        onSuccess: () => notifications.show({ color: 'teal', message: `${label} saved.` }),
        onError: (e) => notifications.show({ color: 'red', title: 'Not saved', message: errorMessage(e) }),
      },
    );

  return (
    <Stack gap="sm">
      {system[field].length === 0 ? (
        <EmptyState
          title={`No ${plural} linked`}
          description={
            options.length
              ? `Link the ${plural} this system uses below.`
              : `The inventory has no ${plural} yet: import a model card, an ML-BOM or an SPDX document first.`
          }
          action={
            !options.length && (
              <ButtonLink to="/orgs/$orgId/imports" params={{ orgId }} variant="default">
                Import a file
              </ButtonLink>
            )
          }
        />
      ) : (
        <Table aria-label={`Linked ${plural}`}>
          <Table.Tbody>
            {system[field].map((id) => (
              <Table.Tr key={id}>
                <Table.Td>{names.get(id) ?? id}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      {canEdit && options.length > 0 && (
        <Group align="end">
          <MultiSelect
            label={`Linked ${plural}`}
            data={options}
            value={value}
            onChange={setValue}
            searchable
            w={420}
          />
          <Button onClick={save} loading={update.isPending} variant="default">
            Save links
          </Button>
        </Group>
      )}
      <Text size="xs" c="dimmed">
        Changes are recorded in the ledger.
      </Text>
    </Stack>
  );
}
