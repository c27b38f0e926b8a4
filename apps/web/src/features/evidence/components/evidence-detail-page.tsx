// One piece of evidence: its hash, size and dates, the download, and what it proves (§7.5.3, §9.1).
import {
  Anchor,
  Badge,
  Box,
  Button,
  Code,
  Group,
  MultiSelect,
  Paper,
  SimpleGrid,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import type { Evidence } from '@openaims/core';
import { IconDownload, IconExternalLink } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useParams } from '@tanstack/react-router';
import { useState } from 'react';
import { ConfirmButton } from '../../../components/confirm-button.tsx';
import { ErrorAlert } from '../../../components/error-alert.tsx';
import { ErrorState } from '../../../components/error-state.tsx';
import { Fact } from '../../../components/fact.tsx';
import { GrowingTextarea } from '../../../components/growing-textarea.tsx';
import { AnchorLink } from '../../../components/links.tsx';
import { PageHeader } from '../../../components/page-header.tsx';
import { PageSkeleton } from '../../../components/page-loader.tsx';
import { formatDate, formatDateTime } from '../../../lib/format.ts';
import { RecordComments } from '../../comments/components/record-comments.tsx';
import { useMemberNames } from '../../members/api/member-options.ts';
import { useCurrentOrg } from '../../orgs/use-current-org.ts';
import {
  evidenceContentUrl,
  evidenceQuery,
  useArchiveEvidence,
  useChangeEvidenceLinks,
  useUpdateEvidence,
} from '../api/evidence.ts';
import { fromKey, TARGET_LABEL, toKey, useLinkTargetOptions } from './link-targets.ts';
import { formatBytes, ValidityBadge } from './validity-badge.tsx';

export function EvidenceDetailPage() {
  const { orgId } = useCurrentOrg();
  const { id = '' } = useParams({ strict: false });
  const query = useQuery(evidenceQuery(orgId, id));
  if (query.isPending) return <PageSkeleton />;
  if (query.error) return <ErrorState error={query.error} onRetry={() => void query.refetch()} />;
  return <EvidenceDetail key={query.data.version} orgId={orgId} ev={query.data} />;
}

function EvidenceDetail({ orgId, ev }: { orgId: string; ev: Evidence }) {
  const { can } = useCurrentOrg();
  const canEdit = can('evidence:update') && !ev.archivedAt;
  const archive = useArchiveEvidence(orgId);
  const memberName = useMemberNames(orgId);
  const update = useUpdateEvidence(orgId);
  const [title, setTitle] = useState(ev.title);
  const [description, setDescription] = useState(ev.description);
  const [validUntil, setValidUntil] = useState(ev.validUntil ?? '');
  const dirty =
    title !== ev.title || description !== ev.description || (validUntil || null) !== ev.validUntil;

  return (
    <>
      <PageHeader
        title={ev.title}
        eyebrow={
          <Group gap="xs">
            <AnchorLink to="/orgs/$orgId/evidence" params={{ orgId }} size="sm">
              Evidence
            </AnchorLink>
            <Badge variant="light" color="gray" c="var(--mantine-color-text)" tt="none">
              {ev.kind === 'file' ? 'File' : 'Link'}
            </Badge>
            <ValidityBadge validity={ev.validity} />
            {ev.archivedAt && (
              <Badge variant="outline" color="gray" tt="none">
                Archived {formatDate(ev.archivedAt)}
              </Badge>
            )}
          </Group>
        }
        description={ev.description || undefined}
        actions={
          <>
            {ev.kind === 'file' ? (
              <Button
                component="a"
                href={evidenceContentUrl(orgId, ev.id)}
                download={ev.fileName ?? undefined}
                leftSection={<IconDownload size={16} />}
              >
                Download
              </Button>
            ) : (
              <Button
                component="a"
                href={ev.url ?? '#'}
                target="_blank"
                rel="noopener noreferrer"
                leftSection={<IconExternalLink size={16} />}
              >
                Open link
              </Button>
            )}
            {can('evidence:archive') && !ev.archivedAt && (
              <ConfirmButton
                message="Archived evidence is kept with its file and links, but leaves the list and can no longer be edited."
                title="Archive this evidence?"
                onConfirm={() => archive.mutateAsync(ev.id)}
                loading={archive.isPending}
              >
                Archive
              </ConfirmButton>
            )}
          </>
        }
      />
      <Paper withBorder p="md" radius="md" mb="lg">
        <SimpleGrid cols={{ base: 1, sm: 2, md: 4 }} spacing="md">
          {ev.kind === 'file' ? (
            <>
              <Fact label="File">{ev.fileName}</Fact>
              <Fact label="Type">{ev.mediaType}</Fact>
              <Fact label="Size">{`${formatBytes(ev.size)} (${ev.size} bytes)`}</Fact>
            </>
          ) : (
            <Fact label="Address">
              <Anchor
                href={ev.url ?? undefined}
                target="_blank"
                rel="noopener noreferrer"
                style={{ wordBreak: 'break-all' }}
              >
                {ev.url}
              </Anchor>
            </Fact>
          )}
          <Fact label="Evidence date">{formatDate(ev.evidenceDate)}</Fact>
          <Fact label="Valid until">{ev.validUntil ? formatDate(ev.validUntil) : 'No end date'}</Fact>
          <Fact label="Added">{formatDateTime(ev.createdAt)}</Fact>
          <Fact label="Owner">{ev.ownerId ? (memberName.get(ev.ownerId) ?? '—') : 'Nobody yet'}</Fact>
        </SimpleGrid>
        {ev.sha256 && (
          <Stack gap={2} mt="md">
            <Text size="xs" fw={600} c="dimmed" tt="uppercase">
              SHA-256
            </Text>
            <Code data-testid="sha256" style={{ wordBreak: 'break-all' }}>
              {ev.sha256}
            </Code>
          </Stack>
        )}
      </Paper>
      <LinksPanel orgId={orgId} ev={ev} canEdit={canEdit} />
      {canEdit && (
        <Paper withBorder p="md" radius="md" mt="lg">
          <Title order={2} size="h4" mb="sm">
            Details
          </Title>
          <Stack gap="sm" maw={640}>
            <TextInput label="Title" value={title} onChange={(e) => setTitle(e.currentTarget.value)} />
            <GrowingTextarea
              label="What it shows"
              value={description}
              onChange={setDescription}
              minRows={2}
            />
            <TextInput
              type="date"
              label="Valid until"
              value={validUntil}
              onChange={(e) => setValidUntil(e.currentTarget.value)}
              w={220}
            />
            <ErrorAlert error={update.error} />
            <Group>
              <Button
                disabled={!dirty}
                loading={update.isPending}
                onClick={() =>
                  update.mutate({
                    id: ev.id,
                    version: ev.version,
                    input: { title, description, validUntil: validUntil || null },
                  })
                }
              >
                Save
              </Button>
            </Group>
          </Stack>
        </Paper>
      )}
      <Box mt="md">
        <RecordComments targetType="evidence" targetId={ev.id} />
      </Box>
    </>
  );
}

function LinksPanel({ orgId, ev, canEdit }: { orgId: string; ev: Evidence; canEdit: boolean }) {
  const change = useChangeEvidenceLinks(orgId);
  const targets = useLinkTargetOptions(orgId);
  const [picked, setPicked] = useState<string[]>([]);
  const have = new Set(ev.links.map(toKey));
  const options = [
    { group: 'Annex A controls', items: targets.controls.filter((o) => !have.has(o.value)) },
    { group: 'Risks', items: targets.risks.filter((o) => !have.has(o.value)) },
    { group: 'AI systems', items: targets.systems.filter((o) => !have.has(o.value)) },
  ];
  return (
    <Paper withBorder p="md" radius="md">
      <Title order={2} size="h4" mb="sm">
        What it proves
      </Title>
      {ev.links.length === 0 ? (
        <Text c="dimmed" size="sm" mb="sm">
          Not linked to anything yet. Link it to the controls, risks or AI systems it is evidence for.
        </Text>
      ) : (
        <Table aria-label="Linked records" mb="sm">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Kind</Table.Th>
              <Table.Th>Record</Table.Th>
              {canEdit && <Table.Th>Action</Table.Th>}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {ev.links.map((l) => (
              <Table.Tr key={toKey(l)}>
                <Table.Td>{TARGET_LABEL[l.targetType]}</Table.Td>
                <Table.Td>{targets.labelOf(l)}</Table.Td>
                {canEdit && (
                  <Table.Td>
                    <Button
                      variant="subtle"
                      color="red"
                      size="compact-sm"
                      aria-label={`Unlink ${targets.labelOf(l)}`}
                      onClick={() => change.mutate({ id: ev.id, links: [l], mode: 'remove' })}
                    >
                      Unlink
                    </Button>
                  </Table.Td>
                )}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      {canEdit && (
        <Group align="flex-end" gap="sm">
          <MultiSelect
            label="Link to"
            placeholder="Controls, risks, AI systems"
            data={options}
            value={picked}
            onChange={setPicked}
            searchable
            clearable
            clearButtonProps={{ 'aria-label': 'Clear the records to link' }}
            w={420}
          />
          <Button
            disabled={picked.length === 0}
            loading={change.isPending}
            onClick={() =>
              change.mutate(
                { id: ev.id, links: picked.map(fromKey), mode: 'add' },
                { onSuccess: () => setPicked([]) },
              )
            }
          >
            Link
          </Button>
        </Group>
      )}
      <ErrorAlert error={change.error} mt="sm" />
    </Paper>
  );
}
