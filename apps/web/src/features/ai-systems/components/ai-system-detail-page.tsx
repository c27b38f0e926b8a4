// One AI system: edit with optimistic concurrency (If-Match), and archive.
import { Alert, Badge, Button, Group, Paper, Stack, Tabs, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import type { AiSystem } from '@openaims/core';
import { useParams } from '@tanstack/react-router';
import { ConfirmButton } from '../../../components/confirm-button.tsx';
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
  const { orgId, can } = useCurrentOrg();
  const { id = '' } = useParams({ strict: false });
  const query = useAiSystem(orgId, id);
  const update = useUpdateAiSystem(orgId, id);
  const archive = useArchiveAiSystem(orgId, id);
  const back = (
    <AnchorLink to="/orgs/$orgId/ai-systems" params={{ orgId }} size="sm">
      ← AI systems
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
      notifications.show({ message: 'Nothing changed.' });
      return;
    }
    update.mutate(
      { version: sys.version, input },
      {
        onSuccess: () => notifications.show({ color: 'teal', message: 'Saved.' }),
        onError: (e) => applyFieldErrors(form, e),
      },
    );
  };

  const archiveButton = can('ai_system:archive') && !archived && (
    <ConfirmButton
      title="Archive this AI system?"
      message={`${sys.name} will leave the active inventory. Its record and history are kept and it can still be listed with “Show archived”.`}
      loading={archive.isPending}
      onConfirm={() =>
        archive.mutateAsync().then(
          () => notifications.show({ color: 'teal', message: `${sys.name} archived.` }),
          (e: unknown) =>
            notifications.show({ color: 'red', title: 'Could not archive', message: errorMessage(e) }),
        )
      }
    >
      Archive
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
            {archived && <Badge color="gray">Archived {formatDateTime(sys.archivedAt)}</Badge>}
            <Text span size="xs" c="dimmed">
              Version {sys.version} · updated {formatDateTime(sys.updatedAt)}
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
              Technical documentation (Annex IV)
            </ButtonLink>
            {archiveButton}
          </Group>
        }
      />
      <Stack gap="md">
        {stale && (
          <Alert color="orange" role="alert" title="Someone else changed this record; reload">
            <Group gap="sm">
              <Text size="sm">
                Your changes were not saved. Reload to see the latest version, then make your change again.
              </Text>
              <Button size="xs" variant="white" color="orange" onClick={reload}>
                Reload
              </Button>
            </Group>
          </Alert>
        )}
        {update.error && !stale && missing.length === 0 && (
          <Alert color="red" role="alert">
            {errorMessage(update.error)}
          </Alert>
        )}
        {missing.length > 0 && (
          <Alert color="orange" role="alert" title="Before this system can move on">
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
          <Tabs.List aria-label="AI system sections">
            <Tabs.Tab value="details">Details</Tabs.Tab>
            <Tabs.Tab value="classification">EU AI Act</Tabs.Tab>
            <Tabs.Tab value="models">Models ({sys.modelIds.length})</Tabs.Tab>
            <Tabs.Tab value="datasets">Datasets ({sys.datasetIds.length})</Tabs.Tab>
            <Tabs.Tab value="suppliers">Suppliers ({sys.supplierIds.length})</Tabs.Tab>
            <Tabs.Tab value="transparency">Transparency</Tabs.Tab>
            {RELATED.map(([key, title]) => (
              <Tabs.Tab key={key} value={key}>
                {title}
              </Tabs.Tab>
            ))}
          </Tabs.List>
          <Paper withBorder p="lg" radius="md" mt="sm">
            <Tabs.Panel value="details">
              <AiSystemForm
                key={sys.version}
                initial={pickFormValues(sys)}
                submitLabel="Save"
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
                      Classified {formatDateTime(sys.classification.classifiedAt)}
                    </Text>
                    <ClassificationSummary result={sys.classification.result} />
                  </>
                ) : (
                  <Text size="sm">
                    Not classified yet. The questionnaire takes a few minutes; the server works out the class,
                    the reasons and the duties.
                  </Text>
                )}
                {can('ai_system:classify') && !archived && (
                  <Group>
                    <ButtonLink to="/orgs/$orgId/ai-systems/$id/classify" params={{ orgId, id }}>
                      {sys.classification ? 'Classify again' : 'Classify under the EU AI Act'}
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
                    {title}:{' '}
                  </Text>
                  {text}{' '}
                  <AnchorLink to={to} params={{ orgId }} size="sm">
                    Open {title.toLowerCase()}
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
