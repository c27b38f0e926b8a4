// One controlled document: the approved version in force rendered as Markdown, its version history with the
// review and approval workflow (§7.5.2), and acknowledgements by members (§7.3).
import { Alert, Badge, Box, Code, Group, Paper, SimpleGrid, Stack, Tabs, Text } from '@mantine/core';
import { isVersionOpen } from '@openaims/core';
import { useParams } from '@tanstack/react-router';
import { ErrorState } from '../../../components/error-state.tsx';
import { AnchorLink } from '../../../components/links.tsx';
import { PageHeader } from '../../../components/page-header.tsx';
import { PageSkeleton } from '../../../components/page-loader.tsx';
import { formatDateTime } from '../../../lib/format.ts';
import { RecordComments } from '../../comments/components/record-comments.tsx';
import { useMemberNames } from '../../members/api/member-options.ts';
import { useCurrentOrg } from '../../orgs/use-current-org.ts';
import { useDocument, useDocumentVersions } from '../api/documents.ts';
import { AcknowledgementsPanel } from './acknowledgements-panel.tsx';
import { DocumentDetailsForm } from './document-details-form.tsx';
import { formatDay, mandatoryLabel, OverdueBadge, StatusBadge, TYPE_LABEL } from './document-labels.tsx';
import { MarkdownView } from './markdown-view.tsx';
import { VersionsPanel } from './versions-panel.tsx';

function Fact({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <Stack gap={2}>
      <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
        {label}
      </Text>
      <Text size="sm" component="div">
        {children}
      </Text>
    </Stack>
  );
}

export function DocumentDetailPage() {
  const { orgId } = useCurrentOrg();
  const { id = '' } = useParams({ strict: false });
  const query = useDocument(orgId, id);
  const versions = useDocumentVersions(orgId, id);
  const names = useMemberNames(orgId);
  const nameOf = (userId: string | null) => (userId ? (names.get(userId) ?? 'a former member') : '—');

  if (query.isPending || versions.isPending) return <PageSkeleton />;
  if (query.error || versions.error)
    return (
      <ErrorState
        error={query.error ?? versions.error}
        onRetry={() => {
          void query.refetch();
          void versions.refetch();
        }}
      />
    );
  const doc = query.data;
  const all = versions.data.items;
  const current = all.find((v) => v.id === doc.currentVersionId);
  const open = all.find((v) => isVersionOpen(v.status));
  const mandatory = mandatoryLabel(doc.mandatoryKey);

  return (
    <>
      <AnchorLink to="/orgs/$orgId/documents" params={{ orgId }} size="sm">
        ← Policies & documents
      </AnchorLink>
      <PageHeader
        title={doc.title}
        eyebrow={
          <Group gap="xs">
            <Badge variant="light">{TYPE_LABEL[doc.type]}</Badge>
            <StatusBadge status={doc.status} />
            {mandatory && (
              <Badge variant="outline" color="indigo.9" tt="none">
                Mandatory: {mandatory}
              </Badge>
            )}
            {doc.reviewOverdue && <OverdueBadge />}
          </Group>
        }
        description={doc.description || undefined}
      />
      <Paper withBorder p="md" radius="md" mb="lg">
        <SimpleGrid cols={{ base: 2, md: 4 }} spacing="md">
          <Fact label="Version in force">{current ? `v${current.number}` : 'None approved yet'}</Fact>
          <Fact label="Approved">
            {doc.approvedAt ? `${nameOf(doc.approvedBy)}, ${formatDateTime(doc.approvedAt)}` : '—'}
          </Fact>
          <Fact label="Next review">
            <span data-testid="next-review">{formatDay(doc.nextReviewDate)}</span>
            <Text size="xs" c="dimmed">
              every {doc.reviewIntervalMonths} months
            </Text>
          </Fact>
          <Fact label="Owner">{nameOf(doc.ownerId)}</Fact>
          <Fact label="Requirements">{doc.requirementRefs.join(', ') || '—'}</Fact>
          <Fact label="Content SHA-256">
            {doc.currentContentHash ? (
              <Code title={doc.currentContentHash}>{doc.currentContentHash.slice(0, 16)}…</Code>
            ) : (
              '—'
            )}
          </Fact>
          <Fact label="Open version">
            {open ? `v${open.number} (${open.status.replace('_', ' ')})` : '—'}
          </Fact>
        </SimpleGrid>
      </Paper>
      <Tabs defaultValue="document" keepMounted={false}>
        <Tabs.List aria-label="Document sections" mb="md">
          <Tabs.Tab value="document">Document</Tabs.Tab>
          <Tabs.Tab value="versions">Versions ({all.length})</Tabs.Tab>
          <Tabs.Tab value="acknowledgements">Acknowledgements</Tabs.Tab>
          <Tabs.Tab value="details">Details</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="document">
          {current ? (
            <Paper withBorder p="lg" radius="md">
              <MarkdownView content={current.content} />
            </Paper>
          ) : (
            <Alert color="gray" title="No approved version yet">
              {open
                ? `Version ${open.number} is ${open.status === 'draft' ? 'a draft' : 'in review'}. It appears here once a manager approves it.`
                : 'Write the first version in the Versions tab and submit it for approval.'}
            </Alert>
          )}
        </Tabs.Panel>
        <Tabs.Panel value="versions">
          <VersionsPanel doc={doc} versions={all} nameOf={nameOf} />
        </Tabs.Panel>
        <Tabs.Panel value="acknowledgements">
          <AcknowledgementsPanel doc={doc} />
        </Tabs.Panel>
        <Tabs.Panel value="details">
          <DocumentDetailsForm key={doc.version} doc={doc} onReload={() => void query.refetch()} />
        </Tabs.Panel>
      </Tabs>
      <Box mt="md">
        <RecordComments targetType="document" targetId={doc.id} />
      </Box>
    </>
  );
}
