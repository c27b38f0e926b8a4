// The public transparency page of an AI system (A.8.2, EU AI Act Art. 13/50): only what the organization
// published, readable without an account; an unpublished page is simply not found.
import { Button, Stack, Text, Title } from '@mantine/core';
import { useParams } from '@tanstack/react-router';
import { MultilineText } from '../../../components/multiline-text.tsx';
import { SectionPaper } from '../../../components/section-paper.tsx';
import { formatDateTime } from '../../../lib/format.ts';
import { usePublicTransparency } from '../api/transparency.ts';
import { PublicLayout } from './public-layout.tsx';
import { publicLoadStatus } from './public-load-status.tsx';

export function PublicTransparencyPage() {
  const { orgId = '', id = '' } = useParams({ strict: false });
  const page = usePublicTransparency(orgId, id);
  if (page.isPending || page.error)
    return publicLoadStatus(page, {
      title: 'No transparency page here',
      hint: 'This page does not exist or is not published. Check the link you were given.',
    });
  const p = page.data;
  return (
    <PublicLayout orgId={orgId}>
      <Stack gap={4}>
        <Text size="sm" c="dimmed">
          {p.organizationName} · AI transparency
        </Text>
        <Title order={1} size="h2">
          {p.systemName}
        </Title>
        <Text size="xs" c="dimmed">
          Version {p.version}, updated {formatDateTime(p.updatedAt)}
        </Text>
      </Stack>
      {p.sections.length === 0 && <Text>The organization has not published any details yet.</Text>}
      {p.sections.map((s) => (
        <SectionPaper key={s.field} id={`s-${s.field}`} title={s.label} titleSize="h5" titleMb={6}>
          <MultilineText>{s.text}</MultilineText>
        </SectionPaper>
      ))}
      <Button
        component="a"
        href={`/public/orgs/${orgId}/concerns/new?aiSystemId=${encodeURIComponent(id)}`}
        variant="light"
      >
        Report a concern about this system
      </Button>
    </PublicLayout>
  );
}
