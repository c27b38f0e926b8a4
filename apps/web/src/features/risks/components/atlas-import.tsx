// Import a MITRE ATLAS YAML file as the threat catalogue: preview first (counts, sample techniques), then import.
import {
  Alert,
  Badge,
  Button,
  FileInput,
  Group,
  List,
  Paper,
  Stack,
  type TableTdProps,
  Text,
  Title,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconUpload } from '@tabler/icons-react';
import { type SimpleColumn, SimpleTable } from '../../../components/simple-table.tsx';
import { errorMessage } from '../../../lib/errors.ts';
import { usePreviewImport } from '../../../lib/use-preview-import.ts';
import { type AtlasImportResult, useImportAtlas } from '../api/threats.ts';

type Technique = AtlasImportResult['sample'][number];

/** A technique's columns, shared by the import preview and the threat catalogue. */
export const techniqueColumns = <T extends Technique>(idCell?: TableTdProps): SimpleColumn<T>[] => [
  { header: 'Technique', render: (t) => t.externalId, cell: idCell },
  { header: 'Name', render: (t) => t.name },
  { header: 'Tactics', render: (t) => t.tactics.join(', ') || '—' },
];

function Counts({ r }: { r: AtlasImportResult }) {
  return (
    <Text size="sm">
      {r.source}: {r.techniques} techniques in {r.tactics} tactics · {r.added} new, {r.updated} already in the
      catalogue (updated on import)
    </Text>
  );
}

export function AtlasImport({ orgId }: { orgId: string }) {
  const mutation = useImportAtlas(orgId);
  const { file, setFile, preview, problems, run, choose } = usePreviewImport(
    mutation,
    (text, dryRun) => ({ text, dryRun }),
    (r, imported) => {
      setFile(null);
      notifications.show({
        color: 'teal',
        message: `Imported ${r.techniques} techniques (${r.added} new) from ${imported.name}.`,
      });
    },
  );

  return (
    <Paper withBorder p="lg" radius="md" mb="lg">
      <Stack gap="sm">
        <Title order={2} size="h4">
          Import MITRE ATLAS
        </Title>
        <Text size="sm" c="dimmed">
          Choose the ATLAS.yaml file published by MITRE. Techniques become threats you can pick when
          identifying a risk (§6.1.2). A re-import updates the techniques already there; nothing is imported
          until you confirm the preview.
        </Text>
        <Group align="flex-end">
          <FileInput
            label="ATLAS YAML file"
            accept=".yaml,.yml,application/yaml,text/yaml"
            value={file}
            onChange={choose}
            clearable
            clearButtonProps={{ 'aria-label': 'Clear the chosen file' }}
            w={340}
          />
          <Button
            variant="default"
            disabled={!file}
            loading={mutation.isPending && mutation.variables?.dryRun}
            onClick={() => run(true)}
          >
            Preview
          </Button>
        </Group>
        {mutation.error && (
          <Alert color="red" title="Not imported">
            {errorMessage(mutation.error)}
            {problems.length > 0 && (
              <List size="sm" mt="xs">
                {problems.map((p) => (
                  <List.Item key={`${p.path} ${p.message}`}>
                    {p.path ? `${p.path}: ` : ''}
                    {p.message}
                  </List.Item>
                ))}
              </List>
            )}
          </Alert>
        )}
        {preview && (
          <Stack gap="xs" aria-label="ATLAS import preview">
            <Group gap="xs">
              <Badge variant="light">Preview</Badge>
              <Counts r={preview} />
            </Group>
            <SimpleTable
              striped
              label="Sample techniques"
              rows={preview.sample}
              rowKey={(t) => t.externalId}
              columns={techniqueColumns()}
            />
            {preview.techniques > preview.sample.length && (
              <Text size="xs" c="dimmed">
                The first {preview.sample.length} of {preview.techniques} techniques.
              </Text>
            )}
            <Group>
              <Button
                leftSection={<IconUpload size={16} />}
                loading={mutation.isPending && !mutation.variables?.dryRun}
                disabled={preview.techniques === 0}
                onClick={() => run(false)}
              >
                Import {preview.techniques} techniques
              </Button>
            </Group>
          </Stack>
        )}
      </Stack>
    </Paper>
  );
}
