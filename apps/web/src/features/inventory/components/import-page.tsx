// Import inventory files with a preview first (DESIGN §6), and download the inventory as a CycloneDX ML-BOM.
import {
  Alert,
  Anchor,
  Badge,
  Button,
  FileInput,
  Group,
  List,
  Paper,
  SegmentedControl,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IMPORT_OUTCOME_LABEL, type ImportResult, type InventoryImportKind } from '@openaims/core';
import { IconDownload, IconUpload } from '@tabler/icons-react';
import { useState } from 'react';
import { PageHeader } from '../../../components/page-header.tsx';
import { SimpleTable } from '../../../components/simple-table.tsx';
import { errorMessage } from '../../../lib/errors.ts';
import { usePreviewImport } from '../../../lib/use-preview-import.ts';
import { useCurrentOrg } from '../../orgs/use-current-org.ts';
import { useImportInventory } from '../api/import-inventory.ts';
import { InventoryTabs } from './inventory-tabs.tsx';

const KINDS: { value: InventoryImportKind; label: string; accept: string }[] = [
  { value: 'cyclonedx', label: 'CycloneDX ML-BOM', accept: '.json,.xml,application/json,application/xml' },
  {
    value: 'spdx',
    label: 'SPDX 3 (AI, Dataset)',
    accept: '.json,.jsonld,application/json,application/ld+json',
  },
  { value: 'model-card', label: 'Hugging Face card', accept: '.md,text/markdown' },
];
const OUTCOME_COLOR = { created: 'teal', updated: 'blue', unchanged: 'gray', skipped: 'yellow' } as const;

function ResultTable({ result }: { result: ImportResult }) {
  const t = result.totals;
  return (
    <Stack gap="xs">
      <Text size="sm">
        Read as {result.format}. Models: {t.models.created} new, {t.models.updated} updated,{' '}
        {t.models.unchanged} unchanged · Datasets: {t.datasets.created} new, {t.datasets.updated} updated ·
        Suppliers: {t.suppliers.created} new, {t.suppliers.updated} updated
      </Text>
      {result.notes.length > 0 && (
        <List size="sm">
          {result.notes.map((n) => (
            <List.Item key={n}>{n}</List.Item>
          ))}
        </List>
      )}
      <SimpleTable
        label={result.dryRun ? 'Import preview' : 'Import result'}
        striped
        rows={result.items}
        rowKey={(i) => `${i.entity} ${i.externalRef}`}
        columns={[
          {
            header: 'Outcome',
            render: (i) => (
              <Badge c="var(--mantine-color-text)" color={OUTCOME_COLOR[i.outcome]} variant="light">
                {IMPORT_OUTCOME_LABEL[i.outcome]}
              </Badge>
            ),
          },
          { header: 'Kind', render: (i) => i.entity },
          { header: 'Name', render: (i) => i.name },
          {
            header: 'Why',
            render: (i) => (
              <Text size="xs">
                {i.reason}
                {i.changes?.length ? `: ${i.changes.join(', ')}` : ''}
              </Text>
            ),
          },
        ]}
      />
      {result.skipped.length > 0 && (
        <>
          <Text size="sm" fw={600}>
            Left out ({result.skipped.length})
          </Text>
          <List size="sm">
            {result.skipped.slice(0, 50).map((x) => (
              <List.Item key={`${x.location} ${x.name}`}>
                {x.name} ({x.location}): {x.reason}
              </List.Item>
            ))}
          </List>
          {result.skipped.length > 50 && <Text size="xs">… and {result.skipped.length - 50} more</Text>}
        </>
      )}
    </Stack>
  );
}

export function ImportPage() {
  const { orgId, can } = useCurrentOrg();
  const [kind, setKind] = useState<InventoryImportKind>('model-card');
  const [done, setDone] = useState<ImportResult | null>(null);
  const mutation = useImportInventory(orgId);
  const { file, preview, problems, run, choose } = usePreviewImport(
    mutation,
    (text, dryRun) => ({ kind, text, dryRun }),
    (r, imported) => {
      setDone(r);
      notifications.show({
        color: 'teal',
        message: `Imported ${r.items.length} records from ${imported.name}.`,
      });
    },
  );
  const reset = (f: File | null) => {
    choose(f);
    setDone(null);
  };

  return (
    <>
      <PageHeader
        title="Import and export"
        description="Bring models, datasets and suppliers in from the files your tools already write, and take the inventory out as a CycloneDX ML-BOM."
      />
      <InventoryTabs orgId={orgId} />
      <Stack gap="lg" maw={900}>
        {can('inventory:import') && (
          <Paper withBorder p="lg" radius="md">
            <Stack gap="sm">
              <Title order={2} size="h4">
                Import a file
              </Title>
              <SegmentedControl
                aria-label="File format"
                value={kind}
                onChange={(v) => {
                  setKind(v as InventoryImportKind);
                  reset(null);
                }}
                data={KINDS.map(({ value, label }) => ({ value, label }))}
              />
              <FileInput
                label="File"
                placeholder="Choose a file"
                accept={KINDS.find((k) => k.value === kind)!.accept}
                value={file}
                onChange={reset}
                clearable
                clearButtonProps={{ 'aria-label': 'Clear the chosen file' }}
                leftSection={<IconUpload size={16} />}
              />
              <Group>
                <Button
                  onClick={() => void run(true)}
                  disabled={!file}
                  loading={mutation.isPending && !preview}
                  variant="default"
                >
                  Preview
                </Button>
                <Button
                  onClick={() => void run(false)}
                  disabled={!preview}
                  loading={mutation.isPending && !!preview}
                >
                  Import
                </Button>
              </Group>
              {mutation.isPending && (
                <Text size="sm" role="status">
                  Reading {file?.name}…
                </Text>
              )}
              {mutation.error && (
                <Alert color="red" role="alert" title="The file was refused; nothing was imported">
                  <Text size="sm">{errorMessage(mutation.error)}</Text>
                  {problems.length > 0 && (
                    <List size="sm" mt="xs">
                      {problems.slice(0, 20).map((p) => (
                        <List.Item key={`${p.path} ${p.message}`}>
                          <Text span fw={600} size="sm">
                            {p.path}
                          </Text>
                          : {p.message}
                        </List.Item>
                      ))}
                    </List>
                  )}
                </Alert>
              )}
              {preview && (
                <>
                  <Title order={3} size="h5">
                    Preview: nothing has been written yet
                  </Title>
                  <ResultTable result={preview} />
                </>
              )}
              {done && (
                <>
                  <Title order={3} size="h5">
                    Imported
                  </Title>
                  <ResultTable result={done} />
                </>
              )}
            </Stack>
          </Paper>
        )}
        <Paper withBorder p="lg" radius="md">
          <Stack gap="xs">
            <Title order={2} size="h4">
              Export
            </Title>
            <Text size="sm">
              The active inventory (AI systems, models, datasets and suppliers with their links) as a
              CycloneDX 1.6 ML-BOM.
            </Text>
            <Group>
              <Button
                component="a"
                href={`/api/v1/orgs/${orgId}/exports/cyclonedx.json`}
                download="inventory.cdx.json"
                variant="default"
                leftSection={<IconDownload size={16} />}
              >
                Download CycloneDX JSON
              </Button>
              <Anchor href="/api/docs" size="sm">
                API documentation
              </Anchor>
            </Group>
          </Stack>
        </Paper>
      </Stack>
    </>
  );
}
