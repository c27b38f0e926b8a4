// One AI system: edit with optimistic concurrency (If-Match), and archive.
import { Alert, Badge, Button, Group, Paper, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import type { AiSystem } from '@openaims/core';
import { useParams } from '@tanstack/react-router';
import { ConfirmButton } from '../../../components/confirm-button.tsx';
import { ErrorState } from '../../../components/error-state.tsx';
import { AnchorLink } from '../../../components/links.tsx';
import { PageHeader } from '../../../components/page-header.tsx';
import { PageSkeleton } from '../../../components/page-loader.tsx';
import { isApiError } from '../../../lib/api.ts';
import { applyFieldErrors, errorMessage } from '../../../lib/errors.ts';
import { formatDateTime } from '../../../lib/format.ts';
import { useCurrentOrg } from '../../orgs/use-current-org.ts';
import { useArchiveAiSystem } from '../api/archive-ai-system.ts';
import { useAiSystem } from '../api/get-ai-system.ts';
import { useUpdateAiSystem } from '../api/update-ai-system.ts';
import { AiSystemForm, type AiSystemFormValues } from './ai-system-form.tsx';
import { StageBadge } from './stage-badge.tsx';

const FIELDS = ['name', 'purpose', 'description', 'lifecycleStage'] as const;

function changedFields(before: AiSystem, after: AiSystemFormValues): Partial<AiSystemFormValues> {
  const out: Record<string, string> = {};
  for (const f of FIELDS) if (before[f] !== after[f]) out[f] = after[f];
  return out as Partial<AiSystemFormValues>;
}

/** Only the editable fields: the core schema is strict and refuses unknown keys. */
function pickFormValues(s: AiSystem): AiSystemFormValues {
  return { name: s.name, purpose: s.purpose, description: s.description, lifecycleStage: s.lifecycleStage };
}

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

  const reload = async () => {
    update.reset();
    await query.refetch();
  };

  const save = (values: AiSystemFormValues, form: Parameters<typeof applyFieldErrors>[0]) => {
    const input = changedFields(sys, values);
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
            {archived && <Badge color="gray">Archived {formatDateTime(sys.archivedAt)}</Badge>}
            <Text span size="xs" c="dimmed">
              Version {sys.version} · updated {formatDateTime(sys.updatedAt)}
            </Text>
          </Group>
        }
        actions={archiveButton}
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
        {update.error && !stale && (
          <Alert color="red" role="alert">
            {errorMessage(update.error)}
          </Alert>
        )}
        <Paper withBorder p="lg" radius="md">
          <AiSystemForm
            key={sys.version}
            initial={pickFormValues(sys)}
            submitLabel="Save"
            readOnly={!canEdit}
            submitting={update.isPending}
            onSubmit={save}
          />
        </Paper>
      </Stack>
    </>
  );
}
