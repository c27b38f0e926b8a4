// One AI system: edit with optimistic concurrency (If-Match), and archive.
import { Alert, Badge, Button, Group, Paper, Stack, Tabs, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import type { AiSystem } from '@openaims/core';
import { useParams } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { ConfirmButton } from '../../../components/confirm-button.tsx';
import { ErrorAlert } from '../../../components/error-alert.tsx';
import { ErrorState } from '../../../components/error-state.tsx';
import { AnchorLink, ButtonLink } from '../../../components/links.tsx';
import { PageHeader } from '../../../components/page-header.tsx';
import { PageSkeleton } from '../../../components/page-loader.tsx';
import { isApiError } from '../../../lib/api.ts';
import { applyFieldErrors, errorMessage } from '../../../lib/errors.ts';
import { formatDateTime } from '../../../lib/format.ts';
import { changedFields, pickFields } from '../../../lib/forms.ts';
import { RecordComments } from '../../comments/components/record-comments.tsx';
import { useCurrentOrg } from '../../orgs/use-current-org.ts';
import { TransparencyPanel } from '../../transparency/components/transparency-panel.tsx';
import { useArchiveAiSystem } from '../api/archive-ai-system.ts';
import { useAiSystem } from '../api/get-ai-system.ts';
import { useUpdateAiSystem } from '../api/update-ai-system.ts';
import { AI_SYSTEM_FORM_FIELDS, AiSystemForm, type AiSystemFormValues } from './ai-system-form.tsx';
import { ClassificationSummary } from './classification-summary.tsx';
import { RiskClassBadge } from './risk-class-badge.tsx';
import { StageBadge } from './stage-badge.tsx';
import { SystemLinksPanel } from './system-links-panel.tsx';

/** Only the editable fields: the core schema is strict and refuses unknown keys. */
const pickFormValues = (s: AiSystem): AiSystemFormValues => pickFields(s, AI_SYSTEM_FORM_FIELDS);

/**
 * Records of other modules that concern this system. Each module keeps them in its own register; the tab says
 * where, and links there (a per-system list inside these tabs is still to come).
 */
const RELATED = [
  ['risks', 'Risks', 'AI risks (6.1.2) name their AI system in the risk register.', '/orgs/$orgId/risks'],
  [
    'impacts',
    'Impact assessments',
    'Impact assessments (6.1.4, 8.4) are kept per system; an approved one is required before deployment.',
    '/orgs/$orgId/impacts',
  ],
  [
    'controls',
    'Controls',
    'Annex A controls are decided in the Statement of Applicability.',
    '/orgs/$orgId/soa',
  ],
  [
    'evidence',
    'Evidence',
    'Evidence can be linked to this system from the evidence register.',
    '/orgs/$orgId/evidence',
  ],
  [
    'incidents',
    'Incidents',
    'Incidents involving a system (A.8.4, EU AI Act Art. 73) are recorded under Improvement.',
    '/orgs/$orgId/improvement',
  ],
] as const;

export function AiSystemDetailPage() {
  const { t } = useTranslation();
  const { orgId, can } = useCurrentOrg();
  const { id = '' } = useParams({ strict: false });
  const query = useAiSystem(orgId, id);
  const update = useUpdateAiSystem(orgId, id);
  const archive = useArchiveAiSystem(orgId, id);
  const back = (
    <AnchorLink to="/orgs/$orgId/ai-systems" params={{ orgId }} size="sm">
      ← {t('aiSystems.title')}
    </AnchorLink>
  );

  if (query.isPending) return <PageSkeleton />;
  if (query.error) return <ErrorState error={query.error} onRetry={() => void query.refetch()} />;
  const sys = query.data;
  const archived = !!sys.archivedAt;
  const canEdit = can('ai_system:update') && !archived;
  const stale = isApiError(update.error, 412);
  // 422 from the deployment gate names each missing item (A.6.2.5).
  const missing = isApiError(update.error, 422) ? (update.error.problem.errors ?? []) : [];

  const reload = async () => {
    update.reset();
    await query.refetch();
  };

  const save = (values: AiSystemFormValues, form: Parameters<typeof applyFieldErrors>[0]) => {
    const input = changedFields(sys, values, AI_SYSTEM_FORM_FIELDS);
    if (Object.keys(input).length === 0) {
      notifications.show({ message: t('aiSystem.nothingChanged') });
      return;
    }
    update.mutate(
      { version: sys.version, input },
      {
        onSuccess: () => notifications.show({ color: 'teal', message: t('aiSystem.saved') }),
        onError: (e) => applyFieldErrors(form, e),
      },
    );
  };

  const archiveButton = can('ai_system:archive') && !archived && (
    <ConfirmButton
      title={t('aiSystem.archiveTitle')}
      message={t('aiSystem.archiveMessage', { name: sys.name })}
      loading={archive.isPending}
      onConfirm={() =>
        archive.mutateAsync().then(
          () => notifications.show({ color: 'teal', message: `${sys.name} archived.` }),
          (e: unknown) =>
            notifications.show({
              color: 'red',
              title: t('aiSystem.archiveFailed'),
              message: errorMessage(e),
            }),
        )
      }
    >
      {t('aiSystem.archive')}
    </ConfirmButton>
  );

  return (
    <>
      <PageHeader
        title={sys.name}
        eyebrow={back}
        description={
          <Group gap="xs" component="span">
            <StageBadge stage={sys.lifecycleStage} />
            <RiskClassBadge riskClass={sys.riskClass} />
            {archived && (
              <Badge color="gray">{t('aiSystem.archivedOn', { date: formatDateTime(sys.archivedAt) })}</Badge>
            )}
            <Text span size="xs" c="dimmed">
              {t('aiSystem.versionLine', { version: sys.version, date: formatDateTime(sys.updatedAt) })}
            </Text>
          </Group>
        }
        actions={
          <Group gap="xs">
            <ButtonLink
              to="/orgs/$orgId/ai-systems/$id/annex-iv"
              params={{ orgId, id: sys.id }}
              variant="default"
              size="sm"
            >
              {t('aiSystem.annexIv')}
            </ButtonLink>
            {archiveButton}
          </Group>
        }
      />
      <Stack gap="md">
        {stale && (
          <Alert color="orange" role="alert" title={t('aiSystem.staleTitle')}>
            <Group gap="sm">
              <Text size="sm">{t('aiSystem.staleText')}</Text>
              <Button size="xs" variant="white" color="orange" onClick={reload}>
                {t('aiSystem.reload')}
              </Button>
            </Group>
          </Alert>
        )}
        {update.error && !stale && missing.length === 0 && <ErrorAlert error={update.error} />}
        {missing.length > 0 && (
          <Alert color="orange" role="alert" title={t('aiSystem.gateTitle')}>
            <Stack gap={4}>
              {missing.map((e) => (
                <Text key={e.path} size="sm">
                  {e.message}
                </Text>
              ))}
            </Stack>
          </Alert>
        )}
        <Tabs defaultValue="details" keepMounted={false}>
          <Tabs.List aria-label={t('aiSystem.sections')}>
            <Tabs.Tab value="details">{t('aiSystem.details')}</Tabs.Tab>
            <Tabs.Tab value="classification">{t('aiSystem.euAiAct')}</Tabs.Tab>
            <Tabs.Tab value="models">{t('aiSystem.models', { count: sys.modelIds.length })}</Tabs.Tab>
            <Tabs.Tab value="datasets">{t('aiSystem.datasets', { count: sys.datasetIds.length })}</Tabs.Tab>
            <Tabs.Tab value="suppliers">
              {t('aiSystem.suppliers', { count: sys.supplierIds.length })}
            </Tabs.Tab>
            <Tabs.Tab value="transparency">{t('aiSystem.transparency')}</Tabs.Tab>
            {RELATED.map(([key, title]) => (
              <Tabs.Tab key={key} value={key}>
                {t(`aiSystem.related.${key}.title`, { defaultValue: title })}
              </Tabs.Tab>
            ))}
          </Tabs.List>
          <Paper withBorder p="lg" radius="md" mt="sm">
            <Tabs.Panel value="details">
              <AiSystemForm
                key={sys.version}
                initial={pickFormValues(sys)}
                submitLabel={t('aiSystem.save')}
                readOnly={!canEdit}
                submitting={update.isPending}
                onSubmit={save}
              />
            </Tabs.Panel>
            <Tabs.Panel value="classification">
              <Stack gap="md">
                {sys.classification ? (
                  <>
                    <Text size="sm" c="dimmed">
                      {t('aiSystem.classifiedOn', { date: formatDateTime(sys.classification.classifiedAt) })}
                    </Text>
                    <ClassificationSummary result={sys.classification.result} />
                  </>
                ) : (
                  <Text size="sm">{t('aiSystem.notClassified')}</Text>
                )}
                {can('ai_system:classify') && !archived && (
                  <Group>
                    <ButtonLink to="/orgs/$orgId/ai-systems/$id/classify" params={{ orgId, id }}>
                      {sys.classification ? t('aiSystem.classifyAgain') : t('aiSystem.classify')}
                    </ButtonLink>
                  </Group>
                )}
              </Stack>
            </Tabs.Panel>
            {(['modelIds', 'datasetIds', 'supplierIds'] as const).map((field) => (
              <Tabs.Panel key={field} value={field.replace('Ids', 's')}>
                <SystemLinksPanel
                  key={sys.version}
                  orgId={orgId}
                  system={sys}
                  field={field}
                  canEdit={canEdit}
                />
              </Tabs.Panel>
            ))}
            <Tabs.Panel value="transparency">
              <TransparencyPanel aiSystemId={id} readOnly={archived} />
            </Tabs.Panel>
            {RELATED.map(([key, title, text, to]) => (
              <Tabs.Panel key={key} value={key}>
                <Text size="sm">
                  <Text span fw={600}>
                    {t(`aiSystem.related.${key}.title`, { defaultValue: title })}:{' '}
                  </Text>
                  {t(`aiSystem.related.${key}.text`, { defaultValue: text })}{' '}
                  <AnchorLink to={to} params={{ orgId }} size="sm">
                    {t(`aiSystem.related.${key}.open`, { defaultValue: `Open ${title.toLowerCase()}` })}
                  </AnchorLink>
                </Text>
              </Tabs.Panel>
            ))}
          </Paper>
        </Tabs>
        <RecordComments targetType="ai_system" targetId={sys.id} />
      </Stack>
    </>
  );
}
