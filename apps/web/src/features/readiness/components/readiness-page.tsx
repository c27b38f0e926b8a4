// The certification-readiness view (cl. 4–10): a score ring, the mandatory documented information an auditor
// asks for first — each missing, draft, approved or stale, with why — and what else stands in the way.

import {
  Alert,
  Badge,
  Box,
  Button,
  Group,
  Paper,
  RingProgress,
  SegmentedControl,
  SimpleGrid,
  Stack,
  Table,
  Text,
  Title,
} from '@mantine/core';
import {
  type ReadinessItem,
  type ReadinessStatus,
  readinessBlockerPath,
  readinessItemPath,
  readinessSourcePath,
} from '@openaims/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorState } from '../../../components/error-state.tsx';
import { AnchorLink } from '../../../components/links.tsx';
import { PageHeader } from '../../../components/page-header.tsx';
import { PageSkeleton } from '../../../components/page-loader.tsx';
import { TableHead } from '../../../components/table-head.tsx';
import { useLabel } from '../../../i18n/use-label.ts';
import { useCurrentOrg } from '../../orgs/use-current-org.ts';
import { useReadiness } from '../api/readiness.ts';
import { STATUS_COLOR, STATUS_LABEL, STATUS_ORDER } from './readiness-status.ts';

type Filter = 'all' | ReadinessStatus;

/** A badge that keeps its whole text: in a narrow table column Mantine would cut it ("MISSI…"). */
const WHOLE = {
  root: { flexShrink: 0, minWidth: 'max-content', overflow: 'visible' },
  label: { overflow: 'visible' },
};

/** A link to a page of this organization, by the path core's readiness links give. */
function OrgLink(props: { orgId: string; path: string; children: React.ReactNode }) {
  return (
    <AnchorLink to={`/orgs/${props.orgId}${props.path}` as '/'} size="sm">
      {props.children}
    </AnchorLink>
  );
}

function Counts({ items }: { items: ReadinessItem[] }) {
  const label = useLabel();
  return (
    <Group gap="xs" wrap="wrap">
      {[...STATUS_ORDER].reverse().map((s) => (
        <Badge key={s} color={STATUS_COLOR[s]} size="lg" variant="filled" styles={WHOLE}>
          {items.filter((i) => i.status === s).length}{' '}
          {label('readinessStatus', s, STATUS_LABEL[s]).toLowerCase()}
        </Badge>
      ))}
    </Group>
  );
}

export function ReadinessPage() {
  const { t } = useTranslation();
  const label = useLabel();
  const { orgId, can } = useCurrentOrg();
  const q = useReadiness(orgId);
  const [filter, setFilter] = useState<Filter>('all');
  if (q.error) return <ErrorState error={q.error} />;
  if (!q.data) return <PageSkeleton />;
  const { score, items, blockers } = q.data;
  const shown = items.filter((i) => filter === 'all' || i.status === filter);
  const approved = items.filter((i) => i.status === 'approved').length;
  return (
    <>
      <PageHeader
        title={t('readiness.title')}
        description={t('readiness.description')}
        actions={
          can('audit-pack:export') && (
            <Button
              component="a"
              variant="default"
              href={`/api/v1/orgs/${orgId}/exports/audit-pack.zip`}
              title={t('readiness.packHint')}
            >
              {t('readiness.download')}
            </Button>
          )
        }
      />
      <Stack gap="lg">
        <SimpleGrid cols={{ base: 1, md: 2 }}>
          <Paper withBorder p="md">
            <Group wrap="nowrap">
              <RingProgress
                size={140}
                thickness={14}
                roundCaps
                aria-label={`Readiness score ${score} out of 100`}
                sections={[
                  { value: score, color: score >= 80 ? 'teal.9' : score >= 40 ? '#735600' : 'red.9' },
                ]}
                label={
                  <Text ta="center" fw={700} size="xl">
                    {score}
                  </Text>
                }
              />
              <Stack gap={6}>
                <Text fw={600}>{t('readiness.approvedOf', { approved, total: items.length })}</Text>
                <Text size="sm" c="dimmed">
                  {t('readiness.weights')}
                </Text>
                <Counts items={items} />
              </Stack>
            </Group>
          </Paper>
          <Paper withBorder p="md">
            <Title order={2} size="h5" mb="xs">
              {t('readiness.inTheWay')}
            </Title>
            {blockers.length === 0 ? (
              <Text size="sm">{t('readiness.nothingBeyond')}</Text>
            ) : (
              <Stack gap={6}>
                {blockers.map((b) => (
                  <Group key={b.key} justify="space-between" wrap="nowrap">
                    <OrgLink orgId={orgId} path={readinessBlockerPath(b)}>
                      {t(`readiness.blockers.${b.key}` as never, { defaultValue: b.title })}
                    </OrgLink>
                    <Badge color="red.9" variant="filled" styles={WHOLE}>
                      {b.count}
                    </Badge>
                  </Group>
                ))}
              </Stack>
            )}
          </Paper>
        </SimpleGrid>
        {score === 0 && (
          <Alert color="blue" title={t('readiness.whereToStart')}>
            {t('readiness.startHint')}
          </Alert>
        )}
        <Group justify="space-between">
          <Title order={2} size="h4">
            {t('readiness.mandatory')}
          </Title>
          <SegmentedControl
            aria-label={t('readiness.showItems')}
            value={filter}
            onChange={(v) => setFilter(v as Filter)}
            data={[
              { value: 'all', label: t('readiness.all') },
              ...STATUS_ORDER.map((s) => ({ value: s, label: label('readinessStatus', s, STATUS_LABEL[s]) })),
            ]}
          />
        </Group>
        <Table striped aria-label={t('readiness.mandatory')}>
          <TableHead
            labels={[t('readiness.clause'), t('readiness.item'), t('readiness.status'), t('readiness.why')]}
          />
          <Table.Tbody>
            {shown.map((i) => (
              <Table.Tr key={i.key} data-key={i.key}>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>{i.clause}</Table.Td>
                <Table.Td>
                  <OrgLink orgId={orgId} path={readinessItemPath(i)}>
                    {t(`readiness.items.${i.key}` as never, { defaultValue: i.title })}
                  </OrgLink>
                </Table.Td>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>
                  <Badge color={STATUS_COLOR[i.status]} variant="filled" styles={WHOLE} data-status-badge>
                    {label('readinessStatus', i.status, STATUS_LABEL[i.status])}
                  </Badge>
                </Table.Td>
                <Table.Td>
                  <Text size="sm">{i.detail}</Text>
                  {i.sources.length > 0 && (
                    <Text size="xs" c="dimmed">
                      {t('readiness.from')}{' '}
                      {i.sources.map((s, n) => (
                        <span key={`${s.type}${s.id ?? ''}${s.label}`}>
                          {n > 0 && ', '}
                          <AnchorLink to={`/orgs/${orgId}${readinessSourcePath(s)}` as '/'} size="xs">
                            {/* A document or evidence is named by its own title; a module by its name. */}
                            {s.type === 'document' || s.type === 'evidence'
                              ? s.label
                              : t(`readiness.sources.${s.type}` as never, { defaultValue: s.label })}
                          </AnchorLink>
                        </span>
                      ))}
                    </Text>
                  )}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
        {shown.length === 0 && (
          <Box>
            <Text c="dimmed">
              {filter === 'all'
                ? t('readiness.noItem')
                : t('readiness.noItemStatus', {
                    status: label(
                      'readinessStatus',
                      filter,
                      STATUS_LABEL[filter as ReadinessStatus],
                    ).toLowerCase(),
                  })}
            </Text>
          </Box>
        )}
      </Stack>
    </>
  );
}
