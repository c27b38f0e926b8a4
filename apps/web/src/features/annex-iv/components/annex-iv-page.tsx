// EU AI Act Annex IV technical documentation of one AI system (Art. 11; ISO/IEC 42001 A.6.2.7): the nine sections
// as the AIMS holds them, each statement linked to the record it came from, the gaps to fill before the final
// export, and the PDF and DOCX downloads (a draft while gaps remain).
import { Alert, Anchor, Badge, Button, Group, List, Stack, Text } from '@mantine/core';
import { ANNEX_IV_SOURCE_LABEL } from '@openaims/core';
import { IconFileTypeDocx, IconFileTypePdf } from '@tabler/icons-react';
import { Link, useParams } from '@tanstack/react-router';
import { ErrorState } from '../../../components/error-state.tsx';
import { AnchorLink } from '../../../components/links.tsx';
import { MultilineText } from '../../../components/multiline-text.tsx';
import { PageHeader } from '../../../components/page-header.tsx';
import { PageSkeleton } from '../../../components/page-loader.tsx';
import { SectionPaper } from '../../../components/section-paper.tsx';
import { recordHref } from '../../../lib/record-href.ts';
import { useCurrentOrg } from '../../orgs/use-current-org.ts';
import { useAnnexIv } from '../api/get-annex-iv.ts';

export function AnnexIvPage() {
  const { orgId } = useCurrentOrg();
  const { id = '' } = useParams({ strict: false });
  const query = useAnnexIv(orgId, id);
  if (query.isPending) return <PageSkeleton />;
  if (query.error) return <ErrorState error={query.error} onRetry={() => void query.refetch()} />;
  const doc = query.data;
  const ready = doc.highRisk && doc.gaps.length === 0;
  const file = (ext: 'pdf' | 'docx') =>
    `/api/v1/orgs/${orgId}/exports/annex-iv.${ext}?aiSystemId=${encodeURIComponent(id)}${ready ? '' : '&draft=true'}`;
  return (
    <>
      <PageHeader
        title="Technical documentation (Annex IV)"
        eyebrow={
          <AnchorLink to="/orgs/$orgId/ai-systems/$id" params={{ orgId, id }} size="sm">
            ← {doc.aiSystem.name}
          </AnchorLink>
        }
        description="EU AI Act Article 11: what a provider of a high-risk AI system keeps for the authorities, drawn from this system's records. Each statement names the record it came from; fill a gap in that record and it appears here."
        actions={
          <Group gap="xs">
            <Button component="a" href={file('pdf')} leftSection={<IconFileTypePdf size={16} />}>
              {ready ? 'PDF' : 'Draft PDF'}
            </Button>
            <Button
              component="a"
              href={file('docx')}
              variant="default"
              leftSection={<IconFileTypeDocx size={16} />}
            >
              {ready ? 'DOCX' : 'Draft DOCX'}
            </Button>
          </Group>
        }
      />
      <Stack gap="md">
        {!doc.highRisk && (
          <Alert variant="default" title={`Classified ${doc.aiSystem.riskClass}`}>
            Annex IV applies to high-risk systems. You can still keep this documentation; it exports as a
            draft.
          </Alert>
        )}
        {doc.gaps.length > 0 ? (
          <Alert variant="default" title={`${doc.gaps.length} required field(s) empty`} role="status">
            <List size="sm" spacing={2}>
              {doc.gaps.map((g) => (
                <List.Item key={`${g.section}-${g.field}`}>
                  <Anchor href={`#annex-iv-${g.section}`} size="sm">
                    Section {g.section}: {g.label}
                  </Anchor>
                </List.Item>
              ))}
            </List>
            <Text size="sm" mt="xs">
              Until they are filled, the PDF and DOCX are marked as drafts.
            </Text>
          </Alert>
        ) : (
          doc.highRisk && (
            <Alert variant="default" title="Every required field is filled" role="status">
              The PDF and DOCX export as final documents.
            </Alert>
          )
        )}
        {doc.sections.map((s) => (
          <SectionPaper
            key={s.number}
            id={`annex-iv-${s.number}`}
            title={
              <>
                {s.number}. {s.title}
              </>
            }
            titleSize="h4"
            titleMb="sm"
          >
            <Stack gap="sm">
              {s.fields.map((f) => (
                <div key={f.key}>
                  <Group gap="xs" mb={4}>
                    <Text fw={600} size="sm">
                      {f.label}
                    </Text>
                    {!f.required && (
                      <Badge size="xs" variant="light" color="gray" c="var(--mantine-color-text)">
                        Optional
                      </Badge>
                    )}
                    {f.required && f.lines.length === 0 && (
                      <Badge size="xs" color="red.9">
                        Gap
                      </Badge>
                    )}
                  </Group>
                  {f.lines.length === 0 ? (
                    <Text size="sm" c="dimmed">
                      Nothing recorded yet.
                    </Text>
                  ) : (
                    <Stack gap={6}>
                      {f.lines.map((l) => (
                        <div key={`${l.source.type}:${l.source.id}:${l.text}`}>
                          <MultilineText>{l.text}</MultilineText>
                          <Text size="xs" c="dimmed">
                            {ANNEX_IV_SOURCE_LABEL[l.source.type] ?? l.source.type}:{' '}
                            <Anchor
                              component={Link}
                              to={
                                recordHref(orgId, l.source.type, l.source.id) ??
                                `/orgs/${orgId}/ai-systems/${id}`
                              }
                              underline="always"
                              size="xs"
                            >
                              {l.source.title}
                            </Anchor>
                          </Text>
                        </div>
                      ))}
                    </Stack>
                  )}
                </div>
              ))}
            </Stack>
          </SectionPaper>
        ))}
      </Stack>
    </>
  );
}
